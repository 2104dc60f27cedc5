/** Reverse index from a source to every figure taken from it, grouped by the line it stands on. */
import type { Tables } from "../loaders/datasets";
import { FACT_DATASETS, factRoles, type DatasetName, type FactDatasetName } from "../schemas/index";
import { rowsOfSource } from "../tables/byUnit";
import { isPercentStatistic } from "../schemas/statCodes";

/** A fact dataset's row, tagged with its dataset: what a presentation module describes in words. */
export type FactRow = { [N in FactDatasetName]: { dataset: N; row: Tables[N][number]["row"] } }[FactDatasetName];

export interface CitedFigure {
  dataset: DatasetName;
  unit_id: string;
  /** The row the figure stands on, for presentation/citedFigure.ts to say what it is. */
  fact: FactRow;
  value: number | null;
  isPercent: boolean;
  line: number | null;
  /** Report section the row gives for the figure, if any. */
  section: string | null;
  period: string;
}

/** Whether a row's figure is a percentage: one entry per fact dataset of the registry. */
const IS_PERCENT: { [N in FactDatasetName]: (row: Tables[N][number]["row"]) => boolean } = {
  par_index: (row) => row.score === null,
  par_components: () => false,
  satisfaction: (row) => row.max_value === 100,
  stats: (row) => isPercentStatistic(row.statistic),
  dossiers: (row) => row.value_unit === "percent",
  online_services: (row) => row.value_unit === "percent",
};

/** The period of a row as text: its year, or "start–end" for datasets with a period range. */
function periodText(row: Record<string, unknown>, columns: readonly string[]): string {
  return columns.length === 1 ? String(row[columns[0] as string]) : columns.map((c) => (row[c] as string | null) ?? "").join("–");
}

/** The figure a row states, with its place, period and line (one entry of a source's list); words are presentation/citedFigure.ts. */
function citedFigure(dataset: FactDatasetName, row: Record<string, unknown> & { section: string | null }): CitedFigure {
  const roles = factRoles(dataset);
  const isPercent = (IS_PERCENT[dataset] as (row: unknown) => boolean)(row);
  const value = roles.value.map((c) => row[c] as number | null).find((v) => v !== null) ?? null;
  return { dataset, unit_id: row[roles.unit] as string, fact: { dataset, row } as unknown as FactRow, isPercent, value, line: row[roles.locator] as number | null, section: row.section, period: periodText(row, roles.period) };
}

/**
 * Every figure taken from one source, sorted by line (then dataset and file order), built when a page asks: the
 * whole country's figures as objects would hold hundreds of MB for the build's length.
 */
export function figuresOfSource(tables: Tables, sourceId: string): CitedFigure[] {
  return figuresOfSourceUpTo(tables, sourceId, Infinity).figures;
}

/**
 * The first `limit` figures of `figuresOfSource`, in its order, with the number of all the source's figures and
 * their datasets in the order they first appear: a source page shows a thousand figures of a source that may have
 * given a million, and builds only those (the rest are ordered as positions, not objects).
 */
export function figuresOfSourceUpTo(tables: Tables, sourceId: string, limit: number): { figures: CitedFigure[]; total: number; datasets: FactDatasetName[] } {
  const lists = FACT_DATASETS.map((dataset) => ({ dataset, rows: rowsOfSource(tables, dataset, sourceId) }));
  const total = lists.reduce((n, l) => n + l.rows.length, 0);
  // Every figure as one position in the datasets' lists laid end to end; ordered by line, then position.
  const lines = new Float64Array(total);
  const listAt = new Uint8Array(total);
  const rowAt = new Uint32Array(total);
  let at = 0;
  lists.forEach(({ dataset, rows }, list) => {
    const locator = factRoles(dataset).locator;
    rows.forEach(({ row }, i) => {
      lines[at] = ((row as Record<string, unknown>)[locator] as number | null) ?? 0;
      listAt[at] = list;
      rowAt[at++] = i;
    });
  });
  const order = Uint32Array.from({ length: total }, (_, i) => i).sort((a, b) => (lines[a] as number) - (lines[b] as number) || a - b);
  const datasets: FactDatasetName[] = [];
  const figures: CitedFigure[] = [];
  for (const position of order) {
    const { dataset, rows } = lists[listAt[position] as number]!;
    if (!datasets.includes(dataset)) datasets.push(dataset);
    if (figures.length < limit) figures.push(citedFigure(dataset, rows[rowAt[position] as number]!.row as unknown as Record<string, unknown> & { section: string | null }));
  }
  return { figures, total, datasets };
}

/** How many figures each source gave (a count, without building the figures). */
export function figureCount(tables: Tables, sourceId: string): number {
  return FACT_DATASETS.reduce((n, dataset) => n + rowsOfSource(tables, dataset, sourceId).length, 0);
}

const orders = new WeakMap<Tables, Map<string, number>>();

/**
 * The rank of each source by its first figure in the data (datasets in registry order, rows in file order): the
 * order in which a place's sources are cited.
 */
export function sourceOrder(tables: Tables): Map<string, number> {
  let order = orders.get(tables);
  if (!order) {
    order = new Map();
    for (const dataset of FACT_DATASETS) {
      for (const { row } of tables[dataset]) if (!order.has(row.source_id)) order.set(row.source_id, order.size);
    }
    orders.set(tables, order);
  }
  return order;
}
