/**
 * The ready-to-paste citation of a page or chart ("Trích dẫn" / "Cite"): who publishes it, what it is, where the
 * figures come from (report and line), its address, the date it was read and the data version it shows, in the
 * language of the page it is on (issuers and report titles stay as the reports give them).
 */
import type { Source } from "../schemas/sources";
import { displayIssuer, reportFacts, titleText } from "./sourceDisplay";
import { ACCESS_PLACEHOLDER } from "./completeAddress";
import { t } from "../i18n/t";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";

export { ACCESS_PLACEHOLDER };
/** Who publishes the site, first in every citation. */
export const SITE_PUBLISHER = "CCHC Mở";
/** How many sources a citation names before "và N nguồn khác". */
const MAX_SOURCES = 4;

export interface CitedSource {
  source: Source;
  /** Report lines the cited figures stand on (empty for web pages). */
  lines: readonly number[];
}

export interface CitationInput {
  /** Title of the page cited. */
  title: string;
  /** The figure cited on it, e.g. `biểu đồ "…"`; absent when the whole page is cited. */
  figure?: string;
  /** Who first published the figures (Bộ Nội vụ) when the sources only report them. */
  publisher?: string;
  sources: readonly CitedSource[];
  /** Public address (absolute, or root-relative until the browser completes it). */
  url: string;
  /** Data version (see loaders/dataFiles.ts). */
  version: string;
  /** Date read, d/m/yyyy; the placeholder when not known yet. */
  accessed?: string;
  /** The language of the page the citation is on (Vietnamese when absent). */
  locale?: Locale;
}

/** Lines as short ranges: [375, 376, 377, 380] -> "375–377, 380"; after 6 ranges, "và N dòng khác". */
export function formatLines(lines: readonly number[], locale: Locale = DEFAULT_LOCALE): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const line of sorted) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  const shown = ranges.slice(0, 6).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const rest = ranges.slice(6).reduce((n, [a, b]) => n + b - a + 1, 0);
  // Line numbers are the report's own, never grouped (line 1204, not 1,204).
  const list = `${shown.join(", ")}${rest > 0 ? ` ${t(locale, "citation.moreLines", { count: String(rest) })}` : ""}`;
  return t(locale, sorted.length > 1 ? "citation.lines" : "citation.line", { lines: list });
}

/** A source as a citation names it: a report by issuer, title, number, date and status; a page by outlet and title. */
export function citedSourceText({ source, lines }: CitedSource, locale: Locale = DEFAULT_LOCALE): string {
  if (source.kind === "legal") return source.title;
  // An English citation quotes a web page's title exactly as recorded (the reader's tools can match it to the page).
  if (source.kind === "web") return `${displayIssuer(source.issuer, locale)}, “${locale === DEFAULT_LOCALE ? titleText(source, locale) : source.title}”`;
  const facts = reportFacts(source, locale);
  const parts = [`${source.issuer}, ${source.title}`];
  if (source.doc_number) parts.push(t(locale, "citation.docNumber", { number: source.doc_number }));
  if (source.issued_date) parts.push(t(locale, "citation.dated", { date: facts.date }));
  parts.push(t(locale, facts.status === "draft" ? "citation.draft" : facts.status === "signed" ? "citation.signed" : "citation.undated"));
  if (lines.length > 0) parts.push(formatLines(lines, locale));
  return parts.join(", ");
}

/** The citation as one paragraph of plain text. */
export function formatCitation(c: CitationInput): string {
  const locale = c.locale ?? DEFAULT_LOCALE;
  const shown = c.sources.slice(0, MAX_SOURCES).map((s) => citedSourceText(s, locale));
  const more = c.sources.length - shown.length;
  const list = `${shown.join("; ")}${more > 0 ? `; ${t(locale, "citation.moreSources", { count: more })}` : ""}`;
  const sources = shown.length > 0 ? ` ${c.publisher ? t(locale, "citation.publishedBy", { publisher: c.publisher, sources: list }) : t(locale, "citation.sources", { sources: list })}.` : "";
  const accessed = c.accessed ?? t(locale, "citation.accessPlaceholder");
  return `${SITE_PUBLISHER}, “${c.title}”${c.figure ? `, ${c.figure}` : ""}.${sources} ${t(locale, "citation.tail", { url: c.url, accessed, version: c.version })}`;
}
