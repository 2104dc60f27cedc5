/** Loads every dataset in data/ at once and runs the cross-file checks; errors from all files are gathered. */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index";
import { rowParser, type RowOf } from "../schemas/fields";
import { parseCsv, type DataError, type Located } from "./csv";
import { crossCheck } from "./crossChecks";

export type Tables = { [N in DatasetName]: Located<RowOf<(typeof DATASETS)[N]["columns"]>>[] };

/** Parses one dataset file from dataDir. */
export function loadDataset<N extends DatasetName>(dataDir: string, name: N): { rows: Tables[N]; errors: DataError[] } {
  const spec = DATASETS[name];
  const path = join(dataDir, spec.file);
  const file = `data/${spec.file}`;
  if (!existsSync(path)) {
    return { rows: [] as Tables[N], errors: [{ file, line: 0, column: 0, field: "(file)", value: "", message: "expected the file to exist" }] };
  }
  const result = parseCsv(readFileSync(path, "utf8"), file, rowParser(spec.columns), Object.keys(spec.columns));
  return { rows: result.rows as Tables[N], errors: result.errors };
}

/** Parses all datasets and checks keys and references across them. */
export function loadAll(dataDir: string): { tables: Tables; errors: DataError[] } {
  const errors: DataError[] = [];
  const tables = {} as Record<DatasetName, unknown>;
  for (const name of DATASET_NAMES) {
    const result = loadDataset(dataDir, name);
    tables[name] = result.rows;
    errors.push(...result.errors);
  }
  const typed = tables as Tables;
  errors.push(...crossCheck(typed));
  return { tables: typed, errors };
}
