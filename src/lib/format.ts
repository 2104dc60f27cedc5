/**
 * Display formats per locale. Vietnamese (the default): "." groups thousands, "," marks decimals (7.927;
 * 84,11%), dates d/m/yyyy. English: 7,927; 84.11%; dates "31 Dec 2023". Every formatter takes the locale as
 * its last, optional parameter.
 *
 * The few words a format needs (the gap text, period names, months) live here per locale, not in the message
 * catalogue: this module also runs in the browser (the report checker and its worker), where the two catalogues
 * would add about 12 KB gzipped for five phrases. Like Intl's own locale data, they are formats, not copy.
 */
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../i18n/locale";

/** The gap text, never 0, per locale. */
const MISSING_BY_LOCALE: Record<Locale, string> = { vi: "chưa có số liệu", en: "no data" };

const MISSING = MISSING_BY_LOCALE.vi;

const formatters = new Map<Locale, Map<number, Intl.NumberFormat>>();

/** Creating an Intl.NumberFormat is costly; one per locale and digit count is kept. */
function formatter(digits: number, locale: Locale): Intl.NumberFormat {
  let byDigits = formatters.get(locale);
  if (!byDigits) formatters.set(locale, (byDigits = new Map()));
  let f = byDigits.get(digits);
  if (!f) byDigits.set(digits, (f = new Intl.NumberFormat(LOCALE_INFO[locale].tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

/** The gap text shown for a missing value, never 0: "chưa có số liệu" / "no data". */
export function missingText(locale: Locale = DEFAULT_LOCALE): string {
  return MISSING_BY_LOCALE[locale];
}

/** Formats a count or score; null becomes the explicit gap text, never 0. */
export function formatNumber(value: number | null | undefined, digits?: number, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined || Number.isNaN(value)) return missingText(locale);
  const d = digits ?? (Number.isInteger(value) ? 0 : decimalsOf(value));
  return formatter(d, locale).format(value);
}

/**
 * Decimal places for every value of one chart (labels, summary, table alike): 2 when any value has
 * decimals (PAR INDEX and SIPAS are published to 2), else 0, so one chart never prints 81,7 beside 81,87.
 */
export function sharedDigits(values: readonly (number | null | undefined)[]): number {
  return values.some((v) => typeof v === "number" && !Number.isInteger(v)) ? 2 : 0;
}

/** One formatter for every value of a chart: percentages as 84,11%, other values with shared decimals. */
export function valueFormatter(unit: "number" | "percent" | undefined, values: readonly (number | null | undefined)[], locale: Locale = DEFAULT_LOCALE): (value: number | null | undefined) => string {
  if (unit === "percent") return (value) => formatPercent(value, undefined, locale);
  const digits = sharedDigits(values);
  return (value) => formatNumber(value, digits, locale);
}

/** Formats a percentage value already on the 0-100 scale: 84.11 -> "84,11%" (vi), "84.11%" (en). */
export function formatPercent(value: number | null | undefined, digits = 2, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined || Number.isNaN(value)) return missingText(locale);
  return `${formatter(digits, locale).format(value)}%`;
}

/**
 * English month abbreviations, fixed here rather than taken from Intl: ICU's en-GB changed "Sep" to "Sept"
 * (ICU 72), and a page must not change with the Node version that builds it.
 */
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

interface DateWords {
  /** A day: Vietnamese d/m/yyyy (the usual short form), English "31 Dec 2023". */
  date(day: number, month: number, year: string): string;
  /** The whole calendar year. */
  year(year: string): string;
  /** 1 January to 30 June, the half-year reports' period. */
  firstHalf(year: string): string;
  /** A stock counted on a day, with no start ("tính đến 31/12/2023"). */
  asOf(date: string): string;
  range(start: string, end: string): string;
}

const DATE_WORDS: Record<Locale, DateWords> = {
  vi: {
    date: (day, month, year) => `${day}/${month}/${year}`,
    year: (year) => `năm ${year}`,
    firstHalf: (year) => `6 tháng đầu năm ${year}`,
    asOf: (date) => `tính đến ${date}`,
    range: (start, end) => `${start} – ${end}`,
  },
  en: {
    date: (day, month, year) => `${day} ${EN_MONTHS[month - 1] ?? month} ${year}`,
    year: (year) => year,
    firstHalf: (year) => `first half of ${year}`,
    asOf: (date) => `as of ${date}`,
    range: (start, end) => `${start} – ${end}`,
  },
};

/** Formats an ISO date (YYYY-MM-DD): 2023-12-31 is "31/12/2023" (vi), "31 Dec 2023" (en). */
export function formatDate(iso: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (!iso) return missingText(locale);
  const [y, m, d] = iso.split("-");
  return DATE_WORDS[locale].date(Number(d), Number(m), y as string);
}

/** Formats a period; whole calendar years and halves get their common names ("năm 2023" / "2023"). */
export function formatPeriod(start: string | null, end: string, locale: Locale = DEFAULT_LOCALE): string {
  const words = DATE_WORDS[locale];
  if (start && start.endsWith("-01-01")) {
    const year = start.slice(0, 4);
    if (end === `${year}-12-31`) return words.year(year);
    if (end === `${year}-06-30`) return words.firstHalf(year);
  }
  if (!start) return words.asOf(formatDate(end, locale));
  return words.range(formatDate(start, locale), formatDate(end, locale));
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 4);
}

/** The Vietnamese gap text, for callers that predate missingText(locale). */
export { MISSING as MISSING_TEXT };
