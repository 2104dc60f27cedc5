import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataInvalidError, loadTables } from "./tables";
import { rowsOfUnit } from "./byUnit";

function copyOfData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "cchc-tables-")), "data");
  cpSync("data", dir, { recursive: true });
  return dir;
}

describe("loadTables: data/ parsed once per process", () => {
  it("returns typed rows with their data/ CSV line, in file order", () => {
    const tables = loadTables("data");
    const first = tables.dossiers[0];
    expect(first?.csvLine).toBe(2);
    expect(typeof first?.row.value).toBe("number");
    expect(tables.dossiers.map((r) => r.csvLine)).toEqual([...tables.dossiers.map((r) => r.csvLine)].sort((a, b) => a - b));
  });

  it("hands every caller the same tables for the same folder (no second parse)", () => {
    expect(loadTables("data")).toBe(loadTables("data"));
  });

  it("refuses invalid data with every error located, and keeps nothing of it", () => {
    const dir = copyOfData();
    const file = join(dir, "dossiers.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(",7927,", ",abc,"));
    const failure: unknown = (() => { try { loadTables(dir); return null; } catch (e) { return e; } })();
    expect(failure).toBeInstanceOf(DataInvalidError);
    expect((failure as DataInvalidError).message).toContain('data/dossiers.csv:3:6 value: got "abc"');
    // The previous folder's tables are still the ones served.
    expect(loadTables("data").dossiers.length).toBeGreaterThan(0);
  });
});

describe("rowsOfUnit: a place's rows without scanning the table", () => {
  it("finds a district's dossiers and a country's statistics through the registry's unit column", () => {
    const tables = loadTables("data");
    const vinhChau = rowsOfUnit(tables, "dossiers", "soc-trang/vinh-chau");
    expect(vinhChau.length).toBeGreaterThan(0);
    expect(vinhChau.every((r) => r.row.unit_id === "soc-trang/vinh-chau")).toBe(true);
    expect(rowsOfUnit(tables, "stats", "viet-nam").every((r) => r.row.scope_unit_id === "viet-nam")).toBe(true);
  });

  it("gives an empty list, never undefined, for a place without rows", () => {
    expect(rowsOfUnit(loadTables("data"), "par_components", "no-such-place")).toEqual([]);
  });
});
