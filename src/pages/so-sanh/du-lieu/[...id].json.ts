/** Per-place JSON slices for the compare page, built at build time (/so-sanh/du-lieu/<unit_id>.json), packed (compareSlice.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { siteData } from "../../../metrics/placeView";
import { comparablePlaces } from "../../../metrics/compareList";
import { packSlice } from "../../../metrics/compareSlice";
import { placeSlice } from "../../../metrics/compareFacts";

// Ids only: Astro keeps every path's props until the route is done, and a country's slices are hundreds of MB.
export async function getStaticPaths() {
  return comparablePlaces(siteData(await getTables())).map(({ unit }) => ({ params: { id: unit.unit_id } }));
}

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(packSlice(placeSlice(siteData(await getTables()), params.id ?? ""))));
