/** Sparkline: a word-sized line for table cells; gaps stay gaps, the last value gets a dot. */
import { scaleLinear } from "d3-scale";
import { extent } from "d3-array";
import { line } from "d3-shape";
import { formatNumber } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { px, type ChartLayout, type Mark } from "../marks";
import { completeYears, type YearValue } from "../timeSeries/layout";
import type { DataTable } from "../table";

export interface SparklineData {
  title: string;
  points: YearValue[];
}

export interface SparklineOptions {
  width: number;
  height: number;
  padding: number;
  /** The language of the description's words and numbers. */
  locale: Locale;
}

export const SPARKLINE_DEFAULTS: SparklineOptions = { width: 96, height: 24, padding: 3, locale: DEFAULT_LOCALE };

export interface SparklineLayout extends ChartLayout {
  linePath: string;
}

/** One sentence: first and last known values. */
export function summarizeSparkline(data: SparklineData, locale: Locale = DEFAULT_LOCALE): string {
  const known = completeYears(data.points).filter((p) => p.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  const value = (p: YearValue) => formatNumber(p.value, undefined, locale);
  if (!first || !last) return t(locale, "chart.sparkline.empty", { title: data.title });
  if (first === last) return `${data.title}: ${value(first)} (${first.year}).`;
  return t(locale, "chart.sparkline.range", { title: data.title, first: value(first), firstYear: String(first.year), last: value(last), lastYear: String(last.year) });
}

/** Places the sparkline in a small box. */
export function layoutSparkline(data: SparklineData, options: Partial<SparklineOptions> = {}): SparklineLayout {
  const { width, height, padding, locale } = { ...SPARKLINE_DEFAULTS, ...options };
  const points = completeYears(data.points);
  const first = points[0]?.year ?? 0;
  const last = points[points.length - 1]?.year ?? 1;
  const x = scaleLinear().domain(first === last ? [first - 1, first + 1] : [first, last]).range([padding, width - padding]);
  const [lo = 0, hi = 1] = extent(points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([height - padding, padding]);
  const linePath = line<YearValue>().defined((p) => p.value !== null).x((p) => px(x(p.year))).y((p) => px(y(p.value ?? 0)))(points) ?? "";
  const marks: Mark[] = [{ type: "path", class: "spark", d: linePath }];
  // Isolated points have no segment to draw; give each defined point a dot so none disappears.
  for (const [i, p] of points.entries()) {
    if (p.value === null) continue;
    const isolated = points[i - 1]?.value == null && points[i + 1]?.value == null;
    if (isolated || i === points.length - 1) marks.push({ type: "circle", class: "spark-dot", cx: px(x(p.year)), cy: px(y(p.value)), r: 2 });
  }
  return { width, height, title: data.title, desc: summarizeSparkline(data, locale), marks, linePath };
}

/** The drawn years and values. */
export function sparklineTable(data: SparklineData, locale: Locale = DEFAULT_LOCALE): DataTable {
  return {
    caption: data.title,
    columns: [{ key: "year", label: t(locale, "chart.column.year") }, { key: "value", label: t(locale, "chart.sparkline.column.value"), format: "number" }],
    rows: completeYears(data.points).map((p) => ({ year: p.year, value: p.value })),
  };
}
