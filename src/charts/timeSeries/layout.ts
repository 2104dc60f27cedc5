/**
 * Time series: one value per year, missing years drawn as gaps (d3-shape line.defined) and years in
 * which the method changed marked on the x axis, so a reader does not compare across the break.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { extent } from "d3-array";
import { formatNumber, formatPercent } from "../../lib/format";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { linearTicks, type Tick } from "../ticks";
import type { DataTable } from "../table";

export interface YearValue {
  year: number;
  /** null = no figure that year (drawn as a gap). */
  value: number | null;
}

export interface TimeSeriesData {
  /** Accessible title. */
  title: string;
  /** Who/what the series is about, for the summary ("tỉnh Sóc Trăng"). */
  subject: string;
  /** What is measured, for the summary and the table ("điểm PAR INDEX"). */
  measure: string;
  points: YearValue[];
  /** Years from which the method changed (marked between year-1 and year). */
  breaks?: readonly number[];
  /** "percent" formats values as 84,11%. */
  unit?: "number" | "percent";
}

export interface TimeSeriesOptions {
  width: number;
  height: number;
  margin: Margin;
  /** Fixed y domain; by default the data extent padded and made nice. */
  yDomain?: [number, number];
}

export const TIME_SERIES_DEFAULTS: TimeSeriesOptions = {
  width: 480,
  height: 240,
  margin: { top: 28, right: 16, bottom: 44, left: 40 },
};

export interface TimeSeriesLayout extends ChartLayout {
  xTicks: Tick[];
  yTicks: Tick[];
  /** SVG path of the line; separate sub-paths where values are missing. */
  linePath: string;
  gaps: number[];
  breakPositions: { year: number; x: number }[];
}

/** Fills in every year between the first and last so a missing year is a null, never skipped. */
export function completeYears(points: YearValue[]): YearValue[] {
  const years = points.map((p) => p.year);
  if (years.length === 0) return [];
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const out: YearValue[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, value: byYear.get(y) ?? null });
  return out;
}

function fmt(value: number | null, unit: TimeSeriesData["unit"]): string {
  return unit === "percent" ? formatPercent(value) : formatNumber(value, value === null || Number.isInteger(value) ? undefined : 2);
}

/** One-sentence Vietnamese summary: range of years, lowest, highest, latest, missing years. */
export function summarizeTimeSeries(data: TimeSeriesData): string {
  const points = completeYears(data.points);
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length === 0) return `Chưa có số liệu ${data.measure} của ${data.subject}.`;
  const first = points[0]!.year;
  const last = points[points.length - 1]!.year;
  const lo = known.reduce((a, b) => (b.value < a.value ? b : a));
  const hi = known.reduce((a, b) => (b.value > a.value ? b : a));
  const latest = known[known.length - 1]!;
  const missing = points.filter((p) => p.value === null).map((p) => p.year);
  const parts = [
    `${data.measure.charAt(0).toUpperCase()}${data.measure.slice(1)} của ${data.subject} từ ${first} đến ${last}`,
    `thấp nhất ${fmt(lo.value, data.unit)} (${lo.year}), cao nhất ${fmt(hi.value, data.unit)} (${hi.year}), năm ${latest.year} là ${fmt(latest.value, data.unit)}`,
  ];
  if (missing.length > 0) parts.push(`chưa có số liệu năm ${missing.join(", ")}`);
  const breaks = (data.breaks ?? []).filter((b) => b > first && b <= last);
  if (breaks.length > 0) parts.push(`phương pháp đổi từ năm ${breaks.join(" và ")}`);
  return `${parts.join("; ")}.`;
}

/** Places the series: scales, line path with gaps, dots, ticks and method-break markers. */
export function layoutTimeSeries(data: TimeSeriesData, options: Partial<TimeSeriesOptions> = {}): TimeSeriesLayout {
  const o = { ...TIME_SERIES_DEFAULTS, ...options };
  const { width, height, margin } = o;
  const points = completeYears(data.points);
  const years = points.map((p) => p.year);
  const minYear = years[0] ?? 0;
  const maxYear = years[years.length - 1] ?? 1;
  const x = scaleLinear().domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear]).range([margin.left + 12, width - margin.right - 12]);
  const [lo = 0, hi = 100] = extent(points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const pad = Math.max((hi - lo) * 0.15, 1);
  const y = scaleLinear().domain(o.yDomain ?? [lo - pad, hi + pad]).nice().range([height - margin.bottom, margin.top]);

  const linePath = line<YearValue>().defined((p) => p.value !== null).x((p) => px(x(p.year))).y((p) => px(y(p.value ?? 0)))(points) ?? "";
  const xTicks: Tick[] = years.map((year) => ({ value: year, position: px(x(year)), label: String(year) }));
  const yTicks = linearTicks(y, 4);
  const axisY = height - margin.bottom;
  const breakPositions = (data.breaks ?? [])
    .filter((b) => b > minYear && b <= maxYear)
    .map((year) => ({ year, x: px((x(year - 1) + x(year)) / 2) }));

  const marks: Mark[] = [
    ...yTicks.flatMap((t): Mark[] => [
      { type: "line", class: "grid", x1: margin.left, x2: width - margin.right, y1: t.position, y2: t.position },
      { type: "text", class: "muted small", x: margin.left - 6, y: t.position + 4, text: t.label, anchor: "end" },
    ]),
    { type: "line", class: "axis", x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY },
    ...xTicks.map((t): Mark => ({ type: "text", class: "muted small", x: t.position, y: axisY + 16, text: t.label, anchor: "middle" })),
    ...breakPositions.flatMap((b): Mark[] => [
      { type: "line", class: "break", x1: b.x, x2: b.x, y1: margin.top - 8, y2: axisY },
      { type: "path", class: "break-marker", d: `M${b.x},${axisY}l-5,9h10z`, tip: `Đổi phương pháp từ năm ${b.year}` },
      { type: "text", class: "small", x: b.x, y: axisY + 34, text: `đổi cách tính ${b.year}`, anchor: "middle" },
    ]),
    { type: "path", class: "series", d: linePath },
    ...points.flatMap((p): Mark[] =>
      p.value === null ? [] : [{ type: "circle", class: "dot", cx: px(x(p.year)), cy: px(y(p.value)), r: 4, tip: `${p.year}: ${fmt(p.value, data.unit)}` }],
    ),
  ];
  const latest = [...points].reverse().find((p) => p.value !== null);
  if (latest && latest.value !== null) {
    marks.push({ type: "text", class: "strong", x: px(x(latest.year)), y: px(y(latest.value) - 10), text: fmt(latest.value, data.unit), anchor: "end" });
  }
  return {
    width, height, title: data.title, desc: summarizeTimeSeries(data), marks,
    xTicks, yTicks, linePath, gaps: points.filter((p) => p.value === null).map((p) => p.year), breakPositions,
  };
}

/** The drawn values, one row per year (missing years included as empty cells). */
export function timeSeriesTable(data: TimeSeriesData): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "year", label: "Năm" },
      { key: "value", label: data.measure.charAt(0).toUpperCase() + data.measure.slice(1), format: data.unit === "percent" ? "percent" : "number" },
      { key: "method_break", label: "Đổi phương pháp" },
    ],
    rows: completeYears(data.points).map((p) => ({ year: p.year, value: p.value, method_break: (data.breaks ?? []).includes(p.year) ? "có" : "" })),
  };
}
