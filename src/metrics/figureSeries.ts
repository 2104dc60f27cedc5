/**
 * Periods of the same shape, read as one table. A place with monthly dossier reports has a group of figures per
 * month (five counts each); seventeen tables of five rows say less than one table with a row per month and a
 * column per measure. The rule is by the shape of the data alone: at one level, the groups whose figures are
 * counts stated once each (no stated share to set beside a recomputed one, no second value for a measure), whose
 * checks all pass and which state the same measures form a series when there are at least two of them. Any other
 * group keeps its own table, where its shares, conflicts and failed checks are shown beside the figures they
 * concern; groups of different measures are never merged into one table full of gaps.
 */
import type { Located } from "../loaders/csv";
import type { Locator } from "../lib/cite";
import type { Check } from "./checks";
import type { FigureGroup, FigureRow } from "./figures";
import { periodCaveats, sameCaveat, type Caveat } from "./caveats";

/** One period of a series: its counts by measure, the locator most of them share and the period's caveats. */
export interface SeriesRow {
  /** The group the row was made of. */
  group: FigureGroup;
  period_start: string | null;
  period_end: string;
  cells: Map<string, Located<FigureRow>>;
  /** The locator cited once for the row; a cell whose figure comes from elsewhere cites its own. */
  cite: Locator;
  caveats: Caveat[];
}

/** Periods of one level and one set of measures as rows, the measures (in the order the groups give them) as columns. */
export interface FigureSeries {
  kind: "series";
  level: FigureGroup["level"];
  measures: string[];
  rows: SeriesRow[];
}

/** A group shown on its own, as before. */
export interface SingleGroup {
  kind: "group";
  group: FigureGroup;
  checks: Check[];
}

/** What a figures section draws, in the groups' order: each series stands where its first period stood. */
export type FigureBlock = FigureSeries | SingleGroup;

/** True when a group is plain counts, each stated once, and none of its checks failed. */
export function fitsSeries(group: FigureGroup, checks: readonly Check[]): boolean {
  if (group.alternates.length > 0 || checks.some((c) => !c.ok)) return false;
  return [...group.values.values()].every((r) => r.row.value_unit === "count");
}

const locatorKey = (l: Locator) => `${l.source_id}\u0000${l.line ?? ""}\u0000${l.section ?? ""}`;
const locatorOf = (r: Located<FigureRow>): Locator => ({ source_id: r.row.source_id, line: r.row.line, section: r.row.section });

/** The locator most cells of a row share (the first of equals), so that the fewest cells need their own. */
export function rowLocator(cells: readonly Located<FigureRow>[]): Locator {
  const counts = new Map<string, { locator: Locator; n: number }>();
  for (const cell of cells) {
    const locator = locatorOf(cell);
    const entry = counts.get(locatorKey(locator));
    if (entry) entry.n++;
    else counts.set(locatorKey(locator), { locator, n: 1 });
  }
  let best: { locator: Locator; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best) throw new Error("rowLocator: a row without figures");
  return best.locator;
}

/** True when a cell's figure is cited by its row's locator (same source, line and section). */
export function citedByRow(cell: Located<FigureRow>, row: SeriesRow): boolean {
  return locatorKey(locatorOf(cell)) === locatorKey(row.cite);
}

/** The shape of a group that fits a series: its level and the measures it states (in any order); else null. */
function shapeOf(group: FigureGroup, checks: readonly Check[]): string | null {
  return fitsSeries(group, checks) ? [group.level, ...[...group.values.keys()].sort()].join("\u0000") : null;
}

/** Groups (sorted as the page shows them) and their checks, as the blocks a figures section draws. */
export function figureBlocks(groups: readonly { group: FigureGroup; checks: Check[] }[]): FigureBlock[] {
  const shapes = groups.map((g) => shapeOf(g.group, g.checks));
  const count = new Map<string, number>();
  for (const shape of shapes) if (shape !== null) count.set(shape, (count.get(shape) ?? 0) + 1);
  const blocks: FigureBlock[] = [];
  const seriesOfShape = new Map<string, FigureSeries>();
  groups.forEach(({ group, checks }, i) => {
    const shape = shapes[i];
    if (shape === null || shape === undefined || (count.get(shape) ?? 0) < 2) {
      blocks.push({ kind: "group", group, checks });
      return;
    }
    let series = seriesOfShape.get(shape);
    if (!series) {
      series = { kind: "series", level: group.level, measures: [...group.values.keys()], rows: [] };
      seriesOfShape.set(shape, series);
      blocks.push(series);
    }
    // Two sources can give the same period at one level: each stays a row of its own, cited by its own locator.
    series.rows.push({
      group, period_start: group.period_start, period_end: group.period_end,
      cells: new Map(group.values), cite: rowLocator([...group.values.values()]),
      caveats: periodCaveats(group.period_start, group.period_end),
    });
  });
  return blocks;
}

/**
 * The groups a series shows after its first row (the latest period, as groups are sorted newest first): a section
 * gives headline cards to the first only, as the chart and the table beside it show every period.
 */
export function laterPeriods(blocks: readonly FigureBlock[]): Set<FigureGroup> {
  return new Set(blocks.flatMap((b) => (b.kind === "series" ? b.rows.slice(1).map((r) => r.group) : [])));
}

/**
 * The caveats every row of a series carries ("one month, not a whole year" on each month): the table says them
 * once, in its caption, and each row keeps only its own.
 */
export function sharedCaveats(series: FigureSeries): Caveat[] {
  const [first, ...rest] = series.rows;
  return (first?.caveats ?? []).filter((c) => rest.every((r) => r.caveats.some((o) => sameCaveat(o, c))));
}
