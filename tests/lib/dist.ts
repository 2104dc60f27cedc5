/** Reading the built site in build tests: a page's HTML by path, and the text a reader sees in an HTML fragment. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export const DIST = process.env.CCHC_DIST ?? "dist";

/** The built HTML of a page ("huyen/soc-trang/vinh-chau"; "" for home); fails the test when it was not built. */
export function page(path: string): string {
  const file = join(DIST, path, "index.html");
  expect(existsSync(file), `${file} exists`).toBe(true);
  return readFileSync(file, "utf8");
}

/** Text of an HTML fragment with styles and tags removed and whitespace folded. */
export function text(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
}
