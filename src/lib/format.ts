/** Vietnamese display formats: "." groups thousands, "," marks decimals (7.927; 84,11%). */

const MISSING = "chưa có số liệu";

const formatters = new Map<number, Intl.NumberFormat>();

/** Creating an Intl.NumberFormat is costly; one per digit count is kept. */
function formatter(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

/** Formats a count or score; null becomes the explicit gap text, never 0. */
export function formatNumber(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  const d = digits ?? (Number.isInteger(value) ? 0 : decimalsOf(value));
  return formatter(d).format(value);
}

/**
 * Decimal places for every value of one chart (labels, summary, table alike): 2 when any value has
 * decimals (PAR INDEX and SIPAS are published to 2), else 0, so one chart never prints 81,7 beside 81,87.
 */
export function sharedDigits(values: readonly (number | null | undefined)[]): number {
  return values.some((v) => typeof v === "number" && !Number.isInteger(v)) ? 2 : 0;
}

/** One formatter for every value of a chart: percentages as 84,11%, other values with shared decimals. */
export function valueFormatter(unit: "number" | "percent" | undefined, values: readonly (number | null | undefined)[]): (value: number | null | undefined) => string {
  if (unit === "percent") return (value) => formatPercent(value);
  const digits = sharedDigits(values);
  return (value) => formatNumber(value, digits);
}

/** Formats a percentage value already on the 0-100 scale: 84.11 -> "84,11%". */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  return `${formatter(digits).format(value)}%`;
}

/** Formats an ISO date (YYYY-MM-DD) as d/m/yyyy, the usual Vietnamese short form. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const [y, m, d] = iso.split("-");
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** Formats a period; whole calendar years and halves get their common names. */
export function formatPeriod(start: string | null, end: string): string {
  if (start && start.endsWith("-01-01")) {
    const year = start.slice(0, 4);
    if (end === `${year}-12-31`) return `năm ${year}`;
    if (end === `${year}-06-30`) return `6 tháng đầu năm ${year}`;
  }
  if (!start) return `tính đến ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 4);
}

export { MISSING as MISSING_TEXT };
