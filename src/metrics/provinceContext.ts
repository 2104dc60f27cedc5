/** A province against the country and its region, year by year (pure; figures only where stated). */
import type { Tables } from "../loaders/datasets";
import type { Unit } from "../schemas/units";
import { INDICATORS, nationalMean, ranking, regionMean, yearsOf, disagrees, type Indicator, type RankedEntry } from "./rankings";
import { formatNumber } from "../lib/format";

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
      const entry = ranking(tables, indicator, year).find((e) => e.unit_id === unit.unit_id);
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

/** "cao hơn trung bình cả nước 2,30 điểm" / "thấp hơn …" / "bằng …"; null when either figure is missing. */
export function versusMean(value: number | null, mean: number | null, what: string): string | null {
  if (value === null || mean === null) return null;
  const diff = Math.round((value - mean) * 100) / 100;
  if (diff === 0) return `bằng trung bình ${what}`;
  return `${diff > 0 ? "cao hơn" : "thấp hơn"} trung bình ${what} ${formatNumber(Math.abs(diff), 2)} điểm`;
}
