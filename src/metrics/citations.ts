/** Which sources, with which report lines, a citation of a place page, a ranking or a chart names. */
import type { CitedSource } from "../lib/citation";
import type { Locator } from "../lib/cite";
import type { SiteData } from "./placeView";
import { sourceOrder } from "./provenance";
import { rowsOfUnit } from "../tables/byUnit";
import { FACT_DATASETS } from "../schemas/index";

const KIND_ORDER = { report: 0, legal: 1, web: 2 } as const;

/** Sources in first-seen order (reports first), each with the lines of its locators. */
export function citedSources(site: SiteData, sourceIds: readonly string[], locators: readonly Locator[] = []): CitedSource[] {
  const out: CitedSource[] = [];
  for (const id of new Set(sourceIds)) {
    const source = site.sources.get(id);
    if (!source) continue;
    const lines = locators.filter((l) => l.source_id === id && l.line !== null).map((l) => l.line as number);
    out.push({ source, lines });
  }
  return out.sort((a, b) => KIND_ORDER[a.source.kind] - KIND_ORDER[b.source.kind]);
}

/** The sources of a chart, with the report lines of the rows it draws. */
export function chartCitedSources(site: SiteData, chart: { sources: readonly string[]; locators?: readonly Locator[] | undefined }): CitedSource[] {
  return citedSources(site, chart.sources, chart.locators);
}

/** The ids of the sources with a figure of the place, in the order sources first appear in the data (sourceOrder). */
function sourceIdsOf(site: SiteData, unitId: string): string[] {
  const ids = new Set<string>();
  for (const dataset of FACT_DATASETS) for (const { row } of rowsOfUnit(site.tables, dataset, unitId)) ids.add(row.source_id);
  const order = sourceOrder(site.tables);
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * Every source with a figure of the place, without lines: a whole page draws on dozens of lines, each figure
 * on it links to its own.
 */
export function placeCitedSources(site: SiteData, unitId: string): CitedSource[] {
  return citedSources(site, sourceIdsOf(site, unitId));
}
