/** Per-place JSON slices for the compare page, built at build time (/so-sanh/du-lieu/<unit_id>.json). */
import type { APIRoute } from "astro";
import { getTables } from "../../../lib/data";
import { siteData } from "../../../metrics/placeView";
import { placeSlice } from "../../../metrics/compareFacts";

export async function getStaticPaths() {
  const site = siteData(await getTables());
  return site.places.units.filter((u) => u.kind !== "quoc_gia" && placeSlice(site, u.unit_id).facts.length > 0).map((u) => ({ params: { id: u.unit_id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = siteData(await getTables());
  return new Response(JSON.stringify(placeSlice(site, params.id ?? "")));
};
