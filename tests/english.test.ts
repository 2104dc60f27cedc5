/**
 * The English pages speak English: no Vietnamese letter in what a reader meets on them (text, tooltips, labels,
 * descriptions), except the names that stay Vietnamese in every language (places, issuers, report titles and
 * sections, as data/ gives them, and the site's own name) and what is marked lang="vi" (a quoted term, a chart
 * not yet built in English, the switch to "Tiếng Việt").
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { vietnameseLetters } from "../src/i18n/letters";
import { SITE_NAME } from "../src/i18n/locale";
import { DIST } from "./lib/dist";
import { readerText } from "./lib/readerText";

/** Columns of data/ that hold names, kept as they are in English: places, issuers, titles, report sections. */
const NAME_COLUMNS = ["name", "aliases", "issuer", "title", "section"];

function names(): string[] {
  const found = new Set<string>([SITE_NAME]);
  for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join("data", file), "utf8"), { header: true, skipEmptyLines: true });
    for (const row of data) for (const column of NAME_COLUMNS) for (const value of (row[column] ?? "").split(";")) if (value.trim()) found.add(value.trim());
  }
  // Longest first, so "Thị xã Vĩnh Châu" goes before "Vĩnh Châu".
  return [...found].sort((a, b) => b.length - a.length);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}

describe("readerText", () => {
  it("skips scripts, templates and elements marked lang=\"vi\", and reads titles and labels", () => {
    const html = `<p title="Source">One <span lang="vi">hồ sơ</span> two</p><div lang="vi"><div>Tải CSV</div><p>x</p></div><script>"Trích"</script><a aria-label="Cite">three</a>`;
    expect(readerText(html, "vi")).toEqual(["Source", "One", "two", "Cite", "three"]);
  });
});

describe("English pages", () => {
  const pages = htmlFiles(join(DIST, "en"));
  const allowed = names();

  it("were built", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages.map((p) => [p.slice(DIST.length)]))("%s has no Vietnamese outside names and lang=\"vi\" parts", (path) => {
    const html = readFileSync(join(DIST, path), "utf8");
    expect(html).toMatch(/<html lang="en">/);
    const vietnamese = readerText(html, "vi")
      .map((piece) => allowed.reduce((rest, name) => (rest.includes(name) ? rest.split(name).join(" ") : rest), piece))
      .filter((rest) => vietnameseLetters(rest).length > 0);
    expect(vietnamese).toEqual([]);
  });
});

/** The figures a page prints through <Fig> (story <Num>s), in order: "7,836", "0.10%". */
function figures(html: string): string[] {
  // A cited figure is its link (<a class="fig">), an uncited one a <span class="fig"> (Fig.astro).
  return [...html.matchAll(/<(?:a|span) class="fig"[^>]*>([^<]*)</g)].map((m) => m[1] ?? "");
}

describe("the English story", () => {
  const en = readFileSync(join(DIST, "en/stories/bon-huyen-ho-so-dung-han/index.html"), "utf8");
  const vi = readFileSync(join(DIST, "bai-viet/bon-huyen-ho-so-dung-han/index.html"), "utf8");

  it("prints the Vietnamese story's figures, in the same order, the English way (7.836 -> 7,836; 0,10% -> 0.10%)", () => {
    const english = figures(en);
    expect(english.length).toBeGreaterThan(15);
    expect(english).toEqual(figures(vi).map((f) => f.replace(/[.,]/g, (c) => (c === "." ? "," : "."))));
    expect(english.some((f) => /^\d{1,3}(,\d{3})+$/.test(f))).toBe(true);
  });
});
