/**
 * National rankings of provinces per indicator and year (PAR INDEX by the Ministry, SIPAS), built from
 * the rows the research found. Coverage is partial: a province without a row is a gap, never estimated.
 * When two sources disagree on a province-year, both rows are kept and the disagreement is exposed.
 */
import type { Tables } from "../loaders/datasets";
import type { Unit } from "../schemas/units";
import type { ParIndexRow } from "../schemas/parIndex";
import { toSlug } from "../lib/slug";
import { formatNumber } from "../lib/format";
import { memoPer, pushTo } from "../lib/collect";

export const INDICATORS = ["par-index", "sipas"] as const;
export type Indicator = (typeof INDICATORS)[number];

const STAT_INDICATOR: Record<Indicator, string> = { "par-index": "par_index", sipas: "sipas" };

/** One province's reported value for one year: the first-listed row, plus any other sources' rows. */
export interface RankedEntry {
  unit_id: string;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  quality: string;
  source_id: string;
  note: string | null;
  /** Rows from other sources for the same province-year (kept, shown as a disagreement when different). */
  others: { value: number | null; rank: number | null; source_id: string; quality: string }[];
}

interface NationalRow {
  unit_id: string; year: number; value: number | null; rank: number | null; rank_of: number | null;
  quality: string; source_id: string; note: string | null;
}

/** A PAR row's share of its maximum in percent: as stated, else computed from score and maximum. */
export function parPercent(r: Pick<ParIndexRow, "score" | "max_score" | "percent_stated">): number | null {
  return r.percent_stated ?? (r.score !== null ? (r.score / r.max_score) * 100 : null);
}

/** A PAR row's value on the 100-point scale: the score, or the percentage when only that is printed. */
export function parValue(r: Pick<ParIndexRow, "score" | "max_score" | "percent_stated">): number | null {
  return r.score ?? (r.max_score === 100 ? r.percent_stated : null);
}

// Answers computed once per tables object and kept for the build (memoPer): pages ask about rankings once per
// province and year, and must not scan whole tables each time (a country's par_index holds every district's rows).
const nationalRowsCache = new WeakMap<Tables, Map<string, NationalRow[]>>();

/** The national rows of an indicator (ministry PAR INDEX, or SIPAS overall) for every province and year. */
export function nationalRows(tables: Tables, indicator: Indicator): NationalRow[] {
  return memoPer(nationalRowsCache, tables, indicator, () => {
    if (indicator === "par-index") {
      return tables.par_index.filter((r) => r.row.assessor === "ministry" && r.row.rank_scope !== "province").map(({ row }) => ({
        unit_id: row.unit_id, year: row.year, value: parValue(row), rank: row.rank, rank_of: row.rank_of,
        quality: row.quality, source_id: row.source_id, note: row.note,
      }));
    }
    return tables.satisfaction.filter((r) => r.row.survey === "sipas" && r.row.indicator === "overall").map(({ row }) => ({
      unit_id: row.unit_id, year: row.year, value: row.value, rank: row.rank, rank_of: row.rank_of,
      quality: row.quality, source_id: row.source_id, note: row.note,
    }));
  });
}

/** Every indicator and year that has a ranking page (and its downloads). */
export function indicatorYears(tables: Tables): { indicator: Indicator; year: number }[] {
  return INDICATORS.flatMap((indicator) => yearsOf(tables, indicator).map((year) => ({ indicator, year })));
}

const yearsCache = new WeakMap<Tables, Map<string, number[]>>();

/** Years with at least one row for the indicator, ascending. */
export function yearsOf(tables: Tables, indicator: Indicator): number[] {
  return memoPer(yearsCache, tables, indicator, () => [...new Set(nationalRows(tables, indicator).map((r) => r.year))].sort((a, b) => a - b));
}

const rankingCache = new WeakMap<Tables, Map<string, RankedEntry[]>>();

/** The ranking of one year: one entry per province, by rank, then value; provinces with no rank last. */
export function ranking(tables: Tables, indicator: Indicator, year: number): RankedEntry[] {
  return memoPer(rankingCache, tables, `${indicator}|${year}`, () => computeRanking(tables, indicator, year));
}

const entryCache = new WeakMap<Tables, Map<string, Map<string, RankedEntry>>>();

