/** Serialises validated rows back to CSV for downloads, safe to open in a spreadsheet. */
import Papa from "papaparse";
import { neutraliseCell } from "./csvCell";

export { neutraliseCell };

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
