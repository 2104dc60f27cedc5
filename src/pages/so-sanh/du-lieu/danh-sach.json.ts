/** The compare page's picker list (/so-sanh/du-lieu/danh-sach.json): id, Vietnamese label and typed names of every place with figures (presentation/compareOptions.ts). The page fetches it on demand, so its own HTML stays the same size as places grow. */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { siteData } from "../../../metrics/placeView";
import { comparablePlaces } from "../../../metrics/compareList";
import { compareOptions } from "../../../presentation/compareOptions";
import { compareWords } from "../../../presentation/compareWords";

export const GET: APIRoute = async () => {
  const site = siteData(await getTables());
  return new Response(JSON.stringify(compareOptions(site, comparablePlaces(site), compareWords(site, "vi"))));
};