/** One province's entry in the ranking of a year (undefined when it has no row), without scanning the ranking. */
export function rankedEntry(tables: Tables, indicator: Indicator, year: number, unitId: string): RankedEntry | undefined {
  return memoPer(entryCache, tables, `${indicator}|${year}`, () => new Map(ranking(tables, indicator, year).map((e) => [e.unit_id, e]))).get(unitId);
}

function computeRanking(tables: Tables, indicator: Indicator, year: number): RankedEntry[] {
  const byUnit = new Map<string, NationalRow[]>();
  for (const r of nationalRows(tables, indicator)) if (r.year === year) pushTo(byUnit, r.unit_id, r);
  return [...byUnit.values()].map((rows) => {
    const [first, ...rest] = byStrength(rows) as [NationalRow, ...NationalRow[]];
    return { ...first, others: rest.map((o) => ({ value: o.value, rank: o.rank, source_id: o.source_id, quality: o.quality })) };
  }).sort((a, b) =>
    (a.rank ?? 999) - (b.rank ?? 999) || (b.value ?? -1) - (a.value ?? -1) || a.unit_id.localeCompare(b.unit_id));
}

/** How firmly a row's rank and value are known: printed in the source first, a rank from listing order last. */
export const QUALITY_STRENGTH: Record<string, number> = { stated: 0, derived: 1, inferred: 2, listing_order: 3 };

/**
 * A province-year's rows, the one the page shows first: the strongest quality, then one with a value, then file
 * order. So a rank read from a list's order never displaces a rank the same page prints from another source.
 */
export function byStrength<T extends { quality: string; value: number | null }>(rows: T[]): T[] {
  const strength = (r: T) => QUALITY_STRENGTH[r.quality] ?? 9;
  return rows.map((r, i) => ({ r, i }))
    .sort((a, b) => strength(a.r) - strength(b.r) || Number(a.r.value === null) - Number(b.r.value === null) || a.i - b.i)
    .map(({ r }) => r);
}

/** Whether a rank is printed as such (the chart labels only these; the table marks the others). */
export function rankIsStated(entry: { quality: string; rank: number | null }): boolean {
  return entry.rank !== null && entry.quality === "stated";
}

/** Entries whose rank is not printed as such but equals a rank another province has printed, with that province. */
export function weakRankClashes(entries: RankedEntry[]): { entry: RankedEntry; stated: RankedEntry }[] {
  const stated = entries.filter(rankIsStated);
  return entries.filter((e) => e.rank !== null && !rankIsStated(e)).flatMap((entry) => {
    const other = stated.find((s) => s.rank === entry.rank && s.unit_id !== entry.unit_id);
    return other ? [{ entry, stated: other }] : [];
  });
}

/** Provinces with a value in a year, as the ranking table shows them (so chart and table always agree). */
export function scoredEntries(tables: Tables, indicator: Indicator, year: number): (RankedEntry & { value: number })[] {
  return ranking(tables, indicator, year).filter((e): e is RankedEntry & { value: number } => e.value !== null);
}

/** The latest year with at least one value, and the year with the most provinces valued (latest on a tie). */
export function valuedYears(tables: Tables, indicator: Indicator): { latest: number; best: number } | null {
  const counts = new Map<number, number>();
  for (const year of yearsOf(tables, indicator)) {
    const n = scoredEntries(tables, indicator, year).length;
    if (n > 0) counts.set(year, n);
  }
  const years = [...counts.keys()];
  if (years.length === 0) return null;
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return { latest: Math.max(...years), best };
}

/** True when another source gives a different value or rank for the same province-year. */
export function disagrees(entry: RankedEntry): boolean {
  return entry.others.some((o) => (o.value !== null && entry.value !== null && o.value !== entry.value) || (o.rank !== null && entry.rank !== null && o.rank !== entry.rank));
}

export interface NationalStat { value: number | null; source_id: string; note: string | null; indicator: string; population: string; statistic: string }

const statsCache = new WeakMap<Tables, Map<string, Map<string, NationalStat[]>>>();

/** National statistics of an indicator and year (mean, min, max, band counts, region means), in file order. */
export function nationalStats(tables: Tables, indicator: Indicator, year: number): NationalStat[] {
  // One pass over stats.csv per build, grouped by indicator and year (pages ask per province and year).
  const byKey = memoPer(statsCache, tables, "", () => {
    const out = new Map<string, NationalStat[]>();
    for (const { row } of tables.stats) {
      if (row.scope_unit_id !== "viet-nam" || row.population !== "provinces") continue;
      const stat = { value: row.value, source_id: row.source_id, note: row.note, indicator: row.indicator, population: row.population, statistic: row.statistic };
      pushTo(out, `${row.indicator}|${row.year}`, stat);
    }
    return out;
  });
  return byKey.get(`${STAT_INDICATOR[indicator]}|${year}`) ?? [];
}

