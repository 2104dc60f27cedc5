/**
 * Every internal link, asset, download and #anchor of the built site resolves, at "/" and under a base path.
 * The build under the base also sets CCHC_SITE (one build for both), so it checks the absolute addresses too.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkLinks, htmlFiles } from "./lib/links";
import { buildInto } from "./lib/build";

describe("links in dist/", () => {
  it("all resolve", () => {
    const { pages, links, broken } = checkLinks(process.env.CCHC_DIST ?? "dist", "/");
    expect(pages).toBeGreaterThan(200);
    expect(links).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it("walks both editions' trees: the English pages under en/ are checked like the Vietnamese ones", () => {
    const english = htmlFiles(process.env.CCHC_DIST ?? "dist").filter((page) => page.startsWith("en/"));
    expect(english.length).toBeGreaterThanOrEqual(5);
  });
});

describe("links in a build under /cchc/ with CCHC_SITE=https://cchc-mo.test", () => {
  const SITE = "https://cchc-mo.test";
  let dist = "";

  it("all resolve and stay under the base", async () => {
    const build = await buildInto({ base: "/cchc/", site: SITE });
    dist = build.dist;
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const { pages, broken } = checkLinks(dist, "/cchc/");
    expect(pages).toBeGreaterThan(200);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it("canonical links, embed snippets and citations use the absolute address", () => {
    const html = readFileSync(join(dist, "huyen/soc-trang/vinh-chau/index.html"), "utf8");
    expect(html).toContain(`<link rel="canonical" href="${SITE}/cchc/huyen/soc-trang/vinh-chau/">`);
    expect(html).toContain(`&lt;iframe src=&quot;${SITE}/cchc/nhung/ho-so/soc-trang/vinh-chau/&quot;`);
    expect(html).toContain(`${SITE}/cchc/huyen/soc-trang/vinh-chau/#bd-ho-so-soc-trang-vinh-chau (truy cập ngày [ngày truy cập]`);
    // Nothing is left for the browser to complete but the date.
    expect(html).not.toMatch(/data-abs="[^"]/);
  });

  it("each edition's page is its own canonical, with absolute hreflang alternates (x-default: Vietnamese)", () => {
    const vi = readFileSync(join(dist, "phuong-phap/index.html"), "utf8");
    const en = readFileSync(join(dist, "en/methodology/index.html"), "utf8");
    expect(vi).toContain(`<link rel="canonical" href="${SITE}/cchc/phuong-phap/">`);
    expect(en).toContain(`<link rel="canonical" href="${SITE}/cchc/en/methodology/">`);
    for (const html of [vi, en]) {
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${SITE}/cchc/en/methodology/">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}/cchc/phuong-phap/">`);
    }
    expect(readFileSync(join(dist, "en/404.html"), "utf8")).toContain(`<link rel="canonical" href="${SITE}/cchc/en/404.html">`);
  });
});
