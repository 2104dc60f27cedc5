/** Links from a figure to its source and locator, and the short text that names them. */
import { href } from "./url";
import { formatPeriod } from "./format";
import { displayIssuer } from "./sourceDisplay";
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

/** URL of the source page, at the line when the locator has one. */
export function citeHref(loc: Locator): string {
  return href(`/nguon/${loc.source_id}/${loc.line ? `#${lineAnchor(loc.line)}` : ""}`);
}

/** Short Vietnamese locator text: "dòng 103" or "trang nguồn". */
export function citeText(loc: Locator): string {
  return loc.line ? `dòng ${loc.line}` : "trang nguồn";
}

type SourceNameFields = Pick<Source, "kind" | "issuer" | "title" | "period_start" | "period_end">;

/** The period a report is about, named the way its title does ("năm 2023", not "1/1/2023 – 15/12/2023"). */
function reportPeriod(start: string | null, end: string | null): string | null {
  if (!end) return null;
  // Annual reports are often cut off in mid-December; they are still that year's report.
  if (start?.endsWith("-01-01") && start.slice(0, 4) === end.slice(0, 4) && end.slice(5) >= "12-01") return `năm ${end.slice(0, 4)}`;
  return formatPeriod(start, end);
}

/**
 * Short Vietnamese name of a source for link tooltips: a report by its issuer and period ("Báo cáo CCHC
 * năm 2021 của UBND huyện Tây Sơn"), a web page by its outlet, a legal text by its title.
 */
export function sourceShortName(source: SourceNameFields): string {
  if (source.kind === "report") {
    const period = reportPeriod(source.period_start, source.period_end);
    return `Báo cáo CCHC${period ? ` ${period}` : ""} của ${source.issuer}`;
  }
  return source.kind === "legal" ? source.title : displayIssuer(source.issuer);
}

const nameCache = new WeakMap<object, Map<string, string>>();

/** source_id -> short name, built once per loaded sources table. */
export function sourceNames(sources: readonly { row: SourceNameFields & { source_id: string } }[]): Map<string, string> {
  let names = nameCache.get(sources);
  if (!names) {
    names = new Map(sources.map(({ row }) => [row.source_id, sourceShortName(row)]));
    nameCache.set(sources, names);
  }
  return names;
}

/**
 * Tooltip of a figure's link: "Nguồn: Báo cáo CCHC năm 2021 của UBND huyện Tây Sơn, dòng 15, mục P1.I
 * Chỉ số CCHC huyện". Falls back to the source id when the name is not known.
 */
export function citeTitle(loc: Locator, names?: ReadonlyMap<string, string>): string {
  const parts = [names?.get(loc.source_id) ?? loc.source_id];
  if (loc.line) parts.push(`dòng ${loc.line}`);
  if (loc.section) parts.push(`mục ${loc.section}`);
  return `Nguồn: ${parts.join(", ")}`;
}
