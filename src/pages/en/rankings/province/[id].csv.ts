/** The English edition's CSV of a province's PAR INDEX and SIPAS series (metrics/rankingCsv.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../../tables/tables";
import { csvResponse } from "../../../../lib/csvOut";
import { siteData } from "../../../../metrics/placeView";
import { provinceYearsCsv } from "../../../../metrics/rankingCsv";

export async function getStaticPaths() {
  return siteData(await getTables()).places.ofTier("province").map((p) => ({ params: { id: p.unit_id } }));
}

export const GET: APIRoute = async ({ params }) => csvResponse(provinceYearsCsv(siteData(await getTables()), params.id ?? ""));
