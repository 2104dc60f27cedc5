/**
 * The two editions hold together over the built site: every Vietnamese page or download of a kind built in both
 * editions (src/i18n/editions.ts) has its English counterpart built, and every English one its Vietnamese one.
 * Written over BILINGUAL_ROUTES, so each kind is checked as soon as it joins; links inside the English tree are
 * checked by tests/links.test.ts, its words by tests/english.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isBilingual } from "../src/i18n/editions";
import { otherLocale } from "../src/i18n/locale";
import { counterpart, matchRoute } from "../src/i18n/routes";
import { DIST } from "./lib/dist";
import { withEnglish, withEnglishFolders } from "./lib/editions";

/** Scripts, styles, fonts, the search bundle, host headers: the same files for both editions, not pages. */
const ASSETS = /^\/(?:_astro\/|pagefind\/|js\/|favicon\.svg$|_headers$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The site path a file is served at: dist/huyen/x/index.html is /huyen/x/. */
function sitePathOf(file: string): string {
  return `/${relative(DIST, file).split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/** The file a site path is served from. */
function fileOf(path: string): string {
  return join(DIST, path.endsWith("/") ? `${path}index.html` : path);
}

/**
 * A page that says it has no counterpart: a Vietnamese story without an English text is built with
 * translated={false}, so it carries no language switch (bai-viet/[slug].astro). No other kind may lack one.
 */
function untranslatedStory(path: string): boolean {
  return matchRoute(path)?.name === "story" && !readFileSync(fileOf(path), "utf8").includes('class="lang-switch"');
}

describe("both editions' trees", () => {
  const paths = files(DIST).map(sitePathOf).filter((p) => !ASSETS.test(p));
  const built = new Set(paths);
  /** Built pages and downloads of bilingual kinds, each with its counterpart's path. */
  const pairs = paths.flatMap((path) => {
    const match = matchRoute(path);
    if (!match || match.shared || !isBilingual(match.name)) return [];
    return [{ path, locale: match.locale, other: counterpart(path, otherLocale(match.locale)) }];
  });

  it("hold pages of bilingual kinds in both languages", () => {
    expect(pairs.filter((p) => p.locale === "vi").length).toBeGreaterThanOrEqual(5);
    expect(pairs.filter((p) => p.locale === "en").length).toBeGreaterThanOrEqual(5);
  });

  it("every Vietnamese page of a bilingual kind has its English page built", () => {
    const missing = pairs.filter((p) => p.locale === "vi" && !built.has(p.other) && !existsSync(fileOf(p.other)) && !untranslatedStory(p.path));
    expect(missing.map((p) => `${p.path} -> ${p.other}`).slice(0, 20)).toEqual([]);
  });

  it("every English page has its Vietnamese page built", () => {
    const missing = pairs.filter((p) => p.locale === "en" && !built.has(p.other) && !existsSync(fileOf(p.other)));
    expect(missing.map((p) => `${p.path} -> ${p.other}`).slice(0, 20)).toEqual([]);
  });
});

describe("withEnglish (the browser and budget tests' samples)", () => {
  it("adds the English page of each sample of a bilingual kind, keeping its query, and lets an explicit entry win", () => {
    const sample = { "methodology": "/phuong-phap/", "search": "/tim-kiem/?q=vinh%20chau", "district": "/huyen/soc-trang/vinh-chau/", "not found": "/khong-co/" };
    const english = withEnglish(sample, { "not found (English)": "/en/no-such-page/" });
    expect(english["methodology (English)"]).toBe("/en/methodology/");
    expect(english["search (English)"]).toBe("/en/search/?q=vinh%20chau");
    expect(english["district (English)"]).toBe(isBilingual("district") ? "/en/district/soc-trang/vinh-chau/" : undefined);
    expect(english["not found (English)"]).toBe("/en/no-such-page/");
    expect(withEnglish(sample, { "search (English)": "/en/search/?q=methodology" })["search (English)"]).toBe("/en/search/?q=methodology");
  });
  it("works on the budget test's folders", () => {
    expect(withEnglishFolders({ "methodology": "phuong-phap", "home": "" })).toEqual({ "methodology": "phuong-phap", "home": "", "methodology (English)": "en/methodology", ...(isBilingual("home") ? { "home (English)": "en" } : {}) });
  });
});
