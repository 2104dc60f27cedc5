/**
 * The numbers behind the site's charts: which rows each chart draws (one function per chart), which PAR INDEX year
 * a national chart draws, a ranking chart's id, how many periods a dossier chart draws. No words: the charts
 * themselves (heading, drawing, note, in a locale) are built from these in src/presentation/placeCharts.ts.
 */
import type { SiteData } from "./placeView";
import { nationalMean, parValue, rankIsStated, scoredEntries, valuedYears, type Indicator } from "./rankings";
import { lateRate, resolvedInTime, resolvedTotal, valueOf } from "./figures";
import { tierOf } from "./places";
import { sortRanked, type RankedItem } from "../charts/rankedBars/layout";
import type { StackRow } from "../charts/stackedBars/layout";
import type { TileGrid } from "../charts/tileMap/layout";
import type { ParIndexRow } from "../schemas/parIndex";
import type { Level } from "../schemas/figures";
import type { Locator } from "../lib/cite";
import { memoPer } from "../lib/collect";

/** The country's unit id: national charts are the country's. */
export const COUNTRY = "viet-nam";

/** Scored ministry PAR INDEX entries of a year, the row per province the ranking table shows (see byStrength). */
export function ministryScores(site: SiteData, year: number) {
  return scoredEntries(site.tables, "par-index", year);
}

/** The PAR INDEX year with the most provinces scored in our data (the latest on a tie). */
export function bestParYear(site: SiteData): number | null {
  return valuedYears(site.tables, "par-index")?.best ?? null;
}

/** The latest PAR INDEX year with at least one province scored. */
export function latestParYear(site: SiteData): number | null {
  return valuedYears(site.tables, "par-index")?.latest ?? null;
}

/** Chart ids of the national ranking pages: one per indicator and year (xep-hang-par-index-2023). */
export const RANKING_CHART = /^xep-hang-(par-index|sipas)-(\d{4})$/;
/** The id of the national ranking chart of an indicator and year (its embed page and downloads use it). */
export const rankingChartId = (indicator: Indicator, year: number) => `xep-hang-${indicator}-${year}`;

/**
 * The most periods a dossier chart draws, the latest ones: dashboards publish monthly since 7/2025, and a bar per
 * month would grow a commune's chart (and its downloads) for ever; the figure table beside it lists every period.
 */
export const CHART_PERIODS = 6;

/** The report lines of the rows a chart draws (web sources have none). */
export const locatorsOf = (rows: readonly { source_id: string; line: number | null }[]): Locator[] =>
  rows.flatMap((r) => (r.line === null ? [] : [{ source_id: r.source_id, line: r.line }]));

/**
 * One row per year, the last of each year in the order the place's rows are listed (the chart's points); null under
 * two years (no trend to draw).
 */
function onePerYear<R extends { year: number }>(listed: readonly R[]): R[] | null {
  const byYear = new Map<number, R>();
  for (const r of [...listed].reverse()) if (!byYear.has(r.year)) byYear.set(r.year, r);
  return byYear.size < 2 ? null : [...byYear.values()];
}

/** A place's ministry PAR INDEX rows with a value, one per year (the trend chart's points). */
export function parTrendRows(site: SiteData, unitId: string): ParIndexRow[] | null {
  return onePerYear(site.parIndex(unitId).filter((r) => r.assessor === "ministry" && parValue(r) !== null));
}

/** A place's overall SIPAS rows with a value, one per year (the trend chart's points). */
export function sipasTrendRows(site: SiteData, unitId: string) {
  return onePerYear(site.satisfaction(unitId).filter((r) => r.survey === "sipas" && r.indicator === "overall" && r.value !== null));
}

