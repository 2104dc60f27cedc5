/**
 * Strip plot: one district placed among its province's districts on one axis (a rank or a score).
 * Slots mark positions that exist but whose unit the data does not name; they are labelled as such.
 */
import { scaleLinear } from "d3-scale";
import { formatNumber } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { FONT, fitAnchor, textWidth, wrapPhrases } from "../text";
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
  /** The language of the chart's own words (labels, key, description); data's words come in that language. */
  locale: Locale;
}

export const STRIP_PLOT_DEFAULTS: StripPlotOptions = {
  width: 480,
  height: 110,
  margin: { top: 34, right: 24, bottom: 40, left: 24 },
  locale: DEFAULT_LOCALE,
};

/** The narrow layout (about 300 px wide, shown on small screens). */
export const STRIP_PLOT_NARROW: Partial<StripPlotOptions> = { width: 300, margin: { top: 34, right: 16, bottom: 40, left: 16 } };

/** The key to the empty circles, in two phrases (they wrap apart on narrow charts). */
const slotNote = (locale: Locale) => [t(locale, "chart.stripPlot.slotNote"), t(locale, "chart.stripPlot.slotNoteUnnamed")];

export interface StripPlotLayout extends ChartLayout {
  dots: (StripDot & { x: number })[];
  slots: { value: number; x: number }[];
}

/** One sentence naming each highlighted dot's position. */
export function summarizeStripPlot(data: StripPlotData, locale: Locale = DEFAULT_LOCALE): string {
  const named = data.dots.map((d) => `${t(locale, "chart.stripPlot.dot", { name: d.label, position: d.value })}${d.note ? ` (${d.note})` : ""}`);
  if (named.length === 0) return t(locale, "chart.stripPlot.empty", { context: data.context });
  return `${named.join("; ")} ${data.context}.`;
}

/** Places the axis, the unnamed slots and the dots. */
export function layoutStripPlot(data: StripPlotData, options: Partial<StripPlotOptions> = {}): StripPlotLayout {
  const o = { ...STRIP_PLOT_DEFAULTS, ...options };
  const { width, margin, locale } = o;
  const taken = new Set(data.dots.map((d) => d.value));
  const slotValues = (data.slots ?? []).filter((s) => !taken.has(s));
  // The note on unnamed slots wraps on narrow charts; the plot moves down by the extra lines.
  const note = slotValues.length > 0 ? wrapPhrases(slotNote(locale), width - margin.left, FONT.small) : [];
  const shift = Math.max(0, note.length - 1) * 14;
  const height = o.height + shift;
  const range: [number, number] = data.reversed ? [width - margin.right, margin.left] : [margin.left, width - margin.right];
  const x = scaleLinear().domain(data.domain).range(range);
  const cy = margin.top + shift + (o.height - margin.top - margin.bottom) / 2;
  const slots = slotValues.map((value) => ({ value, x: px(x(value)) }));
  const dots = data.dots.map((d) => ({ ...d, x: px(x(d.value)) }));
  const axisY = height - margin.bottom;
  const marks: Mark[] = [
    ...note.map((line, i): Mark => ({ type: "text", class: "small muted", x: margin.left, y: 14 + i * 14, text: line })),
    { type: "line", class: "axis", x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY },
    ...x.ticks(Math.min(10, Math.abs(data.domain[1] - data.domain[0]))).map((tick): Mark => ({ type: "text", class: "muted small", x: px(x(tick)), y: axisY + 16, text: formatNumber(tick, undefined, locale), anchor: "middle" })),
    { type: "text", class: "small", x: width / 2, y: axisY + 34, text: data.axisLabel, anchor: "middle" },
    ...slots.map((s): Mark => ({ type: "circle", class: "slot", cx: s.x, cy, r: 6, tip: t(locale, "chart.stripPlot.slotTip", { position: s.value }) })),
    ...dots.flatMap((d): Mark[] => {
      const text = `${d.highlight ? "▼ " : ""}${d.label}`;
      const at = fitAnchor(d.x, textWidth(text, FONT.base, d.highlight), 0, width);
      return [
        { type: "circle", class: d.highlight ? "dot highlight" : "dot", cx: d.x, cy, r: 9, tip: `${d.label}: ${formatNumber(d.value, undefined, locale)}${d.note ? ` (${d.note})` : ""}` },
        { type: "text", class: d.highlight ? "strong" : "", x: px(at.x), y: cy - 16, text, anchor: at.anchor },
      ];
    }),
  ];
  return { width, height, title: data.title, desc: summarizeStripPlot(data, locale), marks, dots, slots };
}

/** The named dots as rows. */
export function stripPlotTable(data: StripPlotData, locale: Locale = DEFAULT_LOCALE): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "unit_id", label: t(locale, "chart.column.unitId") },
      { key: "name", label: t(locale, "chart.column.unit") },
      { key: "value", label: data.axisLabel, format: "number" },
      { key: "note", label: t(locale, "chart.column.note") },
    ],
    rows: data.dots.map((d) => ({ unit_id: d.id, name: d.label, value: d.value, note: d.note ?? "" })),
  };
}
