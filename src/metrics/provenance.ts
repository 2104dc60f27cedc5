/** Reverse index from a source to every figure taken from it, grouped by the line it stands on. */
import type { Tables } from "../loaders/datasets";
import { FACT_DATASETS, factRoles, type DatasetName, type FactDatasetName } from "../schemas/index";
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

/** What a figure is, in words, and whether it is a percentage: one entry per fact dataset of the registry. */
const DESCRIBE: { [N in FactDatasetName]: (row: Tables[N][number]["row"]) => { label: string; isPercent: boolean } } = {
  par_index: (row) => ({ label: `Chỉ số CCHC ${row.year}${row.rank !== null ? ` (hạng ${row.rank}/${row.rank_of ?? "?"})` : ""}`, isPercent: row.score === null }),
  par_components: (row) => ({ label: `Chỉ số CCHC ${row.year}, mục ${row.code} ${row.name}`, isPercent: false }),
  satisfaction: (row) => ({ label: `Hài lòng ${row.year} (${surveyLabel(row)})${row.rank !== null ? ` hạng ${row.rank}/${row.rank_of ?? "?"}` : ""}`, isPercent: row.max_value === 100 }),
  stats: (row) => ({ label: `${statIndicatorLabel(row.indicator)} ${row.year} — ${statLabel(row)}`, isPercent: isPercentStatistic(row.statistic) }),
  dossiers: (row) => ({ label: `${measureLabel(row.measure)} (${LEVEL_LABEL[row.level].toLowerCase()})`, isPercent: row.value_unit === "percent" }),
  online_services: (row) => ({ label: `${measureLabel(row.measure)} (${LEVEL_LABEL[row.level].toLowerCase()})`, isPercent: row.value_unit === "percent" }),
};

/** The period of a row as text: its year, or "start–end" for datasets with a period range. */
function periodText(row: Record<string, unknown>, columns: readonly string[]): string {
  return columns.length === 1 ? String(row[columns[0] as string]) : columns.map((c) => (row[c] as string | null) ?? "").join("–");
}

const cache = new WeakMap<Tables, Map<string, CitedFigure[]>>();

/** All figures per source_id, sorted by line (computed once per build), over every fact dataset of the registry. */
export function figuresBySource(tables: Tables): Map<string, CitedFigure[]> {
  const cached = cache.get(tables);
  if (cached) return cached;
  const out = new Map<string, CitedFigure[]>();
  cache.set(tables, out);
  for (const dataset of FACT_DATASETS) {
    const roles = factRoles(dataset);
    const describe = DESCRIBE[dataset] as (row: unknown) => { label: string; isPercent: boolean };
    for (const { row } of tables[dataset] as { row: Record<string, unknown> & { source_id: string; section: string | null } }[]) {
      const value = roles.value.map((c) => row[c] as number | null).find((v) => v !== null) ?? null;
      const figure: CitedFigure = { dataset, unit_id: row[roles.unit] as string, ...describe(row), value, line: row[roles.locator] as number | null, section: row.section, period: periodText(row, roles.period) };
      const list = out.get(row.source_id);
      if (list) list.push(figure);
      else out.set(row.source_id, [figure]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}
