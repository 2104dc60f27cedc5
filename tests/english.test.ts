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

/** Every cell of data/*.csv: a download may pass a cell through as data/ has it (a note, a title, a URL). */
function dataCells(): Set<string> {
  const cells = new Set<string>();
  for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
    const { data } = Papa.parse<string[]>(readFileSync(join("data", file), "utf8"), { skipEmptyLines: true });
    for (const row of data.slice(1)) for (const cell of row) if (cell) cells.add(cell);
  }
  return cells;
}

function names(): string[] {
  const found = new Set<string>([SITE_NAME]);
  for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join("data", file), "utf8"), { header: true, skipEmptyLines: true });
    for (const row of data) for (const column of NAME_COLUMNS) for (const value of (row[column] ?? "").split(";")) if (value.trim()) found.add(value.trim());
  }
  // Longest first, so "Thị xã Vĩnh Châu" goes before "Vĩnh Châu".
  return [...found].sort((a, b) => b.length - a.length);
}

/** Files under dir whose names end with `ending`. */
function filesEnding(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesEnding(join(dir, e.name), ending) : e.name.endsWith(ending) ? [join(dir, e.name)] : []));
}

function htmlFiles(dir: string): string[] {
  return filesEnding(dir, ".html");
}

/** What is left of a piece of text once the names (longest first) are taken out, if it still has Vietnamese letters. */
function leftover(pieces: string[], allowed: string[]): string[] {
  return pieces
    .map((piece) => allowed.reduce((rest, name) => (rest.includes(name) ? rest.split(name).join(" ") : rest), piece))
    .filter((rest) => vietnameseLetters(rest).length > 0);
}

describe("readerText", () => {
  it("skips scripts, templates and elements marked lang=\"vi\", and reads titles and labels", () => {
    const html = `<p title="Source">One <span lang="vi">hồ sơ</span> two</p><div lang="vi"><div>Tải CSV</div><p>x</p></div><script>"Trích"</script><a aria-label="Cite">three</a>`;
    expect(readerText(html, "vi")).toEqual(["Source", "One", "two", "Cite", "three"]);
  });
  it("reads what a chart and a form show: SVG text and titles, placeholders, descriptions, labels", () => {
    const html = `<svg aria-label="Chart"><title>Applications</title><text x="1">Cấp huyện</text><g lang="vi"><text>Hồ sơ</text></g></svg><input placeholder="Tìm" aria-description="Gõ tên"><pagefind-filter-dropdown label="Loại"></pagefind-filter-dropdown>`;
    expect(readerText(html, "vi")).toEqual(["Chart", "Applications", "Cấp huyện", "Gõ tên", "Tìm", "Loại"]);
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
    expect(leftover(readerText(html, "vi"), allowed)).toEqual([]);
  });

  // Downloads of the English edition: chart drawings (their text and titles) and CSVs (English headers; cells
  // hold figures, codes, names and what data/ holds, passed through as it is there: data/ is not translated).
  const svgs = filesEnding(join(DIST, "en"), ".svg");
  const csvs = filesEnding(join(DIST, "en"), ".csv");
  const passedThrough = dataCells();

  it.each(svgs.map((p) => [p.slice(DIST.length)]))("%s (chart drawing) has no Vietnamese outside names and lang=\"vi\" parts", (path) => {
    expect(leftover(readerText(readFileSync(join(DIST, path), "utf8"), "vi"), allowed)).toEqual([]);
  });

  it.each(csvs.map((p) => [p.slice(DIST.length)]))("%s (CSV) has English headers and no Vietnamese outside names", (path) => {
    const { data } = Papa.parse<string[]>(readFileSync(join(DIST, path), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    const [header = [], ...rows] = data;
    expect(vietnameseLetters(header.join(","))).toEqual([]);
    expect(leftover(rows.flat().filter((cell) => !passedThrough.has(cell)), allowed).slice(0, 20)).toEqual([]);
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
