/**
 * Spreadsheet-safe CSV cells without dependencies, so the build's downloads (csvOut.ts) and the compare page's
 * client-side CSV neutralise formulas the same way.
 */

const NUMERIC = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
/** Fields Papa.unparse (quotes: false) would quote: a delimiter, quote or line break inside, or a space at an end. */
const NEEDS_QUOTES = /[",\n\r]|^ | $/;

/**
 * Neutralises spreadsheet formula injection (OWASP CSV injection): a text cell starting with = + - @,
 * tab or CR gets a leading apostrophe. Numbers, including negative ones, are left exactly as they are.
 */
export function neutraliseCell(text: string): string {
  if (NUMERIC.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV line ("\n" not included): numbers as they are, text neutralised, null empty, RFC 4180 quoting where needed. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((cell) => {
    const text = cell === null ? "" : typeof cell === "number" ? String(cell) : neutraliseCell(cell);
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(",");
}
