/**
 * `npm run extract:eval -- <folder of report texts> [--verbose]`: runs the extractor on every report of
 * data/sources.csv found in the folder and compares its candidates with the rows of data/ taken from that report
 * (our hand-checked gold): a figure matches when dataset, unit, measure, level, value and line agree. Prints recall
 * and precision per report and per dataset. Exit code 1 when a target is missed (see docs/extraction.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAll } from "../src/loaders/datasets";
import { extractReport } from "../src/extract/index";
import { toPlaceRecord } from "../src/metrics/placeRecords";
import { goldFigures, scoreExtraction, type Figure } from "./lib/extractGold";

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--")) ?? "../shared/seeds";
const verbose = args.includes("--verbose");
const { tables, errors } = loadAll("data");
if (errors.length > 0) {
  console.error("data/ has errors: run npm run check:data");
  process.exit(2);
}
const places = tables.units.map((u) => toPlaceRecord(u.row));
const rows: string[][] = [["report", "dataset", "gold", "found", "matched", "recall", "precision"]];
const pct = (a: number, b: number) => (b === 0 ? "–" : `${((a / b) * 100).toFixed(1)}%`);
let failed = false;
for (const { row: source } of tables.sources) {
  if (source.kind !== "report" || !source.file) continue;
  const path = join(folder, source.file);
  if (!existsSync(path)) {
    console.error(`${path} not found: pass the folder holding the report texts`);
    process.exit(2);
  }
  const result = extractReport(readFileSync(path, "utf8"), { places });
  const found: Figure[] = result.candidates.map((c) => ({ dataset: c.dataset, unit: c.unit_id ?? "?", measure: c.measure, level: c.level, value: c.value, line: c.line }));
  const gold = goldFigures(tables, source.source_id);
  const score = scoreExtraction(gold, found);
  for (const [dataset, s] of [["all", score.all] as const, ...Object.entries(score.byDataset)]) {
    rows.push([source.source_id, dataset, String(s.gold), String(s.found), String(s.matched), pct(s.matched, s.gold), pct(s.matched, s.found)]);
  }
  const ocr = result.warnings.some((w) => w.includes("OCR"));
  const recall = score.all.matched / Math.max(1, score.all.gold);
  const precision = score.all.matched / Math.max(1, score.all.found);
  if (ocr ? recall < 0.7 : recall < 0.9 || precision < 0.95) failed = true;
  if (verbose) {
    console.log(`\n## ${source.source_id} (${source.file}) unit=${result.context.unit_id} ${result.context.period_start}..${result.context.period_end}`);
    for (const f of score.missed) console.log(`  missed ${f.dataset} ${f.unit} ${f.measure} ${f.level} ${f.value} line ${f.line}`);
    for (const f of score.extra) console.log(`  extra  ${f.dataset} ${f.unit} ${f.measure} ${f.level} ${f.value} line ${f.line}`);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  "));
console.log("\nTargets: recall ≥ 90% and precision ≥ 95% on clean reports, recall ≥ 70% on OCR-damaged ones.");
process.exit(failed ? 1 : 0);
