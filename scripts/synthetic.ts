/**
 * Writes a synthetic data set (see scripts/lib/synthetic.ts) into a folder and prints what it holds, how long it
 * took and the memory it used; with --load, also how long the project's loader takes to read it back.
 * Usage: npx tsx scripts/synthetic.ts (--country | --places N) --out DIR [--seed S] [--load]
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAll } from "../src/loaders/datasets";
import { formatDataError } from "../src/loaders/csv";
import { DATASET_NAMES } from "../src/schemas/index";
import { writeSyntheticData } from "./lib/synthetic";

const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const places = args.includes("--country") ? "country" : Number(value("--places") ?? 300);
const out = value("--out") ?? mkdtempSync(join(tmpdir(), "cchc-synthetic-"));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const started = performance.now();
const summary = writeSyntheticData(out, { places, seed: Number(value("--seed") ?? 1) });
const seconds = (performance.now() - started) / 1000;
console.log(`Wrote ${out} (${places === "country" ? "whole country" : `${places} places`}) in ${seconds.toFixed(1)} s, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
console.log(`places: ${summary.places} in units.csv; provinces ${summary.tiers.provinces} before 2025 and ${summary.tiers.provinces2025} from 2025, districts ${summary.tiers.districts}, communes ${summary.tiers.oldCommunes} before 2025 and ${summary.tiers.newCommunes} from 2025`);
for (const name of DATASET_NAMES) console.log(`  ${name.padEnd(16)} ${String(summary.rows[name]).padStart(9)} rows`);
console.log(`fact rows: ${summary.factRows}; CSV: ${mb(summary.bytes)} MB`);
console.log(`samples: ${Object.values(summary.samples).map((u) => u?.unit_id ?? "–").join(", ")}`);

if (args.includes("--load")) {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { tables, errors } = loadAll(out);
  const loadSeconds = (performance.now() - t0) / 1000;
  const heapWithTables = process.memoryUsage().heapUsed;
  global.gc?.();
  const retained = process.memoryUsage().heapUsed - before;
  console.log(`loadAll: ${loadSeconds.toFixed(1)} s, ${errors.length} error(s), ${DATASET_NAMES.reduce((s, n) => s + tables[n].length, 0)} rows; heap ${mb(heapWithTables - before)} MB after loading, ${mb(retained)} MB retained by the tables${global.gc ? "" : " (run with node --expose-gc for the retained figure)"}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  for (const e of errors.slice(0, 10)) console.log(`  ${formatDataError(e)}`);
  if (errors.length > 0) process.exitCode = 1;
}
