/**
 * Every file the build writes, other than static assets, is a route of src/i18n/routes.ts and has an English
 * address that maps back to it, so the hreflang alternates and the language switch can never be guessed.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { counterpart, matchRoute } from "../src/i18n/routes";
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

  it("maps every Vietnamese path to an English one and back to itself", () => {
    const broken = paths.filter((p) => matchRoute(p) && counterpart(counterpart(p, "en"), "vi") !== p);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
