/**
 * The compare page's picker list, built at build time (/so-sanh/du-lieu/danh-sach.json): id and Vietnamese label
 * of every place with figures. The page fetches it on demand, so its own HTML stays the same size as places grow.
 */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { siteData } from "../../../metrics/placeView";
import { compareOptions, comparablePlaces } from "../../../metrics/compareList";

export const GET: APIRoute = async () => new Response(JSON.stringify(compareOptions(comparablePlaces(siteData(await getTables())))));