/** The national mean as stated (first source), or null. */
export function nationalMean(tables: Tables, indicator: Indicator, year: number): NationalStat | null {
  return nationalStats(tables, indicator, year).find((s) => s.statistic === "mean" && s.value !== null) ?? null;
}

/** Statistic name of a region's mean: region_mean_<snake slug of the region>. */
export function regionStatistic(region: string): string {
  return `region_mean_${toSlug(region).replace(/-/g, "_")}`;
}

/** The stated mean of a region, or null. */
export function regionMean(tables: Tables, indicator: Indicator, year: number, region: string | null): NationalStat | null {
  if (!region) return null;
  return nationalStats(tables, indicator, year).find((s) => s.statistic === regionStatistic(region) && s.value !== null) ?? null;
}

/** Coverage of a year: provinces with a value, with any row, out of the provinces that existed. */
export function coverage(entries: RankedEntry[], provinces: Unit[]) {
  return { withValue: entries.filter((e) => e.value !== null).length, any: entries.length, of: provinces.length };
}

/** Row-level check: within a year, a higher value must not have a worse rank; equal values may tie. */
export function orderConflicts(entries: RankedEntry[]): [RankedEntry, RankedEntry][] {
  const ranked = entries.filter((e) => e.value !== null && e.rank !== null);
  const out: [RankedEntry, RankedEntry][] = [];
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const a = ranked[i] as RankedEntry;
      const b = ranked[j] as RankedEntry;
      const va = a.value as number, vb = b.value as number, ra = a.rank as number, rb = b.rank as number;
      const bad = (va > vb && ra > rb) || (vb > va && rb > ra) || (va !== vb && ra === rb);
      if (bad) out.push([a, b]);
    }
  }
  return out;
}

/** Anchor id of the order check of a pair, as listed for one of the two provinces on the data-quality page. */
export function rankOrderCheckId(indicator: Indicator, year: number, a: string, b: string, about: string): string {
  return `rank-order-${indicator}-${year}-${a}-${b}-${about}`;
}

/**
 * What one source says about a province-year, as printed ("91,87 (hạng 2)", "91,81", "hạng 7"); `inline`
 * gives "91,87, hạng 2" for use inside parentheses.
 */
export function claimText(claim: { value: number | null; rank: number | null }, inline = false): string {
  const value = claim.value === null ? null : formatNumber(claim.value);
  if (value !== null) return claim.rank !== null ? (inline ? `${value}, hạng ${claim.rank}` : `${value} (hạng ${claim.rank})`) : value;
  return claim.rank !== null ? `hạng ${claim.rank}` : "không nêu điểm và hạng";
}

/** The order check of every indicator and year as consistency checks, one per province involved. */
export function rankOrderChecks(tables: Tables): import("./checks").Check[] {
  const checks: import("./checks").Check[] = [];
  const names = new Map(tables.units.map((u) => [u.row.unit_id, u.row.name]));
  const name = (id: string) => names.get(id) ?? id;
  for (const indicator of INDICATORS) {
    for (const year of yearsOf(tables, indicator)) {
      for (const [a, b] of orderConflicts(ranking(tables, indicator, year))) {
        const words: import("./checks").CheckWords = {
          code: "rankOrder", indicator, year,
          a: { name: name(a.unit_id), value: a.value, rank: a.rank }, b: { name: name(b.unit_id), value: b.value, rank: b.rank },
        };
        for (const e of [a, b]) {
          checks.push({
            id: rankOrderCheckId(indicator, year, a.unit_id, b.unit_id, e.unit_id),
            kind: "rank", unit_id: e.unit_id, dataset: indicator === "sipas" ? "satisfaction" : "par_index", ok: false, grade: "contradiction",
            stated: e.rank ?? 0, computed: e === a ? (b.rank ?? 0) : (a.rank ?? 0), words,
            refs: [{ source_id: a.source_id, line: null }, { source_id: b.source_id, line: null }],
          });
        }
      }
    }
  }
  return checks;
}
