/**
 * The site hosted under a sub-path: builds with CCHC_BASE=/cchc/ into dist-base/, serves it at /cchc/ and
 * checks that search results, links, assets, downloads and the Pagefind bundle all resolve under the base.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newPage, startSite, type Site } from "./harness";
import { QUERY_CASES } from "./queries";
import { HEADER_INPUT, headerSearch, searchPage } from "./searchUi";

const BASE = "/cchc/";
const DIST = "dist-base";

let site: Site;
let browser: Browser;
let page: Page;
const failed: string[] = [];

beforeAll(() => {
  // Vitest exports Vite's BASE_URL, MODE, DEV, PROD and SSR, and NODE_ENV=test; Astro would take the inherited
  // BASE_URL over CCHC_BASE, so the build gets the environment a shell would give it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"].includes(k) && !k.startsWith("VITEST")),
  );
  const build = spawnSync("node_modules/.bin/tsx", ["scripts/build.ts"], {
    env: { ...env, CCHC_BASE: BASE, CCHC_DIST: DIST },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build with CCHC_BASE=${BASE} failed:\n${build.stdout}\n${build.stderr}`);
});

beforeAll(async () => {
  site = await startSite({ dist: DIST, base: BASE });
  browser = await launchBrowser();
  page = await newPage(browser);
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`search under ${BASE}`, () => {
  it.each(QUERY_CASES)("'$query' -> $first", async ({ query, first }) => {
    const [top] = await searchPage(page, site, query, 1);
    expect(top?.href).toBe(`/cchc${first}`);
  });

  it("the header box opens the first result under the base", async () => {
    await page.goto(site.url("/"));
    const [top] = await headerSearch(page, "vinh chau");
    expect(top?.href).toBe("/cchc/huyen/soc-trang/vinh-chau/");
    await page.locator(HEADER_INPUT).press("Enter");
    await page.waitForURL(site.url("/huyen/soc-trang/vinh-chau/"));
  });
});

describe(`links and assets under ${BASE}`, () => {
  const PAGES = ["/", "/tinh/", "/tinh/soc-trang/", "/huyen/soc-trang/vinh-chau/", "/du-lieu/", "/du-lieu/units/", "/nguon/", "/phuong-phap/", "/tim-kiem/?q=soc%20trang"];

  it.each(PAGES)("every link and asset on %s stays under the base and resolves", async (path) => {
    await page.goto(site.url(path));
    await page.waitForLoadState("networkidle");
    const origin = new URL(site.url()).origin;
    const urls = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll("a[href], link[href]")].map((e) => (e as HTMLAnchorElement).href),
        ...[...document.querySelectorAll("script[src], img[src]")].map((e) => (e as HTMLScriptElement).src),
      ].filter(Boolean),
    );
    const local = [...new Set(urls.map((u) => new URL(u)).filter((u) => u.origin === origin).map((u) => u.pathname))];
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((p) => !p.startsWith(BASE))).toEqual([]);
    const broken: string[] = [];
    for (const p of local) {
      const response = await page.request.get(origin + p);
      if (response.status() !== 200) broken.push(`${response.status()} ${p}`);
    }
    expect(broken).toEqual([]);
  });

  it("downloads are under the base and serve data", async () => {
    await page.goto(site.url("/du-lieu/"));
    const downloads = await page.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(downloads.length).toBeGreaterThan(0);
    for (const url of downloads) {
      expect(new URL(url).pathname.startsWith(BASE)).toBe(true);
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect((await response.body()).length, url).toBeGreaterThan(0);
    }
  });

  it("the report checker starts its worker and fetches its unit list under the base", async () => {
    await page.goto(site.url("/kiem-tra-bao-cao/"));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.locator("#kt-van-ban").fill("Năm 2024, huyện Hòa Lạc đã tiếp nhận 120 hồ sơ.");
    await page.getByRole("button", { name: "Đọc số liệu" }).click();
    await expect.poll(() => page.locator("#kt-trang-thai p").textContent()).toMatch(/^Đã đọc 1 dòng/);
    expect(requests.filter((p) => /don-vi\.json$|worker[^/]*\.js$/.test(p)).map((p) => p.startsWith(BASE))).toEqual([true, true]);
  });

  it("no request failed while browsing under the base", () => {
    expect(failed).toEqual([]);
  });
});
