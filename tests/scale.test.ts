/**
 * The memory guard of issue 11: a 2,000-place slice of a country-shaped synthetic data set (generated into a
 * temporary folder) must build with the Astro process capped at a 256 MB heap (its live heap peaks near 135 MB;
 * the country, 7.5 times the rows, builds under the default 1.25 GB cap). A change that holds rows in several
 * copies, a whole download as one string or every check of the country (the code before 2026-12-05 needed more
 * than 256 MB here) fails here. Sizes, not times.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInto } from "./lib/build";
import { writeSyntheticData, type SyntheticSummary } from "../scripts/lib/synthetic";
import { placePath } from "../src/metrics/places";

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
  it("builds under a 256 MB heap, with a page per place and province pages that do not grow with the country", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "cchc-scale-")), "data");
    const summary: SyntheticSummary = writeSyntheticData(data, { places: 2000 });
    expect(summary.places).toBeGreaterThanOrEqual(2000);
    const build = await buildInto({ dataDir: data, heapMb: 256 });
    expect(build.status, build.stderr.slice(-3000)).toBe(0);
    expect(countHtml(build.dist)).toBeGreaterThan(summary.places);
    const province = readFileSync(join(build.dist, placePath(summary.samples.province), "index.html"));
    expect(province.length).toBeLessThan(400 * 1024);
  }, 1_200_000);
});
