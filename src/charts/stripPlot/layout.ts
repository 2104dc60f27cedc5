/**
 * Strip plot: one district placed among its province's districts on one axis (a rank or a score).
 * Slots mark positions that exist but whose unit the data does not name; they are labelled as such.
 */
import { scaleLinear } from "d3-scale";
import { formatNumber } from "../../lib/format";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import type { DataTable } from "../table";

export interface StripDot {
  id: string;
  label: string;
  value: number;
  highlight: boolean;
  /** Extra text for the tooltip and table (e.g. the score behind a rank). */
  note?: string;
}

export interface StripPlotData {
  title: string;
  /** Axis label ("Thứ hạng (1 = tốt nhất)"). */
  axisLabel: string;
  domain: [number, number];
  dots: StripDot[];
  /** Positions that exist (e.g. ranks 1..11) without a named unit in our data. */
  slots?: number[];
  /** Sentence-ready context: "trong 11 đơn vị cấp huyện của tỉnh Sóc Trăng". */
  context: string;
  /** Show the domain from high to low (ranks: 1 on the right would read as "best = right"). */
  reversed?: boolean;
}

export interface StripPlotOptions {
  width: number;
  height: number;
  margin: Margin;
}

export const STRIP_PLOT_DEFAULTS: StripPlotOptions = {
  width: 480,
  height: 110,
  margin: { top: 34, right: 24, bottom: 40, left: 24 },
};

export interface StripPlotLayout extends ChartLayout {
  dots: (StripDot & { x: number })[];
  slots: { value: number; x: number }[];
}

/** One sentence naming each highlighted dot's position. */
export function summarizeStripPlot(data: StripPlotData): string {
  const named = data.dots.map((d) => `${d.label} ở vị trí ${formatNumber(d.value)}${d.note ? ` (${d.note})` : ""}`);
  if (named.length === 0) return `Chưa có số liệu ${data.context}.`;
  return `${named.join("; ")} ${data.context}.`;
}

/** Places the axis, the unnamed slots and the dots. */
export function layoutStripPlot(data: StripPlotData, options: Partial<StripPlotOptions> = {}): StripPlotLayout {
  const o = { ...STRIP_PLOT_DEFAULTS, ...options };
  const { width, height, margin } = o;
  const range: [number, number] = data.reversed ? [width - margin.right, margin.left] : [margin.left, width - margin.right];
  const x = scaleLinear().domain(data.domain).range(range);
  const cy = margin.top + (height - margin.top - margin.bottom) / 2;
  const taken = new Set(data.dots.map((d) => d.value));
  const slots = (data.slots ?? []).filter((s) => !taken.has(s)).map((value) => ({ value, x: px(x(value)) }));
  const dots = data.dots.map((d) => ({ ...d, x: px(x(d.value)) }));
  const axisY = height - margin.bottom;
  const marks: Mark[] = [
    { type: "line", class: "axis", x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY },
    ...x.ticks(Math.min(10, Math.abs(data.domain[1] - data.domain[0]))).map((t): Mark => ({ type: "text", class: "muted small", x: px(x(t)), y: axisY + 16, text: formatNumber(t), anchor: "middle" })),
    { type: "text", class: "small", x: width / 2, y: axisY + 34, text: data.axisLabel, anchor: "middle" },
    ...slots.map((s): Mark => ({ type: "circle", class: "slot", cx: s.x, cy, r: 6, tip: `Vị trí ${formatNumber(s.value)}: đơn vị không có trong dữ liệu` })),
    ...dots.flatMap((d): Mark[] => [
      { type: "circle", class: d.highlight ? "dot highlight" : "dot", cx: d.x, cy, r: 9, tip: `${d.label}: ${formatNumber(d.value)}${d.note ? ` (${d.note})` : ""}` },
      { type: "text", class: d.highlight ? "strong" : "", x: d.x, y: cy - 16, text: `${d.highlight ? "▼ " : ""}${d.label}`, anchor: d.x > width * 0.75 ? "end" : d.x < width * 0.25 ? "start" : "middle" },
    ]),
  ];
  if (slots.length > 0) {
    marks.push({ type: "text", class: "small muted", x: margin.left, y: 14, text: "○ vị trí của đơn vị khác (không có tên trong dữ liệu)" });
  }
  return { width, height, title: data.title, desc: summarizeStripPlot(data), marks, dots, slots };
}

/** The named dots as rows. */
export function stripPlotTable(data: StripPlotData): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "unit_id", label: "Mã đơn vị" },
      { key: "name", label: "Đơn vị" },
      { key: "value", label: data.axisLabel, format: "number" },
      { key: "note", label: "Ghi chú" },
    ],
    rows: data.dots.map((d) => ({ unit_id: d.id, name: d.label, value: d.value, note: d.note ?? "" })),
  };
}
