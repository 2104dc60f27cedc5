/**
 * The Vietnamese printed-number reader: "7.927" is 7927, "84,11" is 84.11, "84,11%" a percentage, "72,63/96"
 * a score out of 96, "18/19" a fraction, "01" is 1, "10,18 nghìn" is 10180. It works on folded text
 * (see fold.ts) and returns each number with its offsets, so the engine can read the words around it.
 * Dates, document numbers, years and list markers are recognised and left out of the figures.
 */

export type NumberKind = "count" | "decimal" | "percent";

/** One number printed in a line. */
export interface NumberToken {
  /** Offsets in the line (the whole printed form, % and "/denominator" included). */
  start: number;
  end: number;
  /** The number as printed, e.g. "59.802", "99,45%", "72,63/96,00". */
  text: string;
  value: number;
  kind: NumberKind;
  /** The part after a slash ("200/271" → 271; "72,63/96" → 96), or null. */
  over: number | null;
  /** Decimals printed (84,11 → 2), so a stated share can be checked at its own precision. */
  decimals: number;
}

const MULTIPLIERS: Record<string, number> = { ngan: 1e3, nghin: 1e3, trieu: 1e6, ty: 1e9 };

/** Reads one printed Vietnamese number ("7.927", "84,11", "01"); null when it is not one. */
export function parseViNumber(printed: string): number | null {
  const text = printed.trim().replace(/^(\d+), (\d+)$/, "$1,$2");
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (/^\d+(,\d+)?$/.test(text)) return Number(text.replace(",", "."));
  // A dot followed by other than three digits is an English decimal point ("84.11"), which some portals print.
  if (/^\d+\.\d{1,2}$/.test(text) || /^\d+\.\d{4,}$/.test(text)) return Number(text);
  return null;
}

/** Ways a source may print a value, e.g. 7927 → "7.927", "7927"; 84.1 → "84,1", "84,10"; 2 → "02". */
export function printedForms(value: number): string[] {
  if (Number.isInteger(value)) {
    const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return [...new Set([String(value), grouped, String(value).padStart(2, "0")])];
  }
  const [int = "", dec = ""] = String(value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return [...new Set([`${grouped},${dec}`, `${grouped},${dec}0`, `${int},${dec}`, `${int}.${dec}`])];
}

const NUMBER = String.raw`\d{1,3}, \d{1,2}(?=\s?%)|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d{1,2}(?![\d]))?`;
// A number, an optional "/denominator", an optional "%", an optional multiplier word.
const TOKEN = new RegExp(String.raw`(?<![\w.,/^:-])(${NUMBER})(?:\s?/\s?(${NUMBER}))?(\s?%)?(?:\s(ngan|nghin|trieu|ty)\b)?`, "g");

/** Words after which a number is a date, a year, a document or a legal reference, never a figure. */
const NOT_A_FIGURE_BEFORE = /(?:\bngay|\bthang|\bnam|(?<!tong )\bso|\bmuc do|\bkhoan|\bdieu|\bchuong|(?<!danh )\bmuc|\bquy|\bgiai doan|\bke hoach|\bquyet dinh|\bnghi dinh|\bthong tu|\bcong van|\bphuong|\bluc|(?<!khai )\btu|\bden|\biso|\btcvn|\bgio)\s*:?\s*$/;

/** Finds the figures printed in a folded line; dates, years, document numbers and "(1)" list markers are skipped. */
export function findNumbers(folded: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = folded.slice(end, end + 3);
    const before = folded.slice(Math.max(0, start - 24), start);
    const main = m[1] ?? "";
    // d/m/yyyy, d/m, 12/KH-UBND, 45/2016/QD-TTg, 15.12.2020, ISO 9001:2015, times 7h30: not figures.
    if (/^[/.:][\da-z]/.test(after)) continue;
    if (m[2] && !m[3] && isDateLike(main, m[2], before)) continue;
    if (/-$/.test(before) || /^-\w/.test(after)) continue;
    const isPercent = Boolean(m[3]);
    // The year in "năm 2021", the day in "ngày 15": period words, read by the period finder instead.
    if (!isPercent && !m[2] && NOT_A_FIGURE_BEFORE.test(before)) {
      // "phường 2 có 03 hồ sơ": 2 is a name; "từ ... đến" a range bound; both are not figures.
      continue;
    }
    // "(1)", "(2)" enumerations and "1." list markers at a clause start.
    if (/\($/.test(before) && /^\)/.test(after) && /^\d$/.test(main) && !/[a-z]{2,}\s*\($/.test(before)) continue;
    // "mức độ 3, 4": level numbers, not figures.
    if (/^[1-4]$/.test(main) && !m[3] && /\bmuc (?:do )?\d(?:,\s?\d)*,?\s?(?:va\s)?$/.test(before)) continue;
    const value = parseViNumber(main);
    if (value === null) continue;
    const over = m[2] ? parseViNumber(m[2]) : null;
    const multiplier = m[4] ? (MULTIPLIERS[m[4]] ?? 1) : 1;
    tokens.push({
      start, end, text: m[0], value: round(value * multiplier), over,
      kind: isPercent ? "percent" : main.includes(",") ? "decimal" : "count",
      decimals: main.includes(",") ? main.replace(", ", ",").length - main.replace(", ", ",").indexOf(",") - 1 : 0,
    });
  }
  return tokens;
}

function isDateLike(a: string, b: string, before: string): boolean {
  const day = Number(a);
  const month = Number(b);
  return /(?:ngay|thang|den|tu)\s*$/.test(before) && day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
