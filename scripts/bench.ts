/**
 * `npm run bench`: builds the real site, then sites generated from synthetic data at growing scale
 * (written to a temporary folder, never into data/), and prints build time, peak memory, pages per second,
 * dist/ size, Pagefind index size and the gzipped first-visit weight per page type.
 * Usage: npm run bench [-- --scales 100,1000,10000] [--write docs/performance.md]
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticData } from "./lib/synthetic";
import { firstVisitWeight, type PageWeight } from "./lib/weight";

const args = process.argv.slice(2);
const scaleArg = args[args.indexOf("--scales") + 1];
const scales = args.includes("--scales") && scaleArg ? scaleArg.split(",").map(Number) : [100, 1000, 10000];
const writeTo = args.includes("--write") ? args[args.indexOf("--write") + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), "cchc-bench-"));

interface Row { label: string; places: number; seconds: number; peakMb: number | null; pages: number; distMb: number; pagefindMb: number; weights: Record<string, PageWeight> }

function dirSize(dir: string): { bytes: number; html: number } {
  let bytes = 0, html = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      html += sub.html;
    } else {
      bytes += s.size;
      if (name.endsWith(".html")) html++;
    }
  }
  return { bytes, html };
}

function measure(label: string, places: number, dataDir: string, samples: Record<string, string>): Row {
  const dist = join(work, `dist-${label}`);
  const started = process.hrtime.bigint();
  const hasTime = existsSync("/usr/bin/time");
  const command = hasTime ? "/usr/bin/time" : process.execPath;
  const commandArgs = [...(hasTime ? ["-f", "MAXRSS_KB=%M", process.execPath] : []), "node_modules/tsx/dist/cli.mjs", "scripts/build.ts"];
  const result = spawnSync(command, commandArgs, { env: { ...process.env, CCHC_DATA_DIR: dataDir, CCHC_DIST: dist }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`build of ${label} failed:\n${result.stderr.slice(-3000)}`);
  const rss = /MAXRSS_KB=(\d+)/.exec(result.stderr);
  const size = dirSize(dist);
  const weights: Record<string, PageWeight> = {};
  for (const [type, page] of Object.entries(samples)) {
    const weight = firstVisitWeight(dist, page);
    if (weight) weights[type] = weight;
  }
  return {
    label, places, seconds, peakMb: rss ? Number(rss[1]) / 1024 : null, pages: size.html,
    distMb: size.bytes / 1e6, pagefindMb: dirSize(join(dist, "pagefind")).bytes / 1e6, weights,
  };
}

const realSamples = {
  "trang chủ": "", "tỉnh": "tinh/soc-trang", "huyện": "huyen/soc-trang/vinh-chau", "xã": "xa/binh-dinh/tay-son/tay-xuan",
  "xếp hạng": "xep-hang/par-index/2023", "so sánh": "so-sanh", "nguồn": "nguon/bc-vinh-chau-2023", "dữ liệu": "du-lieu/dossiers",
};
const rows: Row[] = [];
const real = join(work, "real-data");
cpSync("data", real, { recursive: true });
rows.push(measure("thật", Number(readFileSync("data/units.csv", "utf8").trim().split("\n").length - 1), real, realSamples));
console.log(`built real data in ${rows[0]?.seconds.toFixed(1)} s`);
for (const n of scales) {
  const dir = join(work, `synthetic-${n}`);
  mkdirSync(dir, { recursive: true });
  const ids = writeSyntheticData(dir, n, 8);
  rows.push(measure(`${n}`, n, dir, {
    "trang chủ": "", "tỉnh": `tinh/${ids.province}`, "huyện": `huyen/${ids.district}`, "xếp hạng": "xep-hang/par-index/2024",
    "so sánh": "so-sanh", "dữ liệu": "du-lieu/dossiers",
  }));
  console.log(`built ${n} synthetic places in ${rows.at(-1)?.seconds.toFixed(1)} s`);
}

const kb = (b: number | undefined) => (b === undefined ? "–" : (b / 1024).toFixed(1));
const types = [...new Set(rows.flatMap((r) => Object.keys(r.weights)))];
const table = [
  "| data | places | build (s) | peak memory (MB) | HTML pages | pages/s | dist (MB) | Pagefind index (MB) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.label} | ${r.places} | ${r.seconds.toFixed(1)} | ${r.peakMb?.toFixed(0) ?? "–"} | ${r.pages} | ${(r.pages / r.seconds).toFixed(0)} | ${r.distMb.toFixed(1)} | ${r.pagefindMb.toFixed(1)} |`),
  "",
  `| first visit, gzipped KB, total (HTML + CSS + JS, without search index) | ${rows.map((r) => r.label).join(" | ")} |`,
  `| --- | ${rows.map(() => "---:").join(" | ")} |`,
  ...types.map((t) => `| ${t} | ${rows.map((r) => kb(r.weights[t]?.total)).join(" | ")} |`),
  "",
  `| first visit, gzipped KB, HTML / CSS / JS | ${rows.map((r) => r.label).join(" | ")} |`,
  `| --- | ${rows.map(() => "---:").join(" | ")} |`,
  ...types.map((t) => `| ${t} | ${rows.map((r) => { const w = r.weights[t]; return w ? `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}` : "–"; }).join(" | ")} |`),
].join("\n");

const synthetic = rows.filter((r) => r.label !== "thật");
// Growth exponent between consecutive scales: 1.00 = linear, above 1 = faster than linear.
const growth = synthetic.slice(1).map((r, i) => {
  const prev = synthetic[i] as Row;
  const exponent = Math.log(r.seconds / prev.seconds) / Math.log(r.places / prev.places);
  return `Build time grows as places^${exponent.toFixed(2)} from ${prev.places} to ${r.places} places (1.00 = linear).`;
}).join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\n${table}\n\n${growth}\nMachine: ${machine}`);
if (writeTo) {
  const date = new Date().toISOString().slice(0, 10);
  const previous = existsSync(writeTo) ? readFileSync(writeTo, "utf8") : "# Performance\n\nMeasured with `npm run bench` (a script, not a test: tests check sizes, never times).\n";
  writeFileSync(writeTo, `${previous.trimEnd()}\n\n## Run of ${date}\n\nMachine: ${machine}. Synthetic data: places × 8 years, generated into a temporary folder.\n\n${table}\n\n${growth}\n`);
  console.log(`appended to ${writeTo}`);
}
