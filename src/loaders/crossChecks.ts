/** Checks that span rows or files: unique keys, references that resolve, well-formed periods and locators. */
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index";
import type { DataError, Located } from "./csv";
import type { Tables } from "./datasets";

type AnyRow = Record<string, unknown>;

function err(name: DatasetName, line: number, field: string, value: unknown, message: string): DataError {
  const columns = Object.keys(DATASETS[name].columns);
  const text = Array.isArray(value) ? value.join(";") : value === null || value === undefined ? "" : String(value);
  return { file: `data/${DATASETS[name].file}`, line, column: columns.indexOf(field) + 1, field, value: text, message };
}

/** Value of a row's primary key as one string. */
export function rowKey(name: DatasetName, row: AnyRow): string {
  return keyOf(DATASETS[name].key, row);
}

/** The key of `row` over `columns`, joined with "|"; a plain loop because it runs once per row of the country. */
function keyOf(columns: readonly string[], row: AnyRow): string {
  let key = String(row[columns[0] as string] ?? "");
  for (let i = 1; i < columns.length; i++) key += `|${String(row[columns[i] as string] ?? "")}`;
  return key;
}

function uniqueKeys(name: DatasetName, rows: Located<AnyRow>[]): DataError[] {
  const seen = new Map<string, number>();
  const errors: DataError[] = [];
  const columns: readonly string[] = DATASETS[name].key;
  const first = columns[0] ?? "";
  for (const { csvLine: line, row } of rows) {
    const key = keyOf(columns, row);
    const prior = seen.get(key);
    if (prior !== undefined) {
      errors.push(err(name, line, first, key, `expected a unique key (${DATASETS[name].key.join(", ")}); line ${prior} has the same`));
    } else seen.set(key, line);
  }
  return errors;
}

function references(name: DatasetName, rows: Located<AnyRow>[], ids: Record<string, Set<string>>): DataError[] {
  const errors: DataError[] = [];
  for (const [field, column] of Object.entries(DATASETS[name].columns)) {
    if (!column.references) continue;
    const target = ids[column.references];
    if (!target) continue;
    for (const { csvLine: line, row } of rows) {
      const value = row[field];
      const values = Array.isArray(value) ? value : value === null ? [] : [value];
      for (const v of values) {
        if (!target.has(String(v))) errors.push(err(name, line, field, v, `expected an existing ${column.references} id (unknown ${column.references === "units" ? "unit" : "source"})`));
      }
    }
  }
  return errors;
}

function periods(name: DatasetName, rows: Located<AnyRow>[]): DataError[] {
  const errors: DataError[] = [];
  const pairs: [string, string][] = [["period_start", "period_end"], ["valid_from", "valid_to"]];
  for (const { csvLine: line, row } of rows) {
    for (const [a, b] of pairs) {
      const start = row[a];
      const end = row[b];
      if (typeof start === "string" && typeof end === "string" && start > end) {
        errors.push(err(name, line, a, start, `expected ${a} on or before ${b} (${end})`));
      }
    }
    if ("value_unit" in row) {
      if (row.value_unit === "percent" && !row.denominator) errors.push(err(name, line, "denominator", "", "expected the measure a stated percentage is a share of"));
      if (row.value_unit === "count" && row.denominator) errors.push(err(name, line, "denominator", row.denominator, "expected empty for counts"));
      if (row.value_unit === "count" && !Number.isInteger(row.value)) errors.push(err(name, line, "value", row.value, "expected a whole number for a count"));
      if (row.value_unit === "percent" && !String(row.measure).endsWith("_pct")) errors.push(err(name, line, "measure", row.measure, "expected a *_pct measure for a percentage"));
    }
  }
  return errors;
}

function locators(name: DatasetName, rows: Located<AnyRow>[], sourceKinds: Map<string, string>): DataError[] {
  const errors: DataError[] = [];
  if (!("line" in DATASETS[name].columns) || name === "sources") return errors;
  for (const { csvLine: line, row } of rows) {
    const kind = sourceKinds.get(String(row.source_id));
    if (kind === "report" && row.line === null) errors.push(err(name, line, "line", "", "expected the report line the figure stands on (source is a report)"));
  }
  return errors;
}

/** Runs every cross-file check over loaded tables. */
export function crossCheck(tables: Tables): DataError[] {
  const ids: Record<string, Set<string>> = {
    units: new Set(tables.units.map((r) => r.row.unit_id)),
    sources: new Set(tables.sources.map((r) => r.row.source_id)),
  };
  const sourceKinds = new Map(tables.sources.map((r) => [r.row.source_id, r.row.kind]));
  const errors: DataError[] = [];
  for (const name of DATASET_NAMES) {
    const rows = tables[name] as Located<AnyRow>[];
    errors.push(...uniqueKeys(name, rows), ...references(name, rows, ids), ...periods(name, rows), ...locators(name, rows, sourceKinds));
  }
  return errors;
}
