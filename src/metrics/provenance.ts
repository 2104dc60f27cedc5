/** Reverse index from a source to every figure taken from it, grouped by the line it stands on. */
import type { Tables } from "../loaders/datasets";
import type { DatasetName } from "../schemas/index";
import { measureLabel } from "../schemas/measures";
import { isPercentStatistic, statIndicatorLabel, statLabel } from "../schemas/statLabels";
import { LEVEL_LABEL, surveyLabel } from "../lib/labels";

export interface CitedFigure {
  dataset: DatasetName;
  unit_id: string;
  label: string;
  value: number | null;
  isPercent: boolean;
  line: number | null;
  /** Report section the row gives for the figure, if any. */
  section: string | null;
  period: string;
}

const cache = new WeakMap<Tables, Map<string, CitedFigure[]>>();

/** All figures per source_id, sorted by line (computed once per build). */
export function figuresBySource(tables: Tables): Map<string, CitedFigure[]> {
  const cached = cache.get(tables);
  if (cached) return cached;
  const out = new Map<string, CitedFigure[]>();
  cache.set(tables, out);
  const add = (source: string, f: CitedFigure) => {
    const list = out.get(source);
    if (list) list.push(f);
    else out.set(source, [f]);
  };
  for (const { row } of tables.par_index) {
    add(row.source_id, { dataset: "par_index", unit_id: row.unit_id, label: `Chỉ số CCHC ${row.year}${row.rank !== null ? ` (hạng ${row.rank}/${row.rank_of ?? "?"})` : ""}`, value: row.score ?? row.percent_stated, isPercent: row.score === null, line: row.line, section: row.section, period: String(row.year) });
  }
  for (const { row } of tables.par_components) {
    add(row.source_id, { dataset: "par_components", unit_id: row.unit_id, label: `Chỉ số CCHC ${row.year}, mục ${row.code} ${row.name}`, value: row.score, isPercent: false, line: row.line, section: row.section, period: String(row.year) });
  }
  for (const { row } of tables.satisfaction) {
    add(row.source_id, { dataset: "satisfaction", unit_id: row.unit_id, label: `Hài lòng ${row.year} (${surveyLabel(row)})${row.rank !== null ? ` hạng ${row.rank}/${row.rank_of ?? "?"}` : ""}`, value: row.value, isPercent: row.max_value === 100, line: row.line, section: row.section, period: String(row.year) });
  }
  for (const { row } of tables.stats) {
    add(row.source_id, { dataset: "stats", unit_id: row.scope_unit_id, label: `${statIndicatorLabel(row.indicator)} ${row.year} — ${statLabel(row)}`, value: row.value, isPercent: isPercentStatistic(row.statistic), line: row.line, section: row.section, period: String(row.year) });
  }
  for (const name of ["dossiers", "online_services"] as const) {
    for (const { row } of tables[name]) {
      add(row.source_id, { dataset: name, unit_id: row.unit_id, label: `${measureLabel(row.measure)} (${LEVEL_LABEL[row.level].toLowerCase()})`, value: row.value, isPercent: row.value_unit === "percent", line: row.line, section: row.section, period: `${row.period_start ?? ""}–${row.period_end}` });
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}
