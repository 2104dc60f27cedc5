/**
 * A place page's search record in one language: the names Pagefind indexes it under, the words its result shows
 * (kind, province, validity, the former units found through it) and the lineage that finds it by a neighbour's name.
 * Which field and rank the names go into, and whether the page is indexed at all, are the same in both languages
 * (src/metrics/search.ts), so an English query finds places in the order a Vietnamese one does.
 */
import type { Unit } from "../schemas/units";
import type { Locale } from "../i18n/locale";
import { formatDate } from "../lib/format";
import { tierOf, type Places } from "../metrics/places";
import { indexedOnItsOwn, placeNames, searchRank, withVariants, type SearchRank } from "../metrics/search";
import { t } from "../i18n/t";
import { placeKindTitle, placeLabel } from "./placeName";

/** What a search result shows about a place, as Pagefind metadata. */
export interface PlaceSearchMeta {
  /** Kind with a capital, e.g. "Thị xã" / "Town (district level)". */
  kind: string;
  /** The province the place lies in, e.g. "tỉnh Sóc Trăng"; absent for provinces themselves. */
  province?: string;
  /** "đến 30/6/2025" / "until 30 Jun 2025", "từ 1/7/2025", "chưa rõ sau 1/7/2025" (communes) or "đang tồn tại". */
  validity: string;
  /**
   * The units found only through this page ("gồm xã Vĩnh Tây, xã Cẩm Hải"), so that a result reached by an old
   * commune's name says why; absent when there are none (see `indexedOnItsOwn`).
   */
  formed?: string;
}

/** Everything Base.astro needs to index one place page. */
export interface PlaceSearch {
  meta: PlaceSearchMeta;
  rank: SearchRank;
  /** Own names: name, kind + name, aliases, abbreviations; each with and without diacritics. */
  names: string[];
  /** Names of the units it merged into or was formed from, with and without diacritics. */
  lineage: string[];
  /** False when the page is found through its successor's page instead of its own index entry. */
  indexed: boolean;
}

/** Search record of a place page in `locale`. */
export function placeSearch(unit: Unit, places: Places, locale: Locale = "vi"): PlaceSearch {
  const lineage = [
    ...unit.successor_ids.map((s) => t(locale, "place.search.mergedInto", { name: places.get(s).name })),
    ...places.predecessorsOf(unit.unit_id).map((p) => t(locale, "place.search.formedFrom", { names: p.name })),
  ];
  const formed = places.predecessorsOf(unit.unit_id).filter((p) => !indexedOnItsOwn(p, places));
  const formedText = formed.length > 0 ? { formed: t(locale, "place.search.formedFrom", { names: formed.map((p) => placeLabel(p, locale)).join(", ") }) } : {};
  return {
    meta: { ...placeSearchMeta(unit, places, locale), ...formedText },
    rank: searchRank(unit),
    names: locale === "vi" ? placeNames(unit) : englishNames(unit),
    lineage: withVariants(lineage),
    indexed: indexedOnItsOwn(unit, places),
  };
}

/**
 * The names an English reader types: the name and its aliases as data/ gives them, the English label ("Vĩnh Châu
 * town") and, for a district- or commune-level unit whose kind word is another, the tier ("Vĩnh Châu district"):
 * English writing calls every district-level unit a district. Each with and without diacritics.
 */
function englishNames(unit: Unit): string[] {
  const tier = tierOf(unit.kind);
  const byTier = tier === "district" || tier === "commune" ? [`${unit.name} ${tier}`] : [];
  return withVariants([unit.name, placeLabel(unit, "en"), ...byTier, ...unit.aliases]);
}

/** Result metadata of a place page. */
export function placeSearchMeta(unit: Unit, places: Places, locale: Locale = "vi"): PlaceSearchMeta {
  const province = places.provinceOf(unit.unit_id);
  return {
    kind: placeKindTitle(unit, locale),
    ...(province && province.unit_id !== unit.unit_id ? { province: placeLabel(province, locale) } : {}),
    validity: validityText(unit, locale),
  };
}

/**
 * The validity period of a unit in words. Communes were reorganised on 1 July 2025 too, but which became what
 * is not in the data: their status after that date is said to be unknown rather than "still in force".
 */
export function validityText(unit: Pick<Unit, "valid_from" | "valid_to" | "kind">, locale: Locale = "vi"): string {
  if (unit.valid_to) return t(locale, "place.validity.until", { date: formatDate(unit.valid_to, locale) });
  if (unit.valid_from) return t(locale, "place.validity.since", { date: formatDate(unit.valid_from, locale) });
  if (tierOf(unit.kind) === "commune") return t(locale, "place.validity.unknownAfter2025");
  return t(locale, "place.validity.current");
}
