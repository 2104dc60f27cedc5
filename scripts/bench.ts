/**
 * `npm run bench`: builds the real site, then sites from country-shaped synthetic data (written to a temporary
 * folder, never into data/), and prints for each build: places, fact rows, build time, peak memory of the whole
 * build (every process it starts, sampled from /proc), HTML pages, files, dist/ and Pagefind index size, and the
 * gzipped first-visit weight per page type.
 * Usage: npm run bench [-- --scales 300,3000] [--country] [--json FILE] [--write docs/performance.md] [--keep]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { loadAll } from "../src/loaders/datasets";
import { placePath } from "../src/metrics/places";
import { writeSyntheticData } from "./lib/synthetic";
import { FACT_DATASETS } from "../src/schemas/index";
import { distStats } from "./lib/distStats";
import { samplePeak } from "./lib/treeMemory";
import { firstVisitWeight, type PageWeight } from "./lib/weight";
import { searchPayload } from "./lib/searchPayload";
import { CHROMIUM_PATH } from "../tests/browser/harness";
import { foldQuery } from "../src/lib/slug";

const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const scales: (number | "country")[] = [
  ...(value("--scales")?.split(",").map(Number).filter((n) => n > 0) ?? (args.includes("--country") ? [] : [300, 3000])),
  ...(args.includes("--country") ? ["country" as const] : []),
];
const jsonTo = value("--json");
const writeTo = value("--write");
const work = mkdtempSync(join(tmpdir(), "cchc-bench-"));

interface Build {
  label: string;
  places: number;
  factRows: number;
  seconds: number;
  peakMb: number;
  pages: number;
  files: number;
  distMb: number;
  pagefindMb: number;
  /** Pagefind's first-query payload in KB (engine, WebAssembly, index, fragments), typed on the province sample. */
  searchKb: number | null;
  weights: Record<string, PageWeight>;
}

/** Runs `npm run build` on a data folder, sampling the memory of its process tree; returns time and peak. */
async function build(dataDir: string, dist: string): Promise<{ seconds: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    env: { ...process.env, CCHC_DATA_DIR: dataDir, CCHC_DIST: dist }, stdio: ["ignore", "ignore", "pipe"],
  });
  const sampler = samplePeak(child.pid as number);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-3000)));
  const [code] = (await once(child, "exit")) as [number | null];
  const peakMb = sampler.stop();
  if (code !== 0) throw new Error(`build of ${dataDir} failed (exit ${code}):\n${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb };
}

async function measure(label: string, dataDir: string, counts: { places: number; factRows: number }, samples: Record<string, string>, search: { page: string; query: string }): Promise<Build> {
  const dist = join(work, `dist-${label}`);
  const { seconds, peakMb } = await build(dataDir, dist);
  const stats = distStats(dist);
  const weights: Record<string, PageWeight> = {};
  for (const [type, page] of Object.entries(samples)) {
    const weight = firstVisitWeight(dist, page);
    if (weight) weights[type] = weight;
  }
  // Without Chromium (a machine without the browser tests' set-up) the search payload is left out, not guessed.
  const payload = existsSync(CHROMIUM_PATH) ? await searchPayload(dist, search.page, search.query) : null;
  const result = { label, ...counts, seconds, peakMb, pages: stats.pages, files: stats.files, distMb: stats.bytes / 1e6, pagefindMb: distStats(join(dist, "pagefind")).bytes / 1e6, searchKb: payload ? payload.engine / 1024 : null, weights };
  if (!args.includes("--keep")) rmSync(dist, { recursive: true, force: true });
  console.log(`built ${label}: ${result.places} places, ${result.factRows} fact rows, ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB, ${stats.pages} pages, ${stats.files} files`);
  return result;
}

const path = (unit: Parameters<typeof placePath>[0] | null) => (unit ? placePath(unit).replace(/^\/|\/$/g, "") : "");
const builds: Build[] = [];
const real = join(work, "real-data");
cpSync("data", real, { recursive: true });
const realTables = loadAll(real).tables;
builds.push(await measure("thật", real, { places: realTables.units.length, factRows: FACT_DATASETS.reduce((s, n) => s + realTables[n].length, 0) }, {
  "trang chủ": "", "tỉnh": "tinh/soc-trang", "huyện": "huyen/soc-trang/vinh-chau", "xã cũ": "xa/binh-dinh/tay-son/tay-xuan",
  "xếp hạng": "xep-hang/par-index/2023", "so sánh": "so-sanh", "nguồn": "nguon/bc-vinh-chau-2023", "dữ liệu": "du-lieu/dossiers",
}, { page: "/tinh/soc-trang/", query: "vinh chau" }));
for (const places of scales) {
  const label = places === "country" ? "cả nước" : String(places);
  const dir = join(work, `synthetic-${places}`);
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const summary = writeSyntheticData(dir, { places });
  console.log(`generated ${label}: ${summary.places} places, ${summary.factRows} fact rows, ${(summary.bytes / 1e6).toFixed(1)} MB of CSV in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { province, district, oldCommune, newCommune } = summary.samples;
  builds.push(await measure(label, dir, { places: summary.places, factRows: summary.factRows }, {
    "trang chủ": "", "tỉnh": path(province), "huyện": path(district), "xã cũ": path(oldCommune), "xã mới": path(newCommune),
    "xếp hạng": "xep-hang/par-index/2024", "so sánh": "so-sanh", "dữ liệu": "du-lieu/dossiers",
  }, { page: placePath(province), query: foldQuery(district.name) }));
  if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}

