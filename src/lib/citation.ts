/**
 * The ready-to-paste citation of a page or chart ("Trích dẫn"): who publishes it, what it is, where the figures
 * come from (report and line), its address, the date it was read and the data version it shows.
 */
import type { Source } from "../schemas/sources";
import { displayIssuer, reportFacts, titleText } from "./sourceDisplay";
import { ACCESS_PLACEHOLDER } from "./completeAddress";

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
}

/** Lines as short ranges: [375, 376, 377, 380] -> "375–377, 380"; after 6 ranges, "và N dòng khác". */
export function formatLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const line of sorted) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  const shown = ranges.slice(0, 6).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const rest = ranges.slice(6).reduce((n, [a, b]) => n + b - a + 1, 0);
  return `${sorted.length > 1 ? "các dòng" : "dòng"} ${shown.join(", ")}${rest > 0 ? ` và ${rest} dòng khác` : ""}`;
}

/** A source as a citation names it: a report by issuer, title, number, date and status; a page by outlet and title. */
export function citedSourceText({ source, lines }: CitedSource): string {
  if (source.kind === "legal") return source.title;
  if (source.kind === "web") return `${displayIssuer(source.issuer)}, “${titleText(source)}”`;
  const facts = reportFacts(source);
  const parts = [`${source.issuer}, ${source.title}`];
  if (source.doc_number) parts.push(`số ${source.doc_number}`);
  if (source.issued_date) parts.push(`ngày ${facts.date}`);
  parts.push(facts.status === "draft" ? "bản dự thảo chưa ký" : facts.status === "signed" ? "bản đã ký" : "bản không ghi số, ngày");
  if (lines.length > 0) parts.push(formatLines(lines));
  return parts.join(", ");
}

/** The citation as one paragraph of plain text. */
export function formatCitation(c: CitationInput): string {
  const shown = c.sources.slice(0, MAX_SOURCES).map(citedSourceText);
  const more = c.sources.length - shown.length;
  const from = c.publisher ? `Số liệu do ${c.publisher} công bố, theo: ` : "Nguồn số liệu: ";
  const sources = shown.length > 0 ? ` ${from}${shown.join("; ")}${more > 0 ? `; và ${more} nguồn khác` : ""}.` : "";
  return `${SITE_PUBLISHER}, “${c.title}”${c.figure ? `, ${c.figure}` : ""}.${sources} ${c.url} (truy cập ngày ${c.accessed ?? ACCESS_PLACEHOLDER}; phiên bản dữ liệu ${c.version}).`;
}
