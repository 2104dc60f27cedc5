/** The English edition's national statistics CSV of an indicator and year (metrics/rankingCsv.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../../../tables/tables";
import { csvResponse } from "../../../../../lib/csvOut";
import { indicatorYears, type Indicator } from "../../../../../metrics/rankings";
import { rankingStatsCsv } from "../../../../../metrics/rankingCsv";

export async function getStaticPaths() {
  return indicatorYears(await getTables()).map(({ indicator, year }) => ({ params: { indicator, year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => csvResponse(rankingStatsCsv(await getTables(), params.indicator as Indicator, Number(params.year)));