/** A year's ranking as the chart draws it, prepared once per site and shared by the country's chart and every province's excerpt. */
export interface RankingBarsBase {
  rows: ReturnType<typeof scoredEntries>;
  /** Every province with a value, in chart order (sortRanked), labelled with its name. */
  sorted: RankedItem[];
  /** Index of each province in `sorted`. */
  index: Map<string, number>;
  /** Source of each province's row. */
  sourceOf: Map<string, string>;
  mean: ReturnType<typeof nationalMean>;
  /** How many provinces existed before the 2025 reorganisation (the coverage's denominator, 63 in the real data). */
  provinces: number;
}

const rankingBase = new WeakMap<SiteData, Map<string, RankingBarsBase | null>>();

/** The ranking of an indicator in a year, or null with fewer than three provinces scored. */
export function rankingBarsBase(site: SiteData, indicator: Indicator, year: number): RankingBarsBase | null {
  return memoPer(rankingBase, site, `${indicator}|${year}`, () => {
    const rows = scoredEntries(site.tables, indicator, year);
    if (rows.length < 3) return null;
    const sorted = sortRanked(rows.map((r) => ({ id: r.unit_id, label: site.places.get(r.unit_id).name, value: r.value, rank: rankIsStated(r) ? r.rank : null })));
    return {
      rows, sorted, index: new Map(sorted.map((item, i) => [item.id, i])), sourceOf: new Map(rows.map((r) => [r.unit_id, r.source_id])),
      mean: nationalMean(site.tables, indicator, year),
      provinces: site.places.ofTier("province").filter((p) => !p.valid_from).length,
    };
  });
}

/** The year of a province's own ministry PAR INDEX ranking chart (its latest scored year), the best-covered for the country. */
export function parRankingYear(site: SiteData, unitId: string): number | null {
  if (unitId === COUNTRY) return bestParYear(site);
  if (tierOf(site.places.get(unitId).kind) !== "province") return null;
  return site.parIndex(unitId).find((r) => r.assessor === "ministry" && r.score !== null)?.year ?? null;
}

/** A place's PAR components of its latest year, the top two levels (1, 1.1), or null without any. */
export function latestComponents(site: SiteData, unitId: string) {
  const all = site.parComponents(unitId);
  const year = Math.max(...all.map((c) => c.year));
  const rows = all.filter((c) => c.year === year && c.code.split(".").length <= 2);
  return rows.length === 0 ? null : { year, rows };
}

/** A district's rank in its province's own index, with the districts of the same year that the data names. */
export function districtRankFacts(site: SiteData, unitId: string) {
  const unit = site.places.get(unitId);
  const own = site.parIndex(unitId).find((r) => r.assessor === "province" && r.rank !== null && r.rank_of !== null);
  if (!own || !unit.parent_id || own.rank_of === null) return null;
  const province = site.places.get(unit.parent_id);
  const peers = site.places.childrenOf(province.unit_id).flatMap((d) => site.parIndex(d.unit_id).filter((r) => r.assessor === "province" && r.year === own.year && r.rank !== null).slice(0, 1));
  return { unit, own, of: own.rank_of, province, peers };
}

/** One bar of a dossier chart: a group's level and period, the counts drawn and the pending count beside it. */
export interface DossierBar extends Omit<StackRow, "label"> {
  level: Level;
  periodStart: string | null;
  periodEnd: string;
}

function pending(group: Parameters<typeof valueOf>[0]): StackRow["pending"] {
  const stated = valueOf(group, "pending");
  if (stated !== null) return { key: "pending", count: stated };
  const within = valueOf(group, "pending_within_deadline");
  const overdue = valueOf(group, "pending_overdue");
  if (within !== null && overdue !== null) return { key: "pending", count: within + overdue };
  return within !== null ? { key: "pending_within", count: within } : undefined;
}

