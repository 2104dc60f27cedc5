/** A province against the country and its region, year by year (pure; figures only where stated). */
import type { Tables } from "../loaders/datasets";
import type { Unit } from "../schemas/units";
import { INDICATORS, nationalMean, rankedEntry, regionMean, yearsOf, disagrees, type Indicator, type RankedEntry } from "./rankings";

export interface YearContext {
  indicator: Indicator;
  year: number;
  entry: RankedEntry;
  mean: number | null;
  meanSource: string | null;
  regionMean: number | null;
  regionSource: string | null;
  conflict: boolean;
}

/** The province's national figures by indicator and year, with the stated national and regional means. */
export function provinceHistory(tables: Tables, unit: Unit): YearContext[] {
  const out: YearContext[] = [];
  for (const indicator of INDICATORS) {
    for (const year of yearsOf(tables, indicator)) {
      const entry = rankedEntry(tables, indicator, year, unit.unit_id);
      if (!entry) continue;
      const mean = nationalMean(tables, indicator, year);
      const region = regionMean(tables, indicator, year, unit.region);
      out.push({
        indicator, year, entry, conflict: disagrees(entry),
        mean: mean?.value ?? null, meanSource: mean?.source_id ?? null,
        regionMean: region?.value ?? null, regionSource: region?.source_id ?? null,
      });
    }
  }
  return out;
}

/** The columns of a province series download, in order. */
export const SERIES_COLUMNS = ["unit_id", "name", "indicator", "year", "value", "rank", "rank_of", "quality", "national_mean", "national_mean_source", "region_mean", "region_mean_source", "source_id", "other_sources"] as const;

/**
 * One row per province, indicator and year the research covers (value empty where there is no figure, never
 * estimated), with the stated national and regional means: the table a province page (or, for a unit formed
 * in 2025, each predecessor) shows, as data.
 */
export function provinceSeriesRows(tables: Tables, provinces: readonly Unit[]): Record<(typeof SERIES_COLUMNS)[number], string | number | null>[] {
  return provinces.flatMap((unit) => {
    const history = provinceHistory(tables, unit);
    return INDICATORS.flatMap((indicator) => yearsOf(tables, indicator).map((year) => {
      const h = history.find((x) => x.indicator === indicator && x.year === year);
      const national = nationalMean(tables, indicator, year);
      const region = regionMean(tables, indicator, year, unit.region);
      return {
        unit_id: unit.unit_id, name: unit.name, indicator, year,
        value: h?.entry.value ?? null, rank: h?.entry.rank ?? null, rank_of: h?.entry.rank_of ?? null, quality: h?.entry.quality ?? null,
        national_mean: national?.value ?? null, national_mean_source: national?.source_id ?? null,
        region_mean: region?.value ?? null, region_mean_source: region?.source_id ?? null,
        source_id: h?.entry.source_id ?? null,
        other_sources: h ? h.entry.others.map((o) => `${o.source_id}: ${o.value ?? ""}/${o.rank ?? ""}`).join("; ") : null,
      };
    }));
  });
}

/**
 * How far a score is above (positive) or below (negative) a mean, in points rounded to the two decimals both are
 * printed with (worded by src/presentation/versusText.ts); null when either figure is missing.
 */
export function versusMean(value: number | null, mean: number | null): number | null {
  if (value === null || mean === null) return null;
  return Math.round((value - mean) * 100) / 100;
}
