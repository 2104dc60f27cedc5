/**
 * Every file the build writes, other than static assets, is a route of src/i18n/routes.ts and has an address in
 * the other edition that maps back to it, so the hreflang alternates and the language switch can never be guessed;
 * and those alternates and switches only ever point at pages that were built (src/i18n/editions.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { counterpart, matchRoute } from "../src/i18n/routes";
import { BILINGUAL_ROUTES } from "../src/i18n/editions";
import { otherLocale } from "../src/i18n/locale";
import { DIST } from "./lib/dist";

/** Scripts, styles, fonts, the search bundle, host headers: the same files for both editions, not pages. */
const ASSETS = /^\/(?:_astro\/|pagefind\/|js\/|favicon\.svg$|_headers$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The site path a file is served at: dist/huyen/x/index.html is /huyen/x/. */
function sitePathOf(file: string): string {
  return `/${relative(DIST, file).split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

describe("the route table covers the built site", () => {
  const paths = files(DIST).map(sitePathOf).filter((p) => !ASSETS.test(p));

  it("has a route for every page and download", () => {
    expect(paths.length).toBeGreaterThan(900);
    expect(paths.filter((p) => !matchRoute(p)).slice(0, 20)).toEqual([]);
  });

  it("maps every path to the other edition and back to itself", () => {
    const broken = paths.filter((p) => {
      const locale = matchRoute(p)?.locale;
      return locale && counterpart(counterpart(p, otherLocale(locale)), locale) !== p;
    });
    expect(broken.slice(0, 20)).toEqual([]);
  });
});

/** The file a site path is served from: /en/search/ is dist/en/search/index.html. */
function fileOf(path: string): string {
  return join(DIST, path.endsWith("/") ? `${path}index.html` : path);
}

describe("the editions registry (src/i18n/editions.ts) matches what was built", () => {
  const pages = files(DIST).map(sitePathOf).filter((p) => /(\/|\.html)$/.test(p) && !ASSETS.test(p));
  /** Each page's hreflang alternates and language switch, read from its HTML. */
  const links = new Map(pages.map((p) => {
    const html = readFileSync(fileOf(p), "utf8");
    const alternates: Record<string, string> = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    const switchTo = /<a class="lang-switch" href="([^"]+)"/.exec(html)?.[1];
    return [p, { alternates, switchTo }];
  }));

  it("builds a page (or download) in both editions for every kind it lists", () => {
    const everyFile = files(DIST).map(sitePathOf).filter((p) => !ASSETS.test(p)).map(matchRoute);
    for (const name of BILINGUAL_ROUTES) {
      const built = everyFile.filter((m) => m?.name === name);
      expect(new Set(built.map((m) => m?.locale)), name).toEqual(new Set(["vi", "en"]));
    }
  });

  it("gives alternates and a switch only to pages of those kinds, each resolving to a built file", () => {
    const wrong: string[] = [];
    for (const [page, { alternates, switchTo }] of links) {
      const name = matchRoute(page)?.name;
      const targets = [...Object.values(alternates), ...(switchTo ? [switchTo] : [])];
      if (targets.length > 0 && !(name && BILINGUAL_ROUTES.has(name))) wrong.push(`${page}: ${name} is not bilingual`);
      for (const target of targets) if (!existsSync(fileOf(target))) wrong.push(`${page} -> ${target}: not built`);
    }
    expect(wrong).toEqual([]);
  });

  it("pairs the two editions both ways: each page's alternates name it, and its switch goes to its counterpart", () => {
    const wrong: string[] = [];
    for (const [page, { alternates, switchTo }] of links) {
      if (!switchTo) continue;
      const locale = matchRoute(page)?.locale ?? "vi";
      if (alternates[locale] !== page) wrong.push(`${page}: its own alternate is ${alternates[locale]}`);
      if (alternates["x-default"] !== alternates["vi"]) wrong.push(`${page}: x-default is not the Vietnamese page`);
      if (switchTo !== counterpart(page, otherLocale(locale))) wrong.push(`${page}: switch to ${switchTo}`);
      if (links.get(switchTo)?.switchTo !== page) wrong.push(`${switchTo} does not switch back to ${page}`);
    }
    expect(wrong).toEqual([]);
    expect([...links.values()].filter((l) => l.switchTo).length).toBeGreaterThanOrEqual(10);
  });

  it("every English page is of a bilingual kind", () => {
    const english = pages.filter((p) => matchRoute(p)?.locale === "en");
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((p) => !BILINGUAL_ROUTES.has(matchRoute(p)?.name ?? "home"))).toEqual([]);
  });
});
