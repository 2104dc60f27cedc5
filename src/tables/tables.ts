/**
 * The build's one copy of the data. Every dataset in data/ is parsed and validated once per process by the
 * same loader the checks use (`loadAll`), then kept here, typed, for pages, metrics and scripts alike.
 *
 * Why not Astro's content layer: it serialised every row into the server bundle and was read back untyped,
 * which made a country-sized build need many GB (docs/performance.md). Content collections stay for MDX.
 */
import { loadAll, type Tables } from "../loaders/datasets";
import { formatDataError, type DataError } from "../loaders/csv";

/** Raised when data/ does not validate: the message lists every error as `file:line:column field: …`. */
export class DataInvalidError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} data error(s):\n${errors.map(formatDataError).join("\n")}`);
    this.name = "DataInvalidError";
  }
}

/** The folder the site is built from: CCHC_DATA_DIR (benchmarks, tests) or data/. */
export function dataDir(): string {
  return process.env.CCHC_DATA_DIR ?? "data";
}

// Kept on globalThis, not in a module variable: the build's start hook (src/tables/integration.ts) and the
// bundled pages load separate copies of this module in one process, and the data must be parsed only once.
const MEMO = Symbol.for("cchc-mo.tables");
type Memo = { dir: string; tables: Tables };
const memo = globalThis as typeof globalThis & { [MEMO]?: Memo };

/** All datasets of `dir`, typed, in file order; parsed on first call, then shared. Throws DataInvalidError. */
export function loadTables(dir: string = dataDir()): Tables {
  const held = memo[MEMO];
  if (held && held.dir === dir) return held.tables;
  const { tables, errors } = loadAll(dir);
  if (errors.length > 0) throw new DataInvalidError(errors);
  memo[MEMO] = { dir, tables };
  return tables;
}

/** loadTables for pages, which await their data. */
export async function getTables(): Promise<Tables> {
  return loadTables();
}
