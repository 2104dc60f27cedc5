/**
 * The CSV boundary: papaparse reads every cell as a string, each row keeps the line it starts on, and
 * a dataset's zod schema turns cells into typed values. Every problem becomes a located DataError;
 * nothing is dropped or guessed.
 */
import Papa from "papaparse";
import type { z } from "astro/zod";

export interface DataError {
  file: string;
  line: number;
  /** 1-based column number; 0 when the problem is about the whole row. */
  column: number;
  field: string;
  value: string;
  message: string;
}

export interface Located<T> {
  /** Line of the data/ CSV file the row starts on (not the source report's line, which is row.line). */
  csvLine: number;
  row: T;
}

/** Renders an error as `file:line:column field: got "X", expected Y`. */
export function formatDataError(e: DataError): string {
  const got = e.value.length > 60 ? `${e.value.slice(0, 57)}...` : e.value;
  return `${e.file}:${e.line}:${e.column} ${e.field}: got ${JSON.stringify(got)}, ${e.message}`;
}

interface RawRow {
  line: number;
  cells: string[];
}

/**
 * Calls onRow with every row's string cells and the line it starts on, as papaparse reads them (nothing is held);
 * papaparse's complaints become located errors. A leading BOM is ignored.
 */
function eachCsvRow(text: string, file: string, errors: DataError[], onRow: (cells: string[], line: number) => void): void {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      for (const e of result.errors) {
        errors.push({ file, line, column: 0, field: "(row)", value: "", message: `expected well-formed CSV (${e.message})` });
      }
      onRow(result.data, line);
      line += countNewlines(body, start, end);
      start = end;
    },
  });
}

/** Splits CSV text into rows of string cells, each with the line number it starts on. */
export function readCsvRows(text: string, file: string): { rows: RawRow[]; errors: DataError[] } {
  const rows: RawRow[] = [];
  const errors: DataError[] = [];
  eachCsvRow(text, file, errors, (cells, line) => rows.push({ line, cells }));
  // A final newline leaves one empty row behind; that is not data.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  return { rows, errors };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Anything that reads a record of string cells into a typed row the way zod's safeParse does (a zod schema, or rowParser). */
export interface RowReader<T> {
  safeParse(record: Record<string, string>): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Parses one CSV file against a row reader; returns typed rows and every error found. Rows are read as papaparse
 * delivers them, so the raw cells of a large file are never all held at once.
 */
export function parseCsv<T>(text: string, file: string, schema: RowReader<T> | z.ZodType<T, z.ZodTypeDef, unknown>, expectedColumns: readonly string[]) {
  const reader = schema as RowReader<T>;
  const out: Located<T>[] = [];
  const errors: DataError[] = [];
  let names: string[] | null = null;
  let headerOk = true;

  const header = (cells: string[], at: number) => {
    names = cells;
    cells.forEach((name, i) => {
      if (!expectedColumns.includes(name) || cells.indexOf(name) !== i) {
        headerOk = false;
        const why = cells.indexOf(name) !== i ? "a column name used once" : `one of the columns ${expectedColumns.join(",")}`;
        errors.push({ file, line: at, column: i + 1, field: "(header)", value: name, message: `expected ${why}` });
      }
    });
    for (const name of expectedColumns) {
      if (!cells.includes(name)) {
        headerOk = false;
        errors.push({ file, line: at, column: cells.length + 1, field: name, value: "", message: "expected this column in the header (missing column)" });
      }
    }
  };

  const dataRow = (cells: string[], at: number, columns: string[]) => {
    if (cells.length !== columns.length) {
      const blank = cells.length === 1 && cells[0] === "";
      errors.push({
        file, line: at, column: 0, field: "(row)", value: blank ? "" : cells.join(","),
        message: blank ? "expected a data row, found an empty line" : `expected ${columns.length} cells, found ${cells.length}`,
      });
      return;
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i] as string] = cells[i] ?? "";
    const parsed = reader.safeParse(record);
    if (parsed.success) {
      out.push({ csvLine: at, row: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "(row)");
      errors.push({ file, line: at, column: columns.indexOf(field) + 1, field, value: record[field] ?? "", message: issue.message });
    }
  };

  const row = (cells: string[], at: number) => {
    if (names === null) header(cells, at);
    else if (headerOk) dataRow(cells, at, names);
  };

  // A final newline leaves one empty row behind, which is not data: an empty row is judged once the next arrives.
  let pendingBlank: number | null = null;
  eachCsvRow(text, file, errors, (cells, line) => {
    if (pendingBlank !== null) row([""], pendingBlank);
    pendingBlank = null;
    if (cells.length === 1 && cells[0] === "") pendingBlank = line;
    else row(cells, line);
  });
  if (names === null) errors.push({ file, line: 1, column: 0, field: "(header)", value: "", message: `expected a header row: ${expectedColumns.join(",")}` });
  return { rows: out, errors };
}
