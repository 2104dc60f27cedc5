import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rowParser, rowSchema } from "./fields";
import { DATASETS, DATASET_NAMES } from "./index";

// Cells a data file may hold, valid or not: numbers in both notations, dates real and impossible, ids, enum
// values, lists, spaces, empty cells.
const cell = fc.oneof(
  fc.constantFrom("", " ", "0", "7927", "7.927", "84.11", "84,11", "-1.58", "2021-12-31", "2021-02-30", "2023", "1890",
    "soc-trang/vinh-chau", "Sóc Trăng", " x", "a;b", "a; b", "count", "percent", "district", "ministry", "sipas", "report", "tinh", "web-cc7c2c3b8b"),
  fc.string({ maxLength: 6 }),
);

describe("rowParser: the loader's fast path", () => {
  it("reads every row exactly as the zod schema does: same values, same key order, same messages", () => {
    for (const name of DATASET_NAMES) {
      const columns = DATASETS[name].columns;
      const names = Object.keys(columns);
      const fast = rowParser(columns);
      const zod = rowSchema(columns);
      fc.assert(fc.property(fc.array(cell, { minLength: names.length, maxLength: names.length }), (cells) => {
        const record = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""]));
        const a = fast.safeParse(record);
        const b = zod.safeParse(record);
        expect(a.success, name).toBe(b.success);
        if (a.success && b.success) {
          expect(a.data).toEqual(b.data);
          expect(Object.keys(a.data)).toEqual(Object.keys(b.data));
        } else if (!a.success && !b.success) {
          expect(a.error.issues.map((i) => [i.path[0], i.message])).toEqual(b.error.issues.map((i) => [i.path[0], i.message]));
        }
      }), { numRuns: 300 });
    }
  });
});
