/**
 * `npm run check:data`: validates every file in data/ (all errors at once, each located) and prints the
 * data-quality report: the consistency checks that failed, with what the source says and what the counts give.
 */
import { loadAll } from "../src/loaders/datasets";
import { formatDataError } from "../src/loaders/csv";
import { runChecks } from "../src/metrics/checks";
import { checkText } from "../src/presentation/checkText";
import { bySeverity, countGrades } from "../src/metrics/grade";
import { DATASET_NAMES } from "../src/schemas/index";

const dataDir = process.argv[2] ?? "data";
const { tables, errors } = loadAll(dataDir);
if (errors.length > 0) {
  for (const e of errors) console.error(formatDataError(e));
  console.error(`\n${errors.length} data error(s); fix them and run again.`);
  process.exit(1);
}
for (const name of DATASET_NAMES) console.log(`${name.padEnd(16)} ${String(tables[name].length).padStart(5)} rows`);
const checks = runChecks(tables);
const failed = bySeverity(checks.filter((c) => !c.ok));
const counts = countGrades(checks);
console.log(`\nConsistency checks: ${checks.length} run, ${checks.length - failed.length} agree, ${failed.length} disagree ` +
  `(${counts.contradiction} contradiction, ${counts.missing} missing, ${counts.rounding} rounding)`);
for (const c of failed) {
  const where = c.refs.map((r) => `${r.source_id}${r.line ? `:${r.line}` : ""}`).join(", ");
  console.log(`- ${c.grade.padEnd(13)} [${c.unit_id}] ${checkText(c, "vi")} (${where})`);
}
