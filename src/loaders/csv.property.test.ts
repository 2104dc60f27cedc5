/** Hostile input: corrupted CSV never crashes the loader, every problem is located, no row disappears. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { parseCsv, readCsvRows } from "./csv";
import { DATASETS } from "../schemas/index";
import { rowSchema } from "../schemas/fields";

const spec = DATASETS.dossiers;
const columns = Object.keys(spec.columns);
const schema = rowSchema(spec.columns);

const validRow = fc.record({
  unit_id: fc.constantFrom("soc-trang/my-xuyen", "binh-dinh/tay-son", "viet-nam"),
  period_start: fc.constantFrom("2021-01-01", ""),
  period_end: fc.constantFrom("2021-12-31", "2023-12-15"),
  level: fc.constantFrom("district", "commune", "total"),
  measure: fc.constantFrom("received", "resolved", "resolved_late"),
  value: fc.nat({ max: 1_000_000 }).map(String),
  value_unit: fc.constant("count"),
  denominator: fc.constant(""),
  source_id: fc.constant("bc-my-xuyen-2021"),
  line: fc.nat({ max: 900 }).map(String),
  section: fc.string({ maxLength: 12 }).map((s) => s.trim()),
  note: fc.string({ maxLength: 20 }).map((s) => s.trim()),
});

function toText(rows: Record<string, string>[]): string {
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? "")) }, { newline: "\n" })}\n`;
}

type Corruption = (text: string, at: number, junk: string) => string;
const corruptions: Record<string, Corruption> = {
  deleteChar: (t, at) => t.slice(0, at) + t.slice(at + 1),
  insertJunk: (t, at, junk) => t.slice(0, at) + junk + t.slice(at),
  insertQuote: (t, at) => `${t.slice(0, at)}"${t.slice(at)}`,
  insertComma: (t, at) => `${t.slice(0, at)},${t.slice(at)}`,
  insertNewline: (t, at) => `${t.slice(0, at)}\n${t.slice(at)}`,
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  bom: (t) => `\uFEFF${t}`,
  truncate: (t, at) => t.slice(0, at),
  viNumber: (t) => t.replace(/,(\d)(\d{3}),count/, ",$1.$2,count"),
  formula: (t, at) => `${t.slice(0, at)}=HYPERLINK("x")${t.slice(at)}`,
  html: (t, at) => `${t.slice(0, at)}<script>alert(1)</script>${t.slice(at)}`,
};

describe("parseCsv under corruption", () => {
  it("never throws; each error names file, line and a message; no record is lost", () => {
    fc.assert(
      fc.property(
        fc.array(validRow, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...Object.keys(corruptions)),
        fc.nat(),
        fc.string({ maxLength: 6 }),
        (rows, name, seed, junk) => {
          const text = toText(rows);
          const corrupt = (corruptions[name] as Corruption)(text, seed % (text.length + 1), junk);
          const result = parseCsv(corrupt, "data/dossiers.csv", schema, columns);
          for (const e of result.errors) {
            expect(e.file).toBe("data/dossiers.csv");
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.message.length).toBeGreaterThan(0);
          }
          // Every record after the header is either a parsed row or the subject of an error.
          const records = readCsvRows(corrupt, "data/dossiers.csv").rows.slice(1);
          const accounted = new Set([...result.rows.map((r) => r.csvLine), ...result.errors.map((e) => e.line)]);
          const headerBroken = result.errors.some((e) => e.field === "(header)" || (e.line === 1 && e.column > 0));
          if (!headerBroken) for (const r of records) expect(accounted.has(r.line)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it("accepts uncorrupted data exactly, row for row", () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 10 }), (rows) => {
        const result = parseCsv(toText(rows), "data/dossiers.csv", schema, columns);
        expect(result.errors).toEqual([]);
        expect(result.rows.map((r) => String(r.row.value))).toEqual(rows.map((r) => r.value));
      }),
      { numRuns: 200 },
    );
  });
});
