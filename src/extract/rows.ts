/**
 * Candidates → rows in exactly the columns of the target datasets, so a reviewed row can be pasted into data/.
 * The exact quote goes into the row's `note` (the datasets have no quote column), followed by the notes on what
 * the extractor assumed.
 */
import { csvLine } from "../lib/csvCell";
import type { Candidate, ExtractDataset } from "./types";

/** Column order of each target dataset (as in data/*.csv). */
export const DATASET_COLUMNS: Record<ExtractDataset, readonly string[]> = {
  dossiers: ["unit_id", "period_start", "period_end", "level", "measure", "value", "value_unit", "denominator", "source_id", "line", "section", "note"],
  online_services: ["unit_id", "period_start", "period_end", "level", "measure", "value", "value_unit", "denominator", "source_id", "line", "section", "note"],
  par_index: ["unit_id", "year", "assessor", "score", "max_score", "percent_stated", "rank", "rank_of", "rank_scope", "band", "quality", "source_id", "line", "section", "note"],
  satisfaction: ["unit_id", "year", "survey", "indicator", "value", "max_value", "rank", "rank_of", "rank_scope", "sample_size", "quality", "source_id", "line", "section", "note"],
};

export type DatasetRow = Record<string, string | number | null>;

/** The `note` cell of a candidate: the quote it was read from, then what was assumed. */
export function noteOf(c: Pick<Candidate, "quote" | "notes" | "unknown_place">): string {
  const parts = [`quote: "${c.quote}"`, ...c.notes];
  if (c.unknown_place) parts.push(`place not in units.csv: ${c.unknown_place}`);
  return parts.join("; ");
}

/** One row per figure for dossiers/online_services; one row per assessment (unit, year, assessor, line) for indices. */
export function toDatasetRows(candidates: readonly Candidate[], sourceId: string): Map<ExtractDataset, DatasetRow[]> {
  const out = new Map<ExtractDataset, DatasetRow[]>();
  const push = (d: ExtractDataset, r: DatasetRow) => out.set(d, [...(out.get(d) ?? []), r]);
  const indexRows = new Map<string, DatasetRow>();
  for (const c of candidates) {
    if (c.dataset === "dossiers" || c.dataset === "online_services") {
      push(c.dataset, {
        unit_id: c.unit_id, period_start: c.period_start, period_end: c.period_end, level: c.level, measure: c.measure,
        value: c.value, value_unit: c.value_unit, denominator: c.denominator, source_id: sourceId, line: c.line,
        section: c.section, note: noteOf(c),
      });
      continue;
    }
    const key = [c.dataset, c.unit_id, c.year, c.assessor, c.line].join("|");
    let row = indexRows.get(key);
    if (!row) {
      row = c.dataset === "par_index"
        ? { unit_id: c.unit_id, year: c.year, assessor: c.assessor, score: null, max_score: null, percent_stated: null, rank: null, rank_of: null, rank_scope: null, band: null, quality: "stated", source_id: sourceId, line: c.line, section: c.section, note: noteOf(c) }
        : { unit_id: c.unit_id, year: c.year, survey: c.assessor, indicator: "overall", value: null, max_value: 100, rank: null, rank_of: null, rank_scope: null, sample_size: null, quality: "stated", source_id: sourceId, line: c.line, section: c.section, note: noteOf(c) };
      indexRows.set(key, row);
      push(c.dataset, row);
    }
    row[c.measure] = c.value;
    if (c.measure === "rank") row["rank_scope"] = c.level === "province" ? "national" : "province";
  }
  return out;
}

/** CSV text: one block per dataset, each headed by a `# <dataset>.csv` line and the dataset's own header. */
export function toCsv(candidates: readonly Candidate[], sourceId: string): string {
  const blocks: string[] = [];
  for (const [dataset, rows] of toDatasetRows(candidates, sourceId)) {
    const columns = DATASET_COLUMNS[dataset];
    const lines = [`# ${dataset}.csv`, columns.join(","), ...rows.map((r) => csvLine(columns.map((k) => r[k] ?? null)))];
    blocks.push(lines.join("\n"));
  }
  return blocks.length ? `${blocks.join("\n\n")}\n` : "";
}
