/** The ranking table of an indicator and year as CSV: every row drawn on the page, with its source. */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { csvResponse, toCsv } from "../../../lib/csvOut";
import { indicatorYears, ranking, type Indicator } from "../../../metrics/rankings";

export async function getStaticPaths() {
  const tables = await getTables();
  return indicatorYears(tables).map(({ indicator, year }) => ({ params: { indicator, year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const tables = await getTables();
  const names = new Map(tables.units.map((u) => [u.row.unit_id, u.row.name]));
  const urls = new Map(tables.sources.map((s) => [s.row.source_id, s.row.url]));
  const rows = ranking(tables, params.indicator as Indicator, Number(params.year)).flatMap((e) => [
    { unit_id: e.unit_id, name: names.get(e.unit_id), value: e.value, rank: e.rank, rank_of: e.rank_of, quality: e.quality, source_id: e.source_id, source_url: urls.get(e.source_id), other_source: "" },
    ...e.others.map((o) => ({ unit_id: e.unit_id, name: names.get(e.unit_id), value: o.value, rank: o.rank, rank_of: e.rank_of, quality: o.quality, source_id: o.source_id, source_url: urls.get(o.source_id), other_source: "yes" })),
  ]);
  return csvResponse(toCsv(["unit_id", "name", "value", "rank", "rank_of", "quality", "source_id", "source_url", "other_source"], rows));
};
