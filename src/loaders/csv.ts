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

/** Splits CSV text into rows of string cells, each with the line number it starts on. */
export function readCsvRows(text: string, file: string): { rows: RawRow[]; errors: DataError[] } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: RawRow[] = [];
  const errors: DataError[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      rows.push({ line, cells: result.data });
      for (const e of result.errors) {
        errors.push({ file, line, column: 0, field: "(row)", value: "", message: `expected well-formed CSV (${e.message})` });
      }
      line += countNewlines(body, start, end);
      start = end;
    },
  });
  // A final newline leaves one empty row behind; that is not data.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === "" && start >= body.length) rows.pop();
  return { rows, errors };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Parses one CSV file against a row schema; returns typed rows and every error found. */
export function parseCsv<S extends z.ZodTypeAny>(text: string, file: string, schema: S, expectedColumns: readonly string[]) {
  const { rows, errors } = readCsvRows(text, file);
  const out: Located<z.output<S>>[] = [];
  const header = rows.shift();
  if (!header) {
    errors.push({ file, line: 1, column: 0, field: "(header)", value: "", message: `expected a header row: ${expectedColumns.join(",")}` });
    return { rows: out, errors };
  }
  const names = header.cells;
  let headerOk = true;
  names.forEach((name, i) => {
    if (!expectedColumns.includes(name) || names.indexOf(name) !== i) {
      headerOk = false;
      const why = names.indexOf(name) !== i ? "a column name used once" : `one of the columns ${expectedColumns.join(",")}`;
      errors.push({ file, line: header.line, column: i + 1, field: "(header)", value: name, message: `expected ${why}` });
    }
  });
  for (const name of expectedColumns) {
    if (!names.includes(name)) {
      headerOk = false;
      errors.push({ file, line: header.line, column: names.length + 1, field: name, value: "", message: "expected this column in the header (missing column)" });
    }
  }
  if (!headerOk) return { rows: out, errors };

  for (const raw of rows) {
    if (raw.cells.length !== names.length) {
      const blank = raw.cells.length === 1 && raw.cells[0] === "";
      errors.push({
        file,
        line: raw.line,
        column: 0,
        field: "(row)",
        value: blank ? "" : raw.cells.join(","),
        message: blank ? "expected a data row, found an empty line" : `expected ${names.length} cells, found ${raw.cells.length}`,
      });
      continue;
    }
    const record = Object.fromEntries(names.map((name, i) => [name, raw.cells[i] ?? ""]));
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      out.push({ csvLine: raw.line, row: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "(row)");
      const index = names.indexOf(field);
      errors.push({ file, line: raw.line, column: index + 1, field, value: record[field] ?? "", message: issue.message });
    }
  }
  return { rows: out, errors };
}
