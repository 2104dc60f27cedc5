/** Per-place JSON slices for the compare page, built at build time (/so-sanh/du-lieu/<unit_id>.json), packed (compareSlice.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { siteData } from "../../../metrics/placeView";
import { comparablePlaces } from "../../../metrics/compareList";
import { packSlice } from "../../../metrics/compareSlice";

export async function getStaticPaths() {
  return comparablePlaces(siteData(await getTables())).map(({ unit, slice }) => ({ params: { id: unit.unit_id }, props: { slice } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(packSlice(props.slice)));
