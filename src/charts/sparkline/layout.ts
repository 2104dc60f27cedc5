/** Sparkline: a word-sized line for table cells; gaps stay gaps, the last value gets a dot. */
import { scaleLinear } from "d3-scale";
import { extent } from "d3-array";
import { line } from "d3-shape";
import { formatNumber } from "../../lib/format";
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
}

export const SPARKLINE_DEFAULTS: SparklineOptions = { width: 96, height: 24, padding: 3 };

export interface SparklineLayout extends ChartLayout {
  linePath: string;
}

/** One sentence: first and last known values. */
export function summarizeSparkline(data: SparklineData): string {
  const known = completeYears(data.points).filter((p) => p.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return `${data.title}: chưa có số liệu.`;
  if (first === last) return `${data.title}: ${formatNumber(first.value)} (${first.year}).`;
  return `${data.title}: từ ${formatNumber(first.value)} (${first.year}) đến ${formatNumber(last.value)} (${last.year}).`;
}

/** Places the sparkline in a small box. */
export function layoutSparkline(data: SparklineData, options: Partial<SparklineOptions> = {}): SparklineLayout {
  const { width, height, padding } = { ...SPARKLINE_DEFAULTS, ...options };
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
  return { width, height, title: data.title, desc: summarizeSparkline(data), marks, linePath };
}

/** The drawn years and values. */
export function sparklineTable(data: SparklineData): DataTable {
  return {
    caption: data.title,
    columns: [{ key: "year", label: "Năm" }, { key: "value", label: "Giá trị", format: "number" }],
    rows: completeYears(data.points).map((p) => ({ year: p.year, value: p.value })),
  };
}
