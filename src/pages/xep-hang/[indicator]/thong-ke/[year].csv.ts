/** The national statistics of an indicator and year as CSV (national and regional means, band counts), with sources. */
import type { APIRoute } from "astro";
import { getTables } from "../../../../tables/tables";
import { csvResponse, toCsv } from "../../../../lib/csvOut";
import { indicatorYears, nationalStats, type Indicator } from "../../../../metrics/rankings";

export async function getStaticPaths() {
  const tables = await getTables();
  return indicatorYears(tables).map(({ indicator, year }) => ({ params: { indicator, year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const tables = await getTables();
  const urls = new Map(tables.sources.map((s) => [s.row.source_id, s.row.url]));
  const rows = nationalStats(tables, params.indicator as Indicator, Number(params.year))
    .map((s) => ({ statistic: s.statistic, value: s.value, source_id: s.source_id, source_url: urls.get(s.source_id) ?? "", note: s.note }));
  return csvResponse(toCsv(["statistic", "value", "source_id", "source_url", "note"], rows));
};
