/** Prints the candidates of some lines of a report (development aid): `tsx scripts/lib/extractDebug.ts FILE LINE...`. */
import { readFileSync } from "node:fs";
import { loadAll } from "../../src/loaders/datasets";
import { extractReport } from "../../src/extract/index";
import { toPlaceRecord } from "../../src/metrics/placeRecords";

const [file = "", ...lines] = process.argv.slice(2);
const { tables } = loadAll("data");
const result = extractReport(readFileSync(file, "utf8"), { places: tables.units.map((u) => toPlaceRecord(u.row)) });
const wanted = new Set(lines.map(Number));
for (const c of result.candidates) {
  if (wanted.size && !wanted.has(c.line)) continue;
  console.log(`${c.line} ${c.dataset} ${c.measure} ${c.level} ${c.value} ${c.unit_id} | ${c.quote.slice(0, 90)} | ${c.notes.join("; ")}`);
}
