/**
 * Which places the compare page offers, and how they are grouped when listed without JavaScript. The compare page
 * itself names none of them (its picker reads the list as JSON), so its weight does not grow with the data; the
 * static per-province pages list each place's figures instead.
 */
import type { SiteData } from "./placeView";
import type { Unit } from "../schemas/units";
import { placeSlice, type PlaceSlice } from "./compareFacts";
import { displayName, tierOf, titleName } from "./places";

export interface ComparablePlace {
  unit: Unit;
  /** The place's comparable figures, computed when read and not kept (a country's slices would hold hundreds of MB). */
  readonly slice: PlaceSlice;
}

/** A static page of the figures of the places in one province (/so-sanh/tinh/<key>/). */
export interface CompareGroup {
  /** The province's unit_id, or OTHER_GROUP for places outside any province. */
  key: string;
  /** The province (undefined for OTHER_GROUP); the page names it in its language. */
  province: Unit | undefined;
  places: ComparablePlace[];
}

/** The group of places that sit in no province (none in today's data; kept so no place is ever left out). */
export const OTHER_GROUP = "khac";

/** Provinces, then districts, then communes: the order of the picker's list and of a province's places. */
export const TIER_ORDER = { country: 0, province: 1, district: 2, commune: 3 } as const;
const cache = new WeakMap<SiteData, ComparablePlace[]>();

/** "Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)": orders same-named places the same way in both editions. */
function sortLabel(site: SiteData, unit: Unit): string {
  const parents = site.places.ancestorsOf(unit.unit_id).filter((p) => tierOf(p.kind) !== "country").reverse();
  return parents.length ? `${titleName(unit, "vi")} (${parents.map((u) => displayName(u, "vi")).join(", ")})` : titleName(unit, "vi");
}

/** Every place with at least one comparable figure (never the country), sorted by name; computed once per site. */
export function comparablePlaces(site: SiteData): ComparablePlace[] {
  const known = cache.get(site);
  if (known) return known;
  const list = site.places.units
    .filter((u) => u.kind !== "quoc_gia")
    .filter((u) => placeSlice(site, u.unit_id).facts.length > 0)
    .map((u) => ({ unit: u, order: sortLabel(site, u) }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, "vi") || a.order.localeCompare(b.order, "vi"))
    .map(({ unit }): ComparablePlace => ({ unit, get slice() { return placeSlice(site, unit.unit_id); } }));
  cache.set(site, list);
  return list;
}

const idCache = new WeakMap<SiteData, Set<string>>();

/** The ids of comparablePlaces, for pages that only ask whether a place can be compared. */
export function comparableIds(site: SiteData): Set<string> {
  let ids = idCache.get(site);
  if (!ids) idCache.set(site, (ids = new Set(comparablePlaces(site).map((p) => p.unit.unit_id))));
  return ids;
}

/** Places grouped by the province they sit in (a province leads its own group), provinces by name. */
export function compareGroups(site: SiteData, places: ComparablePlace[]): CompareGroup[] {
  const groups = new Map<string, CompareGroup>();
  for (const place of places) {
    const province = site.places.provinceOf(place.unit.unit_id);
    const key = province?.unit_id ?? OTHER_GROUP;
    let group = groups.get(key);
    if (!group) {
      group = { key, province, places: [] };
      groups.set(key, group);
    }
    group.places.push(place);
  }
  for (const g of groups.values()) g.places.sort((a, b) => TIER_ORDER[tierOf(a.unit.kind)] - TIER_ORDER[tierOf(b.unit.kind)]);
  return [...groups.values()].sort((a, b) => (a.key === OTHER_GROUP ? 1 : b.key === OTHER_GROUP ? -1 : (a.province?.name ?? "").localeCompare(b.province?.name ?? "", "vi")));
}
