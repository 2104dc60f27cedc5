/**
 * Rows of one fact dataset for one place, through an index built on first use per table, so that a place page
 * costs O(its own rows) however large the country is. The place column comes from the registry's roles.
 */
import type { Tables } from "../loaders/datasets";
import { factRoles, type FactDatasetName } from "../schemas/index";

type Row<N extends FactDatasetName> = Tables[N][number];

const indexes = new WeakMap<object, Map<string, unknown[]>>();

/** The rows of `name` about `unitId`, in file order (an empty list when the place has none). */
export function rowsOfUnit<N extends FactDatasetName>(tables: Tables, name: N, unitId: string): Row<N>[] {
  const rows = tables[name] as Row<N>[];
  let index = indexes.get(rows) as Map<string, Row<N>[]> | undefined;
  if (!index) {
    index = new Map();
    const column = factRoles(name).unit;
    for (const located of rows) {
      const id = (located.row as Record<string, unknown>)[column] as string;
      const list = index.get(id);
      if (list) list.push(located);
      else index.set(id, [located]);
    }
    indexes.set(rows, index as Map<string, unknown[]>);
  }
  return index.get(unitId) ?? [];
}
