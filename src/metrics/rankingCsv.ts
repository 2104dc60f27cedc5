/**
 * The ranking downloads as CSV text, the same in both editions: their headers are English column names and their
 * cells codes (quality, indicator, statistic), numbers with "." decimals, ids and the names data/ gives, so the
 * Vietnamese file (/xep-hang/…) and the English one (/en/rankings/…) are one text at two addresses.
 */
import type { Tables } from "../loaders/datasets";
import type { SiteData } from "./placeView";
import { toCsv } from "../lib/csvOut";
import { nationalStats, ranking, type Indicator } from "./rankings";
import { provinceSeriesRows, SERIES_COLUMNS } from "./provinceContext";

/** The ranking table of an indicator and year: every row drawn on the page (a second source's rows too), with its source. */
export function rankingCsv(tables: Tables, indicator: Indicator, year: number): string {
  const names = new Map(tables.units.map((u) => [u.row.unit_id, u.row.name]));
  const urls = new Map(tables.sources.map((s) => [s.row.source_id, s.row.url]));
  const rows = ranking(tables, indicator, year).flatMap((e) => [
    { unit_id: e.unit_id, name: names.get(e.unit_id), value: e.value, rank: e.rank, rank_of: e.rank_of, quality: e.quality, source_id: e.source_id, source_url: urls.get(e.source_id), other_source: "" },
    ...e.others.map((o) => ({ unit_id: e.unit_id, name: names.get(e.unit_id), value: o.value, rank: o.rank, rank_of: e.rank_of, quality: o.quality, source_id: o.source_id, source_url: urls.get(o.source_id), other_source: "yes" })),
  ]);
  return toCsv(["unit_id", "name", "value", "rank", "rank_of", "quality", "source_id", "source_url", "other_source"], rows);
}

/** The national statistics of an indicator and year (national and regional means, band counts), with sources. */
export function rankingStatsCsv(tables: Tables, indicator: Indicator, year: number): string {
  const urls = new Map(tables.sources.map((s) => [s.row.source_id, s.row.url]));
  const rows = nationalStats(tables, indicator, year)
    .map((s) => ({ statistic: s.statistic, value: s.value, source_id: s.source_id, source_url: urls.get(s.source_id) ?? "", note: s.note }));
  return toCsv(["statistic", "value", "source_id", "source_url", "note"], rows);
}

/**
 * A province's PAR INDEX and SIPAS series (the table on its page); for a unit formed on 1 July 2025, the series of
 * each predecessor, side by side in rows, never combined.
 */
export function provinceYearsCsv(site: SiteData, unitId: string): string {
  const unit = site.places.get(unitId);
  const provinces = unit.valid_from ? site.places.predecessorsOf(unit.unit_id, "province") : [unit];
  return toCsv(SERIES_COLUMNS, provinceSeriesRows(site.tables, provinces));
}
