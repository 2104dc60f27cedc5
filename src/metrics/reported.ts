/**
 * Places with figures copied from their own reports (dossiers, or a PAR INDEX score not assessed by the ministry),
 * above commune level: the home page names them. At the country's scale they are hundreds, so past a short list
 * the home page counts them per province instead of naming each one (the province page lists its own).
 */
import type { SiteData } from "./placeView";
import type { Unit } from "../schemas/units";
import { byVietnameseName, tierOf } from "./places";

/** How many places the home page names one by one; more are counted per province. */
export const HOME_NAMED = 24;

/** Provinces, districts and towns with figures from their own reports, in the order the data first gives them. */
export function reportedPlaces(site: SiteData): Unit[] {
  const ids = new Set<string>();
  for (const d of site.tables.dossiers) ids.add(d.row.unit_id);
  for (const p of site.tables.par_index) if (p.row.assessor !== "ministry") ids.add(p.row.unit_id);
  return [...ids].map((id) => site.places.get(id)).filter((u) => tierOf(u.kind) !== "commune");
}

/** One province and the reported places in it (the province itself included when it reported). */
export interface ReportedInProvince {
  province: Unit;
  places: Unit[];
}

/** `places` grouped by their province, provinces in Vietnamese alphabetical order. */
export function byProvince(site: SiteData, places: readonly Unit[]): ReportedInProvince[] {
  const groups = new Map<string, ReportedInProvince>();
  for (const unit of places) {
    const province = site.places.provinceOf(unit.unit_id) ?? unit;
    const group = groups.get(province.unit_id) ?? { province, places: [] };
    group.places.push(unit);
    groups.set(province.unit_id, group);
  }
  return [...groups.values()].sort((a, b) => byVietnameseName(a.province, b.province));
}