/** The bars of a place's dossier chart (the latest CHART_PERIODS periods) and how many periods were left out. */
export function dossierBars(site: SiteData, unitId: string) {
  const bars: DossierBar[] = [];
  const sources: string[] = [];
  const drawn: Locator[] = [];
  const periods = new Set<string>();
  let left = 0;
  // Groups come newest first (sortGroups), so the periods kept are the latest.
  for (const g of site.dossierGroups(unitId)) {
    const period = `${g.group.period_start}|${g.group.period_end}`;
    if (!periods.has(period) && periods.size === CHART_PERIODS) {
      left++;
      continue;
    }
    const early = valueOf(g.group, "resolved_early");
    const onTime = valueOf(g.group, "resolved_on_time");
    const late = valueOf(g.group, "resolved_late");
    const split = early !== null && onTime !== null;
    const inTime = split ? null : resolvedInTime(g.group);
    // A bar needs the in-time part: a lone late count would draw as "100% late".
    if (!split && inTime === null) continue;
    const counts: StackRow["counts"] = split ? { early: early as number, on_time: onTime as number } : inTime !== null ? { in_time: inTime } : {};
    if (late !== null) counts.late = late;
    // The bar is the resolved dossiers, as the on-time rate's denominator: what the source leaves unsplit shows.
    const parts = Object.values(counts).reduce((a, b) => a + b, 0);
    const resolved = resolvedTotal(g.group);
    if (resolved !== null && resolved > parts) counts.unstated = resolved - parts;
    const waiting = pending(g.group);
    periods.add(period);
    bars.push({ id: g.group.key, level: g.group.level, periodStart: g.group.period_start, periodEnd: g.group.period_end, counts, ...(waiting ? { pending: waiting } : {}) });
    sources.push(g.group.source_id);
    drawn.push(...locatorsOf([...g.group.values.values()].map((v) => v.row)));
  }
  return bars.length === 0 ? null : { bars, sources, locators: drawn, left };
}

/** The PAR INDEX year a national tile map draws (latest, or the best-covered when that is another year) and its scores. */
export function tileMapFacts(site: SiteData, grid: TileGrid, which: "latest" | "coverage") {
  const latest = latestParYear(site);
  const year = which === "latest" ? latest : bestParYear(site);
  if (year === null || (which === "coverage" && year === latest)) return null;
  const all = ministryScores(site, year);
  const rows = all.filter((r) => grid.tiles.some((t) => t.id === r.unit_id));
  // Every map of one year colours on the range of all provinces scored that year, so colours mean the same on both.
  const domain: [number, number] = [Math.min(...all.map((r) => r.value)), Math.max(...all.map((r) => r.value))];
  return { year, rows, domain };
}

/** The most bars a ranking of places draws: as many as the provinces before 2025 (a national ranking is whole). */
const MOST_BARS = 63;

/**
 * Each district's late rate from its own report (latest with the figures), highest first when there are more than
 * MOST_BARS: with every district's report in the data (the whole country: 705) the chart draws the highest only,
 * as an excerpt that says how many there are; the dataset downloads hold the rest.
 */
export function districtLateRates(site: SiteData) {
  const items = site.places.ofTier("district").flatMap((d) => {
    const g = site.dossierGroups(d.unit_id).find((v) => v.group.level === "district" && v.late !== null);
    return g ? [{ id: d.unit_id, label: `${d.name}, ${g.group.period_end.slice(0, 4)}`, value: Math.round((lateRate(g.group) as number) * 100) / 100, source: g.group.source_id }] : [];
  });
  if (items.length < 2) return null;
  const sorted = sortRanked(items);
  const cut = sorted.length > MOST_BARS;
  return { items, drawn: cut ? sorted.slice(0, MOST_BARS) : items, excerpt: cut ? { from: 1, of: sorted.length } : undefined, max: Math.max(...items.map((i) => i.value)) };
}

/** The national mean of an indicator by year, as the sources state it (first row per year); null under two years. */
export function nationalMeans(site: SiteData, indicator: "par_index" | "sipas") {
  const byYear = new Map<number, { value: number; source: string }>();
  for (const { row } of site.tables.stats) {
    if (row.scope_unit_id !== COUNTRY || row.indicator !== indicator || row.statistic !== "mean" || row.value === null || byYear.has(row.year)) continue;
    byYear.set(row.year, { value: row.value, source: row.source_id });
  }
  return byYear.size < 2 ? null : byYear;
}
