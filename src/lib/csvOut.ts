/** Serialises validated rows back to CSV for downloads, safe to open in a spreadsheet. */
import Papa from "papaparse";
import { neutraliseCell } from "./csvCell";

export { neutraliseCell };

/**
 * Byte order mark: Excel on Windows reads a CSV without it in the system code page and garbles Vietnamese
 * ("Má»¹ XuyÃªn"); with it, as UTF-8. Downloads carry it; the files in data/ do not.
 */
export const UTF8_BOM = "\uFEFF";

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

/** The HTTP response of a CSV download: the BOM, then the text, typed as UTF-8 CSV. */
export function csvResponse(csv: string): Response {
  return new Response(`${UTF8_BOM}${csv}`, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
