/**
 * The memory guard of issue 11: a 2,000-place slice of a country-shaped synthetic data set (generated into a
 * temporary folder) must build with the Astro process capped at a 256 MB heap (its live heap peaks near 135 MB;
 * the country, 7.5 times the rows, builds under the default 1.25 GB cap). A change that holds rows in several
 * copies, a whole download as one string or every check of the country (the code before 2026-12-05 needed more
 * than 256 MB here) fails here. Sizes, not times.
 * The same build checks search where only country-shaped data can: an abolished commune found through its successor.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInto } from "./lib/build";
import { writeSyntheticData, type SyntheticSummary } from "../scripts/lib/synthetic";
import { displayName, placePath } from "../src/metrics/places";
import { launchBrowser, newPage, startSite } from "./browser/harness";
import { searchPage } from "./browser/searchUi";

function countHtml(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countHtml(path);
    else if (name.endsWith(".html")) n++;
  }
  return n;
}

describe("a 2,000-place slice of the country", () => {
  it("builds under a 256 MB heap, with a page per place, province pages that do not grow with the country, and old communes found through their successors", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "cchc-scale-")), "data");
    const summary: SyntheticSummary = writeSyntheticData(data, { places: 2000 });
    expect(summary.places).toBeGreaterThanOrEqual(2000);
    const build = await buildInto({ dataDir: data, heapMb: 256 });
    expect(build.status, build.stderr.slice(-3000)).toBe(0);
    expect(countHtml(build.dist)).toBeGreaterThan(summary.places);
    const province = readFileSync(join(build.dist, placePath(summary.samples.province), "index.html"));
    expect(province.length).toBeLessThan(400 * 1024);

    // An abolished commune has no index entry of its own; its successor's page links it, and its name on the search
    // page leads to its own page in one click (indexedOnItsOwn in src/metrics/search.ts).
    const { oldCommune, newCommune } = summary.samples;
    expect(newCommune).not.toBeNull();
    const oldHtml = readFileSync(join(build.dist, placePath(oldCommune), "index.html"), "utf8");
    expect(oldHtml).not.toContain("data-pagefind-body");
    const newHtml = readFileSync(join(build.dist, placePath(newCommune!), "index.html"), "utf8");
    expect(newHtml).toContain(`href="${placePath(oldCommune)}">${displayName(oldCommune, "vi")}</a>`);
    const site = await startSite({ dist: build.dist });
    const browser = await launchBrowser();
    try {
      const page = await newPage(browser);
      const results = await searchPage(page, site, oldCommune.name, 10);
      expect(results.map((r) => r.href)).not.toContain(placePath(oldCommune));
      const notice = page.locator("#dung-ten");
      await notice.locator(`a[href="${placePath(oldCommune)}"]`).waitFor({ timeout: 15_000 });
      expect(await notice.locator(`a[href="${placePath(newCommune!)}"]`).count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 1_200_000);
});
