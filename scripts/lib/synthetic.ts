/**
 * Synthetic data for benchmarks only, shaped like Vietnam: the real 63 provinces and 34 provinces of 2025 from
 * data/units.csv, made-up districts and communes under them (705 and 10,599 for the whole country, 3,321 communes
 * formed on 1 July 2025), and figures for every tier, plus every real row of data/ unchanged. Written to a folder
 * the caller chooses (never data/), one dataset at a time and in chunks, so the whole country needs no more memory
 * than its place tree. Every synthetic row cites one synthetic source. See docs/performance.md.
 */
import { mkdirSync } from "node:fs";
import { loadAll } from "../../src/loaders/datasets";
import { formatDataError } from "../../src/loaders/csv";
import { DATASET_NAMES, FACT_DATASETS, type DatasetName } from "../../src/schemas/index";
import type { Unit } from "../../src/schemas/units";
import { tierOf } from "../../src/metrics/places";
import { coverageOf } from "./synthetic/coverage";
import { dossierRows, onlineRows, type Reporter } from "./synthetic/dossiers";
import { formNewCommunes } from "./synthetic/merge";
import { monthlyPeriods, yearlyPeriods } from "./synthetic/periods";
import { tierCounts } from "./synthetic/scale";
import { districtParRows, provinceRows, type Row } from "./synthetic/scores";
import { buildOldTree } from "./synthetic/shape";
import { SYNTHETIC_SOURCE_ID } from "./synthetic/unit";
import { writeDataset } from "./synthetic/write";

export interface SyntheticOptions {
  /** Units in all (the country and the provinces included), or "country" for the whole of Vietnam. */
  places: number | "country";
  /** Seed of every random draw (default 1): the same seed writes the same files. */
  seed?: number;
  /** Where the real data is read from (default data/). */
  dataDir?: string;
}

export interface SyntheticSummary {
  /** Places per tier: provinces before 2025 (63) and from 2025 (34), districts, communes before and from 2025. */
  tiers: { provinces: number; provinces2025: number; districts: number; oldCommunes: number; newCommunes: number };
  /** Rows of units.csv (the country included). */
  places: number;
  /** Rows written per dataset, real and synthetic. */
  rows: Record<DatasetName, number>;
  /** Rows of the datasets no other dataset references (every one but units and sources). */
  factRows: number;
  /** Bytes of all CSV files written. */
  bytes: number;
  /** Places whose pages exist in the data set, for page-weight samples: the largest province and district, an old and a new commune. */
  samples: { province: Unit; district: Unit; oldCommune: Unit; newCommune: Unit | null };
}

const SOURCE: Row = {
  source_id: SYNTHETIC_SOURCE_ID, kind: "web", issuer: "Dữ liệu thử", title: "Dữ liệu tổng hợp cho đo hiệu năng (không phải số liệu thật)",
  url: "https://example.invalid/bench", note: "Made-up places and figures for benchmarks (scripts/lib/synthetic.ts); never published.",
};

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** Writes every dataset of the registry into `outDir`: the real rows, then the synthetic ones. */
export function writeSyntheticData(outDir: string, options: SyntheticOptions): SyntheticSummary {
  const dataDir = options.dataDir ?? "data";
  const seed = options.seed ?? 1;
  const { tables, errors } = loadAll(dataDir);
  if (errors.length > 0) throw new Error(`${dataDir} has ${errors.length} data error(s):\n${errors.slice(0, 5).map(formatDataError).join("\n")}`);
  const real = tables.units.map((u) => u.row);
  const fixed = real.filter((u) => tierOf(u.kind) === "country" || tierOf(u.kind) === "province").length;
  const counts = tierCounts(options.places, fixed);
  const tree = buildOldTree(real, counts, seed);
  const newCommunes = formNewCommunes(tree.communes, tree.successorProvince, counts.newCommunes, seed);
  const covered = coverageOf(tables);
  const reporters = (): Iterable<Reporter> => chain<Reporter>(
    tree.districts.map((unit) => ({ unit, level: "district", periods: yearlyPeriods(2017, 2024), volume: 8000 })),
    tree.communes.map((unit) => ({ unit, level: "commune", periods: yearlyPeriods(2020, 2024), volume: 3000 })),
    newCommunes.map((unit) => ({ unit, level: "commune", periods: monthlyPeriods("2025-07", "2026-11"), volume: 800 })),
  );
  const synthetic = (u: Unit) => u.source_id === SYNTHETIC_SOURCE_ID;
  const added: Partial<Record<DatasetName, () => Iterable<Row>>> = {
    units: () => chain(tree.districts.filter(synthetic), tree.communes.filter(synthetic), newCommunes),
    sources: () => [SOURCE],
    par_index: () => chain(provinceRows("parIndex", tree.provinces, covered, seed), districtParRows(tree.districts, covered, seed)),
    satisfaction: () => provinceRows("satisfaction", tree.provinces, covered, seed),
    dossiers: () => dossierRows(reporters(), covered, seed),
    online_services: () => onlineRows(reporters(), covered, seed),
  };

  mkdirSync(outDir, { recursive: true });
  const rows = {} as Record<DatasetName, number>;
  let bytes = 0;
  for (const name of DATASET_NAMES) {
    const written = writeDataset(name, dataDir, outDir, added[name]?.() ?? []);
    rows[name] = tables[name].length + written.rows;
    bytes += written.bytes;
  }

  const units = [...real, ...tree.districts.filter(synthetic), ...tree.communes.filter(synthetic), ...newCommunes];
  return {
    tiers: {
      provinces: tree.provinces.length,
      provinces2025: real.filter((u) => tierOf(u.kind) === "province" && u.valid_to === null).length,
      districts: tree.districts.length, oldCommunes: tree.communes.length, newCommunes: newCommunes.length,
    },
    places: units.length, rows, factRows: FACT_DATASETS.reduce((s, n) => s + rows[n], 0), bytes,
    samples: samplesOf(tree, newCommunes),
  };
}

/** The old province with the most districts, the synthetic district with the most communes, one of those and its successor. */
function samplesOf(tree: ReturnType<typeof buildOldTree>, newCommunes: Unit[]): SyntheticSummary["samples"] {
  const tally = (units: Unit[]) => {
    const n = new Map<string, number>();
    for (const u of units) n.set(u.parent_id ?? "", (n.get(u.parent_id ?? "") ?? 0) + 1);
    return n;
  };
  const largest = <T extends Unit>(units: T[], n: Map<string, number>) => units.reduce((best, u) => ((n.get(u.unit_id) ?? 0) > (n.get(best.unit_id) ?? 0) ? u : best));
  const province = largest(tree.provinces, tally(tree.districts));
  const syntheticDistricts = tree.districts.filter((d) => d.source_id === SYNTHETIC_SOURCE_ID);
  const district = largest(syntheticDistricts.length > 0 ? syntheticDistricts : tree.districts, tally(tree.communes));
  const communes = tree.communes.filter((c) => c.parent_id === district.unit_id);
  const oldCommune = communes.find((c) => c.source_id === SYNTHETIC_SOURCE_ID) ?? communes[0] ?? district;
  const newCommune = newCommunes.find((c) => oldCommune.successor_ids.includes(c.unit_id)) ?? newCommunes[0] ?? null;
  return { province, district, oldCommune, newCommune };
}
