/** The English compare page's picker list (/en/compare/data/list.json): the same places as the Vietnamese list, labelled in English (presentation/compareOptions.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../../tables/tables";
import { siteData } from "../../../../metrics/placeView";
import { comparablePlaces } from "../../../../metrics/compareList";
import { compareOptions } from "../../../../presentation/compareOptions";
import { compareWords } from "../../../../presentation/compareWords";

export const GET: APIRoute = async () => {
  const site = siteData(await getTables());
  return new Response(JSON.stringify(compareOptions(site, comparablePlaces(site), compareWords(site, "en"))));
};
