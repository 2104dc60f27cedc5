/**
 * Time series: one value per year, missing years drawn as gaps (d3-shape line.defined) and years in
 * which the method changed marked on the x axis, so a reader does not compare across the break.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { extent } from "d3-array";
import { valueFormatter } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { FONT, fitAnchor, labelExtent, textWidth } from "../text";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { linearTicks, type Tick } from "../ticks";
import { valueColumn, type DataTable } from "../table";

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
  /** The language of the chart's own words (break labels, description); data's words come in that language. */
  locale: Locale;
}

export const TIME_SERIES_DEFAULTS: TimeSeriesOptions = {
  width: 480,
  height: 240,
  margin: { top: 28, right: 16, bottom: 44, left: 40 },
  locale: DEFAULT_LOCALE,
};

/** The narrow layout (about 300 px wide, shown on small screens): fewer year labels when they would touch. */
export const TIME_SERIES_NARROW: Partial<TimeSeriesOptions> = {
  width: 300, height: 220, margin: { top: 28, right: 12, bottom: 44, left: 34 },
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

const formatterOf = (data: TimeSeriesData, locale: Locale) => valueFormatter(data.unit, data.points.map((p) => p.value), locale);

/** Every how many years a year is labelled so that labels keep ~36 px apart (the latest year always is). */
function yearLabelStep(spacing: number): number {
  return Math.max(1, Math.ceil(36 / Math.max(spacing, 1)));
}

/**
 * Lines (0 = first) of the method-break labels: each goes on the first line where it does not overlap a
 * label already placed, so two breaks close together stack instead of colliding.
 */
export function stackLabels(extents: [number, number][], gap = 8): number[] {
  const placed: [number, number, number][] = [];
  return extents.map(([a, b]) => {
    let line = 0;
    while (placed.some(([pa, pb, l]) => l === line && a < pb + gap && b > pa - gap)) line++;
    placed.push([a, b, line]);
    return line;
  });
}

/** One-sentence summary (the drawing's description): range of years, lowest, highest, latest, missing years. */
export function summarizeTimeSeries(data: TimeSeriesData, locale: Locale = DEFAULT_LOCALE): string {
  const points = completeYears(data.points);
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length === 0) return t(locale, "chart.timeSeries.empty", { measure: data.measure, subject: data.subject });
  const fmt = formatterOf(data, locale);
  const first = points[0]!.year;
  const last = points[points.length - 1]!.year;
  const lo = known.reduce((a, b) => (b.value < a.value ? b : a));
  const hi = known.reduce((a, b) => (b.value > a.value ? b : a));
  const latest = known[known.length - 1]!;
  const missing = points.filter((p) => p.value === null).map((p) => p.year);
  const parts = [
    t(locale, "chart.timeSeries.range", { measure: `${data.measure.charAt(0).toUpperCase()}${data.measure.slice(1)}`, subject: data.subject, first: String(first), last: String(last) }),
    t(locale, "chart.timeSeries.extremes", { low: fmt(lo.value), lowYear: String(lo.year), high: fmt(hi.value), highYear: String(hi.year), latestYear: String(latest.year), latest: fmt(latest.value) }),
  ];
  if (missing.length > 0) parts.push(t(locale, "chart.timeSeries.missing", { years: missing.join(", ") }));
  const breaks = (data.breaks ?? []).filter((b) => b > first && b <= last);
  if (breaks.length > 0) parts.push(t(locale, "chart.timeSeries.breaks", { years: breaks.join(t(locale, "chart.and")) }));
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

  const fmt = formatterOf(data, o.locale);
  const linePath = line<YearValue>().defined((p) => p.value !== null).x((p) => px(x(p.year))).y((p) => px(y(p.value ?? 0)))(points) ?? "";
  const xTicks: Tick[] = years.map((year) => ({ value: year, position: px(x(year)), label: String(year) }));
  const step = yearLabelStep(years.length > 1 ? x(minYear + 1) - x(minYear) : Infinity);
  const yTicks = linearTicks(y, 4);
  const axisY = height - margin.bottom;
  const breakPositions = (data.breaks ?? [])
    .filter((b) => b > minYear && b <= maxYear)
    .map((year) => ({ year, x: px((x(year - 1) + x(year)) / 2) }));
  const breakLabels = breakPositions.map((b) => {
    const text = t(o.locale, "chart.timeSeries.breakLabel", { year: String(b.year) });
    const w = textWidth(text, FONT.small);
    return { text, w, ...fitAnchor(b.x, w, 0, width) };
  });
  const lines = stackLabels(breakLabels.map((l) => labelExtent(l.x, l.w, l.anchor)));
  const extraLines = Math.max(0, ...lines);

  const marks: Mark[] = [
    ...yTicks.flatMap((t): Mark[] => [
      { type: "line", class: "grid", x1: margin.left, x2: width - margin.right, y1: t.position, y2: t.position },
      { type: "text", class: "muted small", x: margin.left - 6, y: t.position + 4, text: t.label, anchor: "end" },
    ]),
    { type: "line", class: "axis", x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY },
    ...xTicks.flatMap((t, i): Mark[] => ((xTicks.length - 1 - i) % step === 0 ? [{ type: "text", class: "muted small", x: t.position, y: axisY + 16, text: t.label, anchor: "middle" }] : [])),
    ...breakPositions.flatMap((b, i): Mark[] => [
      { type: "line", class: "break", x1: b.x, x2: b.x, y1: margin.top - 8, y2: axisY },
      { type: "path", class: "break-marker", d: `M${b.x},${axisY}l-5,9h10z`, tip: t(o.locale, "chart.timeSeries.breakTip", { year: String(b.year) }) },
      { type: "text", class: "small", x: px(breakLabels[i]!.x), y: axisY + 34 + (lines[i] ?? 0) * 14, text: breakLabels[i]!.text, anchor: breakLabels[i]!.anchor },
    ]),
    { type: "path", class: "series", d: linePath },
    ...points.flatMap((p): Mark[] =>
      p.value === null ? [] : [{ type: "circle", class: "dot", cx: px(x(p.year)), cy: px(y(p.value)), r: 4, tip: `${p.year}: ${fmt(p.value)}` }],
    ),
  ];
  const latest = [...points].reverse().find((p) => p.value !== null);
  if (latest && latest.value !== null) {
    marks.push({ type: "text", class: "strong", x: px(x(latest.year)), y: px(y(latest.value) - 10), text: fmt(latest.value), anchor: "end" });
  }
  return {
    width, height: height + extraLines * 14, title: data.title, desc: summarizeTimeSeries(data, o.locale), marks,
    xTicks, yTicks, linePath, gaps: points.filter((p) => p.value === null).map((p) => p.year), breakPositions,
  };
}

/** The drawn values, one row per year (missing years included as empty cells). */
export function timeSeriesTable(data: TimeSeriesData, locale: Locale = DEFAULT_LOCALE): DataTable {
  const yes = t(locale, "chart.timeSeries.breakYes");
  return {
    caption: data.title,
    columns: [
      { key: "year", label: t(locale, "chart.column.year") },
      valueColumn(data.measure, data.unit, data.points.map((p) => p.value)),
      { key: "method_break", label: t(locale, "chart.timeSeries.column.break") },
    ],
    rows: completeYears(data.points).map((p) => ({ year: p.year, value: p.value, method_break: (data.breaks ?? []).includes(p.year) ? yes : "" })),
  };
}
