/** Serialises validated rows back to CSV for downloads, safe to open in a spreadsheet. */
import Papa from "papaparse";

const NUMERIC = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formula injection (OWASP CSV injection): a text cell starting with = + - @,
 * tab or CR gets a leading apostrophe. Numbers, including negative ones, are left exactly as they are.
 */
export function neutraliseCell(text: string): string {
  if (NUMERIC.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

/** CSV text (header + rows, "\n" line ends, RFC 4180 quoting) of the given columns. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((c) => neutraliseCell(cellText(row[c]))));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\n", quotes: false }).replace(/\n+$/, "")}\n`;
}
