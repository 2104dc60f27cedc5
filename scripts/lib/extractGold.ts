/**
 * The gold standard of the extractor's evaluation: the figures of data/ taken from one report, flattened to one
 * (dataset, unit, measure, level, value, line) each, and the scoring of candidates against them.
 */
import type { Tables } from "../../src/loaders/datasets";

export interface Figure {
  dataset: string;
  unit: string;
  measure: string;
  level: string;
  value: number;
  line: number;
}

const TIER = (unit: string) => (unit.split("/").length === 1 ? "province" : unit.split("/").length === 2 ? "district" : "commune");

/** Every figure of data/ that cites `sourceId` with a line. */
export function goldFigures(tables: Tables, sourceId: string): Figure[] {
  const out: Figure[] = [];
  for (const dataset of ["dossiers", "online_services"] as const) {
    for (const { row } of tables[dataset]) {
      if (row.source_id === sourceId && row.line !== null) out.push({ dataset, unit: row.unit_id, measure: row.measure, level: row.level, value: row.value, line: row.line });
    }
  }
  for (const { row } of tables.par_index) {
    if (row.source_id !== sourceId || row.line === null) continue;
    const level = TIER(row.unit_id);
    const add = (measure: string, value: number | null) => value !== null && out.push({ dataset: "par_index", unit: row.unit_id, measure, level, value, line: row.line! });
    add("score", row.score);
    // A maximum is a figure of the text only when a score was printed with it ("72,63/96").
    if (row.score !== null) add("max_score", row.max_score);
    add("percent_stated", row.percent_stated);
    add("rank", row.rank);
    add("rank_of", row.rank_of);
  }
  for (const { row } of tables.satisfaction) {
    if (row.source_id !== sourceId || row.line === null) continue;
    const level = TIER(row.unit_id);
    for (const [measure, value] of [["value", row.value], ["rank", row.rank], ["rank_of", row.rank_of]] as const) {
      if (value !== null) out.push({ dataset: "satisfaction", unit: row.unit_id, measure, level, value, line: row.line });
    }
  }
  return out;
}

const keyOf = (f: Figure) => [f.dataset, f.unit, f.measure, f.level, Math.round(f.value * 1000) / 1000, f.line].join("|");

export interface Score {
  gold: number;
  found: number;
  matched: number;
}

/** Matches candidates to gold one to one; per dataset and overall, with the misses and the extras. */
export function scoreExtraction(gold: Figure[], found: Figure[]): { all: Score; byDataset: Record<string, Score>; missed: Figure[]; extra: Figure[] } {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(keyOf(g), (pool.get(keyOf(g)) ?? 0) + 1);
  const matchedFound: Figure[] = [];
  const extra: Figure[] = [];
  for (const f of found) {
    const k = keyOf(f);
    const left = pool.get(k) ?? 0;
    if (left > 0) { pool.set(k, left - 1); matchedFound.push(f); } else extra.push(f);
  }
  const missed: Figure[] = [];
  const rest = new Map(pool);
  for (const g of gold) {
    const k = keyOf(g);
    const left = rest.get(k) ?? 0;
    if (left > 0) { rest.set(k, left - 1); missed.push(g); }
  }
  const byDataset: Record<string, Score> = {};
  const bump = (d: string, field: keyof Score) => { byDataset[d] ??= { gold: 0, found: 0, matched: 0 }; byDataset[d]![field]++; };
  for (const g of gold) bump(g.dataset, "gold");
  for (const f of found) bump(f.dataset, "found");
  for (const f of matchedFound) bump(f.dataset, "matched");
  return { all: { gold: gold.length, found: found.length, matched: matchedFound.length }, byDataset, missed, extra };
}
