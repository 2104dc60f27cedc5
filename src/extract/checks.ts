/**
 * Arithmetic checks over candidates with the site's own check code (src/metrics/checks.ts): received = resolved +
 * pending, resolved = early + on time + late, stated shares against their counts. A misread figure shows up
 * here before anyone commits it.
 */
import type { Located } from "../loaders/csv";
import type { Tables } from "../loaders/datasets";
import type { DossierRow, OnlineServiceRow } from "../schemas/figures";
import { runChecks } from "../metrics/checks";
import { bySeverity } from "../metrics/grade";
import type { Candidate, CandidateCheck } from "./types";

function asRow(c: Candidate): DossierRow {
  return {
    unit_id: c.unit_id ?? "?", period_start: c.period_start, period_end: c.period_end ?? "", level: c.level,
    measure: c.measure, value: c.value, value_unit: c.value_unit === "percent" ? "percent" : "count",
    denominator: c.denominator, source_id: "candidate", line: c.line, section: c.section, note: null,
  } as unknown as DossierRow;
}

/** Every check the candidates allow, passed and failed, with the report lines involved. */
export function checkCandidates(candidates: readonly Candidate[]): CandidateCheck[] {
  const located = <R>(rows: R[]): Located<R>[] => rows.map((row, i) => ({ csvLine: i + 2, row }));
  const tables = {
    units: [], sources: [], par_index: [], par_components: [], satisfaction: [], stats: [],
    dossiers: located(candidates.filter((c) => c.dataset === "dossiers").map(asRow)),
    online_services: located(candidates.filter((c) => c.dataset === "online_services").map(asRow) as unknown as OnlineServiceRow[]),
  } as unknown as Tables;
  return bySeverity(runChecks(tables)).map((c) => ({
    id: c.id, ok: c.ok, grade: c.grade, kind: c.kind, stated: c.stated, computed: c.computed, words: c.words,
    lines: [...new Set(c.refs.map((r) => r.line).filter((l): l is number => l !== null))].sort((a, b) => a - b),
  }));
}
