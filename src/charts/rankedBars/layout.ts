/**
 * Ranked horizontal bars: places sorted by value, the current place highlighted by colour AND a marker
 * and bold label, a reference mean drawn as a rule with its own label.
 */
import { scaleLinear } from "d3-scale";
import { max } from "d3-array";
import { valueFormatter } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { FONT, fitAnchor, textWidth, wrapText } from "../text";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { valueColumn, type Cell, type DataTable } from "../table";

export interface RankedItem {
  id: string;
  label: string;
  value: number;
  /** Official rank from the source, when it gives one. Labels show only this, never the drawing order. */
  rank?: number | null;
}

export interface RankedBarsData {
  title: string;
  /** What the items are, for the summary ("tỉnh, thành phố có điểm PAR INDEX 2023 trong dữ liệu"). */
  population: string;
  measure: string;
  items: RankedItem[];
  highlightId?: string | undefined;
  mean?: { value: number; label: string } | undefined;
  unit?: "number" | "percent";
  /**
   * Set when the items are only part of a longer ranking (see excerptAround): they come in chart order, as a slice
   * of sortRanked(whole), and are not sorted again; `from` is the position (1 = best) of the first one in the whole,
   * `of` how many places the whole has, `noun` what they are ("tỉnh, thành phố"). Positions, summary and table
   * count in the whole ranking, and the drawing says it is an excerpt.
   */
  excerpt?: RankingExcerpt | undefined;
}

export interface RankingExcerpt {
  from: number;
  of: number;
  noun: string;
}

/** How many places above and below the highlighted one an excerpt of a ranking shows. */
export const EXCERPT_RADIUS = 4;

/** Line height of the excerpt note under the bars (11 px text). */
const EXCERPT_LINE = 15;

export interface RankedBarsOptions {
  width: number;
  rowHeight: number;
  /** "left": names in a column left of the bars; "above": each name on its own line over its bar (narrow screens). */
  labels: "left" | "above";
  /** Width of the name column when labels are on the left. */
  labelWidth: number;
  margin: Margin;
  /** Upper end of the value axis; default 100 (scores and percentages). */
  domainMax?: number;
  /** The language of the chart's own words (excerpt line, description); data's words come in that language. */
  locale: Locale;
}

export const RANKED_BARS_DEFAULTS: RankedBarsOptions = {
  width: 480,
  rowHeight: 20,
  labels: "left",
  labelWidth: 140,
  margin: { top: 30, right: 52, bottom: 8, left: 8 },
  locale: DEFAULT_LOCALE,
};

/** The narrow layout (about 300 px wide, shown on small screens): names over full-width bars. */
export const RANKED_BARS_NARROW: Partial<RankedBarsOptions> = {
  width: 300, rowHeight: 34, labels: "above", margin: { top: 30, right: 48, bottom: 8, left: 8 },
};

export interface PlacedBar extends RankedItem {
  /** Position in this chart (1 = longest bar); not an official rank. */
  position: number;
  y: number;
  width: number;
  highlight: boolean;
}

export interface RankedBarsLayout extends ChartLayout {
  bars: PlacedBar[];
  meanX: number | null;
}

/** Every value the chart prints (bars and mean): they share one number of decimals. */
const valuesOf = (data: RankedBarsData) => [...data.items.map((i) => i.value), data.mean?.value];

const formatterOf = (data: RankedBarsData, locale: Locale) => valueFormatter(data.unit, valuesOf(data), locale);

/** Items sorted best first; equal values by official rank when both have one ("27." before "28."), else input order. */
export function sortRanked<T extends RankedItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.value - a.value || (typeof a.rank === "number" && typeof b.rank === "number" ? a.rank - b.rank : 0));
}

/** The items in drawing order: sorted, unless they are an excerpt (already a slice of the sorted whole). */
const drawnOrder = (data: RankedBarsData): RankedItem[] => (data.excerpt ? data.items : sortRanked(data.items));

/**
 * The place at `index` of a ranking already in chart order (sortRanked) with up to `radius` places above and below
 * it, as the items and excerpt of RankedBarsData; ties keep the whole ranking's order, since this only slices it.
 * A ranking no longer than an excerpt would be is returned whole, without `excerpt`.
 */
