/**
 * Component bars: each PAR component's score drawn inside an outline of its own maximum, so a reader sees
 * where points were lost. Rows carry their label above the bar (readable at 320 px).
 */
import { scaleLinear } from "d3-scale";
import { max } from "d3-array";
import { formatNumber, formatPercent } from "../../lib/format";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import type { DataTable } from "../table";

export interface ComponentItem {
  code: string;
  label: string;
  score: number | null;
  max: number | null;
  /** 0 for top-level components, 1 for their parts. */
  depth: number;
}

export interface ComponentBarsData {
  title: string;
  subject: string;
  items: ComponentItem[];
}

export interface ComponentBarsOptions {
  width: number;
  barHeight: number;
  rowHeight: number;
  margin: Margin;
}

export const COMPONENT_BARS_DEFAULTS: ComponentBarsOptions = {
  width: 480,
  barHeight: 14,
  rowHeight: 40,
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
};

export interface PlacedComponent extends ComponentItem {
  y: number;
  x: number;
  maxWidth: number | null;
  scoreWidth: number | null;
}

export interface ComponentBarsLayout extends ChartLayout {
  items: PlacedComponent[];
}

/** Average width of a label character at the chart's font size, in px (a conservative estimate). */
const CHAR_WIDTH = 6.4;

/** Shortens text to at most `chars` characters, ending with an ellipsis when cut. */
export function truncate(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

const share = (i: ComponentItem) => (i.score !== null && i.max ? (i.score / i.max) * 100 : null);

/** One sentence: total of the top level, the component with the largest shortfall. */
export function summarizeComponentBars(data: ComponentBarsData): string {
  const scored = data.items.filter((i) => i.score !== null && i.max !== null);
  if (scored.length === 0) return `Chưa có điểm thành phần của ${data.subject}.`;
  const lost = scored.reduce((a, b) => ((b.max! - b.score!) > (a.max! - a.score!) ? b : a));
  const lowest = scored.reduce((a, b) => ((share(b) ?? 101) < (share(a) ?? 101) ? b : a));
  return `Điểm thành phần của ${data.subject}: mất nhiều điểm nhất ở mục ${lost.code} ${lost.label} (${formatNumber(lost.score)}/${formatNumber(lost.max)}), tỷ lệ đạt thấp nhất ở mục ${lowest.code} ${lowest.label} (${formatPercent(share(lowest))}).`;
}

/** Places each component as an outline (maximum) with a filled bar (score) on one shared points scale. */
export function layoutComponentBars(data: ComponentBarsData, options: Partial<ComponentBarsOptions> = {}): ComponentBarsLayout {
  const o = { ...COMPONENT_BARS_DEFAULTS, ...options };
  const { width, barHeight, rowHeight, margin } = o;
  const domainMax = max(data.items, (i) => i.max ?? i.score ?? 0) ?? 1;
  const indent = 16;
  const x = scaleLinear().domain([0, domainMax]).range([0, width - margin.left - margin.right - indent]);
  const items: PlacedComponent[] = data.items.map((item, i) => ({
    ...item,
    y: margin.top + i * rowHeight,
    x: margin.left + item.depth * indent,
    maxWidth: item.max === null ? null : px(x(item.max)),
    scoreWidth: item.score === null ? null : px(x(item.score)),
  }));
  const marks: Mark[] = items.flatMap((it): Mark[] => {
    const value = it.score === null ? "chưa có số liệu" : `${formatNumber(it.score)} / ${formatNumber(it.max)}`;
    // Long names are shortened so they never run into the value; the full name is in the data table.
    const room = Math.floor((width - margin.right - it.x - value.length * CHAR_WIDTH - 12) / CHAR_WIDTH);
    const out: Mark[] = [
      { type: "text", class: it.depth === 0 ? "strong" : "", x: it.x, y: it.y + 13, text: truncate(`${it.code}. ${it.label}`, room) },
      { type: "text", class: "small", x: width - margin.right, y: it.y + 13, text: value, anchor: "end" },
    ];
    if (it.maxWidth !== null) out.push({ type: "rect", class: "bar max", x: it.x, y: it.y + 22, width: it.maxWidth, height: barHeight });
    if (it.scoreWidth !== null) out.push({ type: "rect", class: "bar", x: it.x, y: it.y + 22, width: it.scoreWidth, height: barHeight, tip: `${it.code} ${it.label}: ${value}` });
    return out;
  });
  return { width, height: margin.top + items.length * rowHeight + margin.bottom, title: data.title, desc: summarizeComponentBars(data), marks, items };
}

/** The drawn components: code, name, score, maximum, share. */
export function componentBarsTable(data: ComponentBarsData): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "code", label: "Mục" },
      { key: "name", label: "Nội dung" },
      { key: "score", label: "Điểm", format: "number" },
      { key: "max_score", label: "Tối đa", format: "number" },
      { key: "percent", label: "Tỷ lệ đạt", format: "percent" },
    ],
    rows: data.items.map((i) => {
      const s = share(i);
      return { code: i.code, name: i.label, score: i.score, max_score: i.max, percent: s === null ? null : Math.round(s * 100) / 100 };
    }),
  };
}
