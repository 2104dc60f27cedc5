/** Links from a figure to its source and locator, and the short text that names them. */
import { href } from "./url";
import { formatPeriod } from "./format";
import { displayIssuer } from "./sourceDisplay";
import { t } from "../i18n/t";
import { linkTo } from "../i18n/editions";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import type { Source } from "../schemas/sources";

export interface Locator {
  source_id: string;
  line: number | null;
  /** The report section holding the figure, as the row gives it ("P1.I Chỉ số CCHC huyện"). */
  section?: string | null;
}

/** Anchor id of one report line on a source page. */
export function lineAnchor(line: number): string {
  return `dong-${line}`;
}

/**
 * URL of the source page, at the line when the locator has one: the reader's edition of it where that is built,
 * the Vietnamese one until then (src/i18n/editions.ts), the line's anchor the same in both.
 */
export function citeHref(loc: Locator, locale: Locale = DEFAULT_LOCALE): string {
  return href(`${linkTo("source", { source: loc.source_id }, locale).path}${loc.line ? `#${lineAnchor(loc.line)}` : ""}`);
}

/** Short locator text: "dòng 103" or "trang nguồn" ("line 103", "source page"). */
export function citeText(loc: Locator, locale: Locale = DEFAULT_LOCALE): string {
  // Line numbers are printed as the report's line, never grouped (line 1204, not 1,204).
  return loc.line ? t(locale, "cite.line", { line: String(loc.line) }) : t(locale, "cite.sourcePage");
}

type SourceNameFields = Pick<Source, "kind" | "issuer" | "title" | "period_start" | "period_end">;

/** The period a report is about, named the way its title does ("năm 2023", not "1/1/2023 – 15/12/2023"). */
function reportPeriod(start: string | null, end: string | null, locale: Locale): string | null {
  if (!end) return null;
  // Annual reports are often cut off in mid-December; they are still that year's report.
  if (start?.endsWith("-01-01") && start.slice(0, 4) === end.slice(0, 4) && end.slice(5) >= "12-01") return formatPeriod(`${end.slice(0, 4)}-01-01`, `${end.slice(0, 4)}-12-31`, locale);
  return formatPeriod(start, end, locale);
}

/**
 * Short name of a source for link tooltips: a report by its issuer and period ("Báo cáo CCHC năm 2021 của
 * UBND huyện Tây Sơn"; in English "administrative reform report of UBND huyện Tây Sơn, 2021", the issuer kept
 * as the report names itself), a web page by its outlet, a legal text by its title.
 */
export function sourceShortName(source: SourceNameFields, locale: Locale = DEFAULT_LOCALE): string {
  if (source.kind === "report") {
    const period = reportPeriod(source.period_start, source.period_end, locale);
    return period ? t(locale, "cite.report", { period, issuer: source.issuer }) : t(locale, "cite.reportUndated", { issuer: source.issuer });
  }
  return source.kind === "legal" ? source.title : displayIssuer(source.issuer, locale);
}

const nameCache = new Map<Locale, WeakMap<object, Map<string, string>>>();

/** source_id -> short name in a locale, built once per loaded sources table and locale. */
export function sourceNames(sources: readonly { row: SourceNameFields & { source_id: string } }[], locale: Locale = DEFAULT_LOCALE): Map<string, string> {
  let cache = nameCache.get(locale);
  if (!cache) nameCache.set(locale, (cache = new WeakMap()));
  let names = cache.get(sources);
  if (!names) {
    names = new Map(sources.map(({ row }) => [row.source_id, sourceShortName(row, locale)]));
    cache.set(sources, names);
  }
  return names;
}

/**
 * Tooltip of a figure's link: "Nguồn: Báo cáo CCHC năm 2021 của UBND huyện Tây Sơn, dòng 15, mục P1.I
 * Chỉ số CCHC huyện". Falls back to the source id when the name is not known.
 */
export function citeTitle(loc: Locator, names?: ReadonlyMap<string, string>, locale: Locale = DEFAULT_LOCALE): string {
  const parts = [names?.get(loc.source_id) ?? loc.source_id];
  if (loc.line) parts.push(citeText(loc, locale));
  if (loc.section) parts.push(t(locale, "cite.section", { section: loc.section }));
  return t(locale, "cite.source", { source: parts.join(", ") });
}