if (jsonTo) {
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const json = builds.map(({ weights: _, ...b }) => ({ ...b, seconds: round(b.seconds, 2), peakMb: round(b.peakMb, 1), distMb: round(b.distMb, 2), pagefindMb: round(b.pagefindMb, 2), searchKb: b.searchKb === null ? null : round(b.searchKb, 1) }));
  writeFileSync(jsonTo, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${jsonTo}`);
}
const kb = (b: number | undefined) => (b === undefined ? "–" : (b / 1024).toFixed(1));
// Page types in reading order, those sampled in at least one build.
const types = ["trang chủ", "tỉnh", "huyện", "xã cũ", "xã mới", "xếp hạng", "so sánh", "nguồn", "dữ liệu"].filter((t) => builds.some((r) => r.weights[t]));
const labels = builds.map((r) => r.label).join(" | ");
const table = [
  "| data | places | fact rows | build (s) | peak memory, all processes (MB) | HTML pages | files | pages/s | dist (MB) | Pagefind index (MB) | first query (KB) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...builds.map((r) => `| ${r.label} | ${r.places} | ${r.factRows} | ${r.seconds.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.pages} | ${r.files} | ${(r.pages / r.seconds).toFixed(0)} | ${r.distMb.toFixed(1)} | ${r.pagefindMb.toFixed(1)} | ${r.searchKb?.toFixed(1) ?? "–"} |`),
  "",
  `| first visit, gzipped KB, total (HTML + CSS + JS, without search index) | ${labels} |`,
  `| --- | ${builds.map(() => "---:").join(" | ")} |`,
  ...types.map((t) => `| ${t} | ${builds.map((r) => kb(r.weights[t]?.total)).join(" | ")} |`),
  "",
  `| first visit, gzipped KB, HTML / CSS / JS | ${labels} |`,
  `| --- | ${builds.map(() => "---:").join(" | ")} |`,
  ...types.map((t) => `| ${t} | ${builds.map((r) => { const w = r.weights[t]; return w ? `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}` : "–"; }).join(" | ")} |`),
].join("\n");

const synthetic = builds.slice(1);
// Growth exponent between consecutive scales: 1.00 = linear, above 1 = faster than linear.
const growth = synthetic.slice(1).map((r, i) => {
  const prev = synthetic[i] as Build;
  const exponent = Math.log(r.seconds / prev.seconds) / Math.log(r.places / prev.places);
  return `Build time grows as places^${exponent.toFixed(2)} from ${prev.places} to ${r.places} places (1.00 = linear).`;
}).join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\n${table}\n\n${growth}\nMachine: ${machine}`);
if (writeTo) {
  const date = new Date().toISOString().slice(0, 10);
  const previous = existsSync(writeTo) ? readFileSync(writeTo, "utf8") : "# Performance\n\nMeasured with `npm run bench` (a script, not a test: tests check sizes, never times).\n";
  const about = "Synthetic data: country-shaped (see \"The synthetic country\"), generated into a temporary folder. Peak memory is the sum over the build's processes, sampled every 250 ms.";
  writeFileSync(writeTo, `${previous.trimEnd()}\n\n## Run of ${date}\n\nMachine: ${machine}. ${about}\n\n${table}\n\n${growth}\n`);
  console.log(`appended to ${writeTo}`);
}
if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
