/**
 * The compare picker's list in one edition (/so-sanh/du-lieu/danh-sach.json, /en/compare/data/list.json): each
 * place with figures, labelled in that edition's words with its parents below the country ("Xã Tây Xuân (huyện
 * Tây Sơn, tỉnh Bình Định)" / "Tây Xuân commune (Tây Sơn district, Bình Định province)"), and the folded names it
 * is typed as. One list per edition because its labels are words; the slices it leads to are shared.
 */
import type { SiteData } from "../metrics/placeView";
import type { Unit } from "../schemas/units";
import { TIER_ORDER, type ComparablePlace } from "../metrics/compareList";
import { tierOf } from "../metrics/places";
import { placeNames } from "../metrics/search";
import { foldQuery, type CompareOption } from "../metrics/placeMatch";
import type { CompareWords } from "./compareView";
import { placeLabel as nameOf, placeTitle } from "./placeName";

/** "Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)": the parents below the country tell same-named places apart. */
export function placeLabel(site: SiteData, unit: Unit, words: CompareWords): string {
  const parents = site.places.ancestorsOf(unit.unit_id).filter((p) => tierOf(p.kind) !== "country").reverse();
  const { locale } = words;
  return parents.length ? `${placeTitle(unit, locale)} (${parents.map((p) => nameOf(p, locale)).join(", ")})` : placeTitle(unit, locale);
}

/**
 * The picker's list: provinces first, then districts, then communes, each by name; each with the folded names it
 * is typed as (search.ts's variants: name, old names, abbreviations) that its label's own part does not already give.
 */
export function compareOptions(site: SiteData, places: ComparablePlace[], words: CompareWords): CompareOption[] {
  return [...places]
    .sort((a, b) => TIER_ORDER[tierOf(a.unit.kind)] - TIER_ORDER[tierOf(b.unit.kind)])
    .map(({ unit }) => {
      const own = foldQuery(placeTitle(unit, words.locale));
      const names = [...new Set(placeNames(unit).map(foldQuery))].filter((n) => n && n !== own);
      return { id: unit.unit_id, label: placeLabel(site, unit, words), tier: TIER_ORDER[tierOf(unit.kind)] as CompareOption["tier"], names };
    });
}
