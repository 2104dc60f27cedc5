import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAll, type Tables } from "../../src/loaders/datasets";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index";
import { runChecks } from "../../src/metrics/checks";
import { tierOf } from "../../src/metrics/places";
import { writeSyntheticData, type SyntheticSummary } from "./synthetic";
import { MAX_PREDECESSORS } from "./synthetic/merge";
import { SYNTHETIC_SOURCE_ID } from "./synthetic/unit";

const dir = mkdtempSync(join(tmpdir(), "cchc-synthetic-test-"));
let summary: SyntheticSummary;
let tables: Tables;
let errors: unknown[];

beforeAll(() => {
  summary = writeSyntheticData(dir, { places: 600 });
  ({ tables, errors } = loadAll(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const synthetic = <R extends { source_id: string }>(rows: { row: R }[]) => rows.map((r) => r.row).filter((r) => r.source_id === SYNTHETIC_SOURCE_ID);

describe("writeSyntheticData", () => {
  it("writes data the project's loader reads with zero errors", () => {
    expect(errors).toEqual([]);
  });

  it("has 600 places: the 63 and 34 provinces whole, districts and communes in the country's proportions", () => {
    expect(summary.places).toBe(600);
    expect(tables.units).toHaveLength(600);
    expect(summary.tiers).toMatchObject({ provinces: 63, provinces2025: 34 });
    const { districts, oldCommunes, newCommunes } = summary.tiers;
    expect(oldCommunes / districts).toBeGreaterThan(10);
    expect(oldCommunes / newCommunes).toBeGreaterThan(2.5);
    expect(oldCommunes / newCommunes).toBeLessThan(4);
  });

  it("keeps every real row of data/ byte for byte, first in each file", () => {
    for (const name of DATASET_NAMES) {
      const real = readFileSync(join("data", DATASETS[name].file), "utf8");
      expect(readFileSync(join(dir, DATASETS[name].file), "utf8").startsWith(real)).toBe(true);
    }
  });

  it("ends every synthetic district and old commune on 2025-06-30 with a successor", () => {
    const units = synthetic(tables.units).filter((u) => u.valid_from === null);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.valid_to).toBe("2025-06-30");
      expect(u.successor_ids).toHaveLength(1);
    }
  });

  it("forms each new commune from 1 to 5 old communes of its own province's predecessors", () => {
    const byId = new Map(tables.units.map(({ row }) => [row.unit_id, row]));
    const predecessors = new Map<string, string[]>();
    for (const { row } of tables.units) for (const s of row.successor_ids) predecessors.set(s, [...(predecessors.get(s) ?? []), row.unit_id]);
    const formed = synthetic(tables.units).filter((u) => u.valid_from === "2025-07-01");
    expect(formed).toHaveLength(summary.tiers.newCommunes);
    for (const c of formed) {
      expect(c.unit_id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+-2025$/);
      const olds = predecessors.get(c.unit_id) ?? [];
      expect(olds.length).toBeGreaterThanOrEqual(1);
      expect(olds.length).toBeLessThanOrEqual(MAX_PREDECESSORS);
      for (const id of olds) {
        const province = byId.get(byId.get(byId.get(id)?.parent_id ?? "")?.parent_id ?? "");
        expect(province?.successor_ids[0] ?? province?.unit_id).toBe(c.parent_id);
      }
    }
  });

  it("gives names with diacritics and a tier kind to every synthetic place", () => {
    const units = synthetic(tables.units);
    expect(units.filter((u) => /[^\x00-\x7f]/.test(u.name)).length / units.length).toBeGreaterThan(0.5);
    expect(new Set(units.map((u) => tierOf(u.kind)))).toEqual(new Set(["district", "commune"]));
  });

  it("writes new communes' dossiers monthly from July 2025 to November 2026", () => {
    const id = summary.samples.newCommune?.unit_id;
    const months = new Set(tables.dossiers.filter((r) => r.row.unit_id === id).map((r) => r.row.period_end));
    expect(months.size).toBe(17);
  });

  it("passes every consistency check with its synthetic figures", () => {
    const failed = runChecks(tables).filter((c) => !c.ok && c.refs.some((r) => r.source_id === SYNTHETIC_SOURCE_ID));
    expect(failed).toEqual([]);
  });

  it("fills only gaps: no province-year has both a real and a synthetic Ministry PAR INDEX row", () => {
    const real = new Set(tables.par_index.filter((r) => r.row.source_id !== SYNTHETIC_SOURCE_ID).map((r) => `${r.row.unit_id}|${r.row.year}|${r.row.assessor}`));
    const clashes = synthetic(tables.par_index).filter((r) => real.has(`${r.unit_id}|${r.year}|${r.assessor}`));
    expect(clashes).toEqual([]);
    expect(synthetic(tables.par_index).filter((r) => r.assessor === "ministry").length).toBe(63 * 8 - new Set([...real].filter((k) => k.endsWith("|ministry") && !k.includes("/"))).size);
  });

  it("writes the same bytes for the same seed", () => {
    const again = mkdtempSync(join(tmpdir(), "cchc-synthetic-test-"));
    try {
      writeSyntheticData(again, { places: 600 });
      for (const name of DATASET_NAMES) expect(readFileSync(join(again, DATASETS[name].file), "utf8")).toBe(readFileSync(join(dir, DATASETS[name].file), "utf8"));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
