/**
 * `npm run check:locators -- <folder with the report texts>`: checks that every figure taken from a report
 * appears, written the Vietnamese way, on the line its row cites. Zeros the report states in words
 * ("không có hồ sơ trễ hạn") cannot match a digit and are listed for a human to confirm.
 * The report texts are not part of the repository (we do not republish them), hence a script, not a test.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAll } from "../src/loaders/datasets";
import { printedForms } from "../src/extract/numbers";
import { FACT_DATASETS, factRoles } from "../src/schemas/index";

const seeds = process.argv[2] ?? "../shared/seeds";
const { tables, errors } = loadAll("data");
if (errors.length > 0) throw new Error("data/ has errors: run npm run check:data");

const texts = new Map<string, string[]>();
for (const { row } of tables.sources) {
  if (row.kind !== "report" || !row.file) continue;
  const path = join(seeds, row.file);
  if (!existsSync(path)) throw new Error(`${path} not found: pass the folder holding the report texts`);
  texts.set(row.source_id, readFileSync(path, "utf8").split("\n"));
}

const figures: { dataset: string; unit: string; what: string; value: number; source: string; line: number }[] = [];
// Every fact dataset of the registry, through its column roles: place, figure, what is measured, report line.
for (const dataset of FACT_DATASETS) {
  const roles = factRoles(dataset);
  for (const { row } of tables[dataset] as { row: Record<string, unknown> & { source_id: string } }[]) {
    const value = roles.value.map((c) => row[c] as number | null).find((v) => v !== null) ?? null;
    const line = row[roles.locator] as number | null;
    const what = roles.measure ? String(row[roles.measure]) : `${roles.value[0]} ${roles.period.map((c) => row[c]).join("–")}`;
    if (value !== null && line !== null && texts.has(row.source_id)) figures.push({ dataset, unit: row[roles.unit] as string, what, value, source: row.source_id, line });
  }
}

const superscripts = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;
const missing = figures.filter((f) => {
  const line = (texts.get(f.source)?.[f.line - 1] ?? "").replace(superscripts, " ");
  return !printedForms(f.value).some((form) => new RegExp(`(?<![\\d.,])${form.replace(/[.]/g, "\\.")}(?![\\d]|[.,]\\d)`).test(line));
});
console.log(`${figures.length} report figures checked; ${figures.length - missing.length} found on their cited line.`);
for (const f of missing) console.log(`- not printed as a number: ${f.dataset} ${f.unit} ${f.what} = ${f.value} (${f.source}, line ${f.line})`);
const nonZero = missing.filter((f) => f.value !== 0);
if (nonZero.length > 0) process.exit(1);
