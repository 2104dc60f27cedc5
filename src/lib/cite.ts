/** Links from a figure to its source and locator. */
import { href } from "./url";

export interface Locator {
  source_id: string;
  line: number | null;
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
