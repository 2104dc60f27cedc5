/**
 * The static paths of the place pages in one edition, from the route table: each unit below the country at its
 * tier's address (/tinh/…, /huyen/…, /xa/… or /en/province/…, /en/district/…, /en/commune/…), as
 * src/pages/[tier]/[...id].astro and src/pages/en/[tier]/[...id].astro ask for them.
 */
import type { SiteData } from "../metrics/placeView";
import { tierOf } from "../metrics/places";
import { routes } from "../i18n/routes";
import type { Locale } from "../i18n/locale";

export interface PlaceParams {
  params: { tier: string; id: string };
  props: { unitId: string };
}

/** One entry per place page: the tier segment the route table gives it in `locale`, and its id. */
export function placeParams(site: Pick<SiteData, "places">, locale: Locale): PlaceParams[] {
  // The tier is the path's segment before the id: "/tinh/x/" -> "tinh", "/en/district/x/y/" -> "district".
  const depth = locale === "vi" ? 1 : 2;
  return site.places.units
    .filter((unit) => tierOf(unit.kind) !== "country")
    .map((unit) => ({ params: { tier: routes.place(unit, locale).split("/")[depth] ?? "", id: unit.unit_id }, props: { unitId: unit.unit_id } }));
}
