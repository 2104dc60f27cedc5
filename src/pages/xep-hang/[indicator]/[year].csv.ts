/** The ranking table of an indicator and year as CSV (metrics/rankingCsv.ts); the same file at /en/rankings/<index>/<year>.csv. */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { csvResponse } from "../../../lib/csvOut";
import { indicatorYears, type Indicator } from "../../../metrics/rankings";
import { rankingCsv } from "../../../metrics/rankingCsv";

export async function getStaticPaths() {
  return indicatorYears(await getTables()).map(({ indicator, year }) => ({ params: { indicator, year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => csvResponse(rankingCsv(await getTables(), params.indicator as Indicator, Number(params.year)));