export function excerptAround(sorted: readonly RankedItem[], index: number, noun: string, radius = EXCERPT_RADIUS): Pick<RankedBarsData, "items" | "excerpt"> {
  if (sorted.length <= 2 * radius + 1) return { items: [...sorted] };
  const from = Math.max(0, index - radius);
  return { items: sorted.slice(from, Math.min(sorted.length, index + radius + 1)), excerpt: { from: from + 1, of: sorted.length, noun } };
}

/** "vị trí 19–27 trên 27" ("positions 19–27 of 27"): which positions of the whole an excerpt of `count` places shows. */
const positionsText = (excerpt: RankingExcerpt, count: number, locale: Locale) =>
  t(locale, "chart.rankedBars.positions", { from: excerpt.from, to: excerpt.from + count - 1, of: excerpt.of });

/** "Trích vị trí 19–27 trên 27 tỉnh, thành phố": what part of the whole an excerpt shows. */
export function excerptText(excerpt: RankingExcerpt, count: number, locale: Locale = DEFAULT_LOCALE): string {
  const text = t(locale, "chart.rankedBars.excerpt", { positions: positionsText(excerpt, count, locale), noun: excerpt.noun });
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** One sentence: how many, where the highlighted place stands, top, bottom (of the excerpt, when it is one), mean. */
export function summarizeRankedBars(data: RankedBarsData, locale: Locale = DEFAULT_LOCALE): string {
  const sorted = drawnOrder(data);
  if (sorted.length === 0) return t(locale, "chart.rankedBars.empty", { measure: data.measure });
  const fmt = formatterOf(data, locale);
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const first = data.excerpt?.from ?? 1;
  const parts = [data.excerpt
    ? t(locale, "chart.rankedBars.excerptCount", { positions: positionsText(data.excerpt, sorted.length, locale), population: data.population })
    : `${sorted.length} ${data.population}`];
  const index = sorted.findIndex((i) => i.id === data.highlightId);
  const hit = sorted[index];
  if (hit) {
    parts.push(t(locale, "chart.rankedBars.standing", {
      name: hit.label, position: first + index, value: fmt(hit.value),
      scope: data.excerpt ? t(locale, "chart.rankedBars.standingOf", { of: data.excerpt.of }) : t(locale, "chart.rankedBars.standingAmong"),
      rank: typeof hit.rank === "number" ? t(locale, "chart.rankedBars.officialRank", { rank: String(hit.rank) }) : "",
    }));
  }
  const extremes = { top: top.label, topValue: fmt(top.value), bottom: bottom.label, bottomValue: fmt(bottom.value) };
  parts.push(t(locale, data.excerpt ? "chart.rankedBars.extremesExcerpt" : "chart.rankedBars.extremes", extremes));
  if (data.mean) parts.push(`${data.mean.label} ${fmt(data.mean.value)}`);
  return `${data.measure.charAt(0).toUpperCase()}${data.measure.slice(1)}: ${parts.join("; ")}.`;
}

/**
 * Where a value label starts: just after its bar, unless it would then cross the mean rule, in which case
 * just after the rule, so the rule never runs through a number.
 */
export function valueLabelX(barEnd: number, labelWidth: number, ruleX: number | null, gap = 4): number {
  const start = barEnd + gap;
  if (ruleX === null || start > ruleX + 1 || start + labelWidth < ruleX - 2) return start;
  return ruleX + gap;
}

/** Places one bar per item, best on top. */
export function layoutRankedBars(data: RankedBarsData, options: Partial<RankedBarsOptions> = {}): RankedBarsLayout {
  const o = { ...RANKED_BARS_DEFAULTS, ...options };
  const { width, rowHeight, margin } = o;
  const above = o.labels === "above";
  const fmt = formatterOf(data, o.locale);
  const sorted = drawnOrder(data);
  // An excerpt says so under its bars, in the drawing itself, so the picture never passes for the whole ranking.
  const excerptLines = data.excerpt ? wrapText(`${excerptText(data.excerpt, sorted.length, o.locale)}.`, width - margin.left - margin.right, FONT.small) : [];
  const barsBottom = margin.top + sorted.length * rowHeight;
  const height = barsBottom + (excerptLines.length > 0 ? 6 + excerptLines.length * EXCERPT_LINE : 0) + margin.bottom;
  const x0 = margin.left + (above ? 0 : o.labelWidth);
  const domainMax = o.domainMax ?? Math.max(100, max(sorted, (d) => d.value) ?? 0);
  const x = scaleLinear().domain([0, domainMax]).range([x0, width - margin.right]);
  const first = data.excerpt?.from ?? 1;
  const bars: PlacedBar[] = sorted.map((item, i) => ({
    ...item, position: first + i, y: margin.top + i * rowHeight, width: px(x(item.value) - x0), highlight: item.id === data.highlightId,
  }));
  const meanX = data.mean ? px(x(data.mean.value)) : null;
  // Label on the left: name, bar and value share one line. Label above: the name line, then the bar.
  const barTop = above ? 18 : 2;
  const barHeight = above ? rowHeight - 22 : rowHeight - 4;
  const marks: Mark[] = bars.flatMap((b): Mark[] => {
    const name = `${b.highlight ? "▶ " : ""}${typeof b.rank === "number" ? `${b.rank}. ` : ""}${b.label}`;
    const value = fmt(b.value);
    const valueY = b.y + barTop + barHeight / 2 + 4;
    return [
      above
        ? { type: "text", class: b.highlight ? "strong halo" : "halo", x: x0, y: b.y + 13, text: name }
        : { type: "text", class: b.highlight ? "strong" : "", x: x0 - 6, y: valueY, text: name, anchor: "end" },
      { type: "rect", class: b.highlight ? "bar highlight" : "bar", x: x0, y: b.y + barTop, width: b.width, height: barHeight, tip: `${b.label}: ${value}` },
      { type: "text", class: b.highlight ? "small strong halo" : "small halo", x: px(valueLabelX(x0 + b.width, textWidth(value, FONT.small, b.highlight), meanX)), y: valueY, text: value },
    ];
  });
  if (data.mean && meanX !== null) {
    const label = `${data.mean.label}: ${fmt(data.mean.value)}`;
    const at = fitAnchor(meanX, textWidth(label, FONT.small), 0, width);
    // The rule goes first so that names and values (with a white halo) are drawn over it.
    marks.unshift(
      { type: "line", class: "rule", x1: meanX, x2: meanX, y1: margin.top - 6, y2: barsBottom },
      { type: "text", class: "small", x: px(at.x), y: margin.top - 10, text: label, anchor: at.anchor },
    );
  }
  excerptLines.forEach((line, i) => marks.push({ type: "text", class: "small muted", x: margin.left, y: barsBottom + 6 + (i + 1) * EXCERPT_LINE - 4, text: line }));
  return { width, height, title: data.title, desc: summarizeRankedBars(data, o.locale), marks, bars, meanX };
}


/**
 * The drawn bars as rows (position in this chart, or in the whole ranking for an excerpt; official rank when known;
 * id, name, value), plus the mean.
 */
export function rankedBarsTable(data: RankedBarsData, locale: Locale = DEFAULT_LOCALE): DataTable {
  const ranked = data.items.some((item) => typeof item.rank === "number");
  const first = data.excerpt?.from ?? 1;
  const rows: Record<string, Cell>[] = drawnOrder(data).map((item, i) => ({
    position: first + i, ...(ranked ? { rank: item.rank ?? null } : {}), unit_id: item.id, name: item.label, value: item.value,
  }));
  if (data.mean) rows.push({ position: "", ...(ranked ? { rank: "" } : {}), unit_id: "", name: data.mean.label, value: data.mean.value });
  return {
    caption: data.title,
    columns: [
      { key: "position", label: t(locale, data.excerpt ? "chart.rankedBars.column.positionWhole" : "chart.rankedBars.column.position"), format: "number" },
      ...(ranked ? [{ key: "rank", label: t(locale, "chart.rankedBars.column.rank"), format: "number" as const }] : []),
      { key: "unit_id", label: t(locale, "chart.column.unitId") },
      { key: "name", label: t(locale, "chart.column.unit") },
      valueColumn(data.measure, data.unit, valuesOf(data)),
    ],
    rows,
  };
}
