/**
 * A province's PAR INDEX and SIPAS series as CSV (the table on its page); for a unit formed on 1 July 2025,
 * the series of each predecessor, side by side in rows, never combined.
 */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { csvResponse, toCsv } from "../../../lib/csvOut";
import { siteData } from "../../../metrics/placeView";
import { provinceSeriesRows, SERIES_COLUMNS } from "../../../metrics/provinceContext";

export async function getStaticPaths() {
  const site = siteData(await getTables());
  return site.places.ofTier("province").map((p) => ({ params: { id: p.unit_id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = siteData(await getTables());
  const unit = site.places.get(params.id ?? "");
  const provinces = unit.valid_from ? site.places.predecessorsOf(unit.unit_id, "province") : [unit];
  return csvResponse(toCsv(SERIES_COLUMNS, provinceSeriesRows(site.tables, provinces)));
};
