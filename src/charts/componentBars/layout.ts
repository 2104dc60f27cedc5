/**
 * Component bars: each PAR component's score drawn inside an outline of its own maximum, so a reader sees
 * where points were lost. Rows carry their label above the bar (readable at 320 px).
 */
import { scaleLinear } from "d3-scale";
import { max } from "d3-array";
import { formatNumber, formatPercent, missingText, sharedDigits } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { FONT, textWidth, wrapText } from "../text";
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
  /** Height of one line of a component's name; a name takes one to three lines. */
  lineHeight: number;
  margin: Margin;
  /** The language of the chart's own words (labels, key, description); data's words come in that language. */
  locale: Locale;
}

export const COMPONENT_BARS_DEFAULTS: ComponentBarsOptions = {
  width: 480,
  barHeight: 14,
  lineHeight: 16,
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
  locale: DEFAULT_LOCALE,
};

/** The narrow layout (about 300 px wide, shown on small screens): long names wrap to a second line. */
export const COMPONENT_BARS_NARROW: Partial<ComponentBarsOptions> = { width: 300 };

export interface PlacedComponent extends ComponentItem {
  y: number;
  x: number;
  maxWidth: number | null;
  scoreWidth: number | null;
}

export interface ComponentBarsLayout extends ChartLayout {
  items: PlacedComponent[];
}

/** Scores print with one number of decimals across the chart (9,25 beside 5,00, never 5). */
const scoreDigits = (data: ComponentBarsData) => sharedDigits(data.items.map((i) => i.score));

const share = (i: ComponentItem) => (i.score !== null && i.max ? (i.score / i.max) * 100 : null);

/** One sentence: total of the top level, the component with the largest shortfall. */
export function summarizeComponentBars(data: ComponentBarsData, locale: Locale = DEFAULT_LOCALE): string {
  const scored = data.items.filter((i) => i.score !== null && i.max !== null);
  if (scored.length === 0) return t(locale, "chart.componentBars.empty", { subject: data.subject });
  const lost = scored.reduce((a, b) => ((b.max! - b.score!) > (a.max! - a.score!) ? b : a));
  const lowest = scored.reduce((a, b) => ((share(b) ?? 101) < (share(a) ?? 101) ? b : a));
  const digits = scoreDigits(data);
  return t(locale, "chart.componentBars.summary", {
    subject: data.subject, lostCode: lost.code, lostLabel: lost.label, lostScore: formatNumber(lost.score, digits, locale), lostMax: formatNumber(lost.max, undefined, locale),
    lowCode: lowest.code, lowLabel: lowest.label, lowShare: formatPercent(share(lowest), undefined, locale),
  });
}

/** Places each component as an outline (maximum) with a filled bar (score) on one shared points scale. */
export function layoutComponentBars(data: ComponentBarsData, options: Partial<ComponentBarsOptions> = {}): ComponentBarsLayout {
  const o = { ...COMPONENT_BARS_DEFAULTS, ...options };
  const { width, barHeight, lineHeight, margin, locale } = o;
  const domainMax = max(data.items, (i) => i.max ?? i.score ?? 0) ?? 1;
  const indent = 16;
  const x = scaleLinear().domain([0, domainMax]).range([0, width - margin.left - margin.right - indent]);
  const digits = scoreDigits(data);
  const marks: Mark[] = [];
  let y = margin.top;
  const items: PlacedComponent[] = data.items.map((item) => {
    const it: PlacedComponent = {
      ...item, y, x: margin.left + item.depth * indent,
      maxWidth: item.max === null ? null : px(x(item.max)),
      scoreWidth: item.score === null ? null : px(x(item.score)),
    };
    const value = it.score === null ? missingText(locale) : `${formatNumber(it.score, digits, locale)} / ${formatNumber(it.max, undefined, locale)}`;
    // Names wrap (up to three lines), then are shortened, so they never run into the value; the table has them in full.
    const room = width - margin.right - it.x - textWidth(value, FONT.small) - 12;
    const name = wrapText(`${it.code}. ${it.label}`, room, FONT.base, it.depth === 0, 3);
    // Names are the report's own words: in a chart of another language they are marked as Vietnamese.
    name.forEach((line, i) => marks.push({ type: "text", class: it.depth === 0 ? "strong" : "", x: it.x, y: y + 13 + i * lineHeight, text: line, ...(locale === DEFAULT_LOCALE ? {} : { lang: DEFAULT_LOCALE }) }));
    marks.push({ type: "text", class: "small", x: width - margin.right, y: y + 13, text: value, anchor: "end" });
    const barY = y + 6 + name.length * lineHeight;
    if (it.maxWidth !== null) marks.push({ type: "rect", class: "bar max", x: it.x, y: barY, width: it.maxWidth, height: barHeight });
    if (it.scoreWidth !== null) marks.push({ type: "rect", class: "bar", x: it.x, y: barY, width: it.scoreWidth, height: barHeight, tip: `${it.code} ${it.label}: ${value}` });
    y = barY + barHeight + 4;
    return it;
  });
  return { width, height: y + margin.bottom, title: data.title, desc: summarizeComponentBars(data, locale), marks, items };
}

/** The drawn components: code, name, score, maximum, share. */
export function componentBarsTable(data: ComponentBarsData, locale: Locale = DEFAULT_LOCALE): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "code", label: t(locale, "chart.componentBars.column.code") },
      { key: "name", label: t(locale, "chart.componentBars.column.name") },
      { key: "score", label: t(locale, "chart.componentBars.column.score"), format: "number", digits: scoreDigits(data) },
      { key: "max_score", label: t(locale, "chart.componentBars.column.max"), format: "number" },
      { key: "percent", label: t(locale, "chart.componentBars.column.share"), format: "percent" },
    ],
    rows: data.items.map((i) => {
      const s = share(i);
      return { code: i.code, name: i.label, score: i.score, max_score: i.max, percent: s === null ? null : Math.round(s * 100) / 100 };
    }),
  };
}
