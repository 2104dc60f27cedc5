/**
 * Rows of one fact dataset for one place or one source, through an index built on first use per table and column,
 * so that a page costs O(its own rows) however large the country is. The place column comes from the registry's
 * roles. An index holds references to the rows, not copies.
 */
import type { Tables } from "../loaders/datasets";
import { factRoles, type FactDatasetName } from "../schemas/index";

type Row<N extends FactDatasetName> = Tables[N][number];

const indexes = new WeakMap<object, Map<string, Map<string, unknown[]>>>();

function rowsBy<N extends FactDatasetName>(tables: Tables, name: N, column: string, value: string): Row<N>[] {
  const rows = tables[name] as Row<N>[];
  let byColumn = indexes.get(rows);
  if (!byColumn) indexes.set(rows, (byColumn = new Map()));
  let index = byColumn.get(column) as Map<string, Row<N>[]> | undefined;
  if (!index) {
    index = new Map();
    for (const located of rows) {
      const key = (located.row as Record<string, unknown>)[column] as string;
      const list = index.get(key);
      if (list) list.push(located);
      else index.set(key, [located]);
    }
    byColumn.set(column, index as Map<string, unknown[]>);
  }
  return index.get(value) ?? [];
}

/** The rows of `name` about `unitId`, in file order (an empty list when the place has none). */
export function rowsOfUnit<N extends FactDatasetName>(tables: Tables, name: N, unitId: string): Row<N>[] {
  return rowsBy(tables, name, factRoles(name).unit, unitId);
}

/** The rows of `name` taken from `sourceId`, in file order (an empty list when the source gave none to it). */
export function rowsOfSource<N extends FactDatasetName>(tables: Tables, name: N, sourceId: string): Row<N>[] {
  return rowsBy(tables, name, "source_id", sourceId);
}
