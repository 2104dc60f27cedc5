/** Words a place page is indexed under: its names with and without diacritics (đ -> d), kind, aliases, lineage. */
import type { Unit } from "../schemas/units";
import { foldVietnamese } from "../lib/slug";
import { displayName, type Places } from "./places";

/** Search aliases of a unit, de-duplicated, folded variants included. */
export function searchAliases(unit: Unit, places: Places): string[] {
  const names = [unit.name, displayName(unit), ...unit.aliases];
  for (const s of unit.successor_ids) names.push(`sáp nhập vào ${places.get(s).name}`);
  for (const p of places.predecessorsOf(unit.unit_id)) names.push(`gồm ${p.name}`);
  const all = names.flatMap((n) => [n, foldVietnamese(n)]);
  return [...new Set(all)];
}
