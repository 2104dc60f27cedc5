/**
 * Stacked 100% bars for dossiers: one bar per level (and period) of the RESOLVED dossiers, split into early /
 * on time / late, or "on time incl. early" when the source does not split them: the same denominator as the
 * on-time rate on the cards, so bar and card print the same share. Pending dossiers are not in that
 * denominator; their count is printed beside the bar. Under each bar every segment is named with its share,
 * and a segment too thin to see (0,10% late) is drawn at least MIN_SEGMENT px wide.
 */
import { sum } from "d3-array";
import { formatNumber, formatPercent } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { FONT, textWidth, wrapPhrases } from "../text";
import type { DataTable } from "../table";

export const SEGMENT_KEYS = ["early", "on_time", "in_time", "late", "unstated"] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

/** The name of a part of a bar ("Trễ hạn" / "Late"). */
export const segmentLabel = (key: SegmentKey, locale: Locale = DEFAULT_LOCALE): string => t(locale, `chart.segment.${key}`);

/** Pending dossiers, told beside the bar: all of them, or only those still within their deadline. */
export interface PendingCount {
  key: "pending" | "pending_within";
  count: number;
}

/** The name of a pending count ("Đang giải quyết" / "Pending"). */
export const pendingLabel = (key: PendingCount["key"], locale: Locale = DEFAULT_LOCALE): string => t(locale, `chart.pending.${key}`);

export interface StackRow {
  id: string;
  label: string;
  /** Counts of resolved dossiers per segment; a segment the source does not give is absent (not zero). */
  counts: Partial<Record<SegmentKey, number>>;
  /** Dossiers not yet resolved: outside the bar, as they are outside the on-time rate's denominator. */
  pending?: PendingCount;
}

export interface StackedBarsData {
  title: string;
  subject: string;
  rows: StackRow[];
}

export interface StackedBarsOptions {
  width: number;
  barHeight: number;
  /** Height of one line of text (row label, count, segment shares). */
  lineHeight: number;
  /** Space between two rows. */
  rowGap: number;
  margin: Margin;
  /** The language of the chart's own words (labels, key, description); data's words come in that language. */
  locale: Locale;
}

export const STACKED_BARS_DEFAULTS: StackedBarsOptions = {
  width: 480,
  barHeight: 22,
  lineHeight: 16,
  rowGap: 14,
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
  locale: DEFAULT_LOCALE,
};

/** The narrow layout (about 300 px wide, shown on small screens): labels and shares wrap to more lines. */
export const STACKED_BARS_NARROW: Partial<StackedBarsOptions> = { width: 300 };

export interface PlacedSegment {
  key: SegmentKey;
  count: number;
  share: number;
  x: number;
  width: number;
}

/** One entry of the key under a bar: a swatch and "Trễ hạn 0,10%", placed in reading order. */
export interface PlacedShare {
  key: SegmentKey;
  text: string;
  x: number;
  y: number;
}

export interface StackedBarsLayout extends ChartLayout {
  rows: { row: StackRow; y: number; total: number; segments: PlacedSegment[]; shares: PlacedShare[] }[];
}

/** The segments present in a row, in drawing order, with their share of the row's resolved dossiers (percent). */
export function rowShares(row: StackRow): { key: SegmentKey; count: number; share: number }[] {
  const present = SEGMENT_KEYS.filter((k) => row.counts[k] !== undefined).map((key) => ({ key, count: row.counts[key] as number }));
  const total = sum(present, (p) => p.count);
  return present.map((p) => ({ ...p, share: total > 0 ? (p.count / total) * 100 : 0 }));
}

/** One sentence: each row's in-time share and late share. */
export function summarizeStackedBars(data: StackedBarsData, locale: Locale = DEFAULT_LOCALE): string {
  if (data.rows.length === 0) return t(locale, "chart.stackedBars.empty", { subject: data.subject });
  const parts = data.rows.map((row) => {
    const shares = rowShares(row);
    const inTime = sum(shares.filter((s) => s.key === "early" || s.key === "on_time" || s.key === "in_time"), (s) => s.share);
    const late = shares.find((s) => s.key === "late");
    const pending = row.pending ? t(locale, "chart.stackedBars.rowPending", { pending: pendingLabel(row.pending.key, locale).toLowerCase(), count: row.pending.count }) : "";
    const lateText = late ? t(locale, "chart.stackedBars.rowLate", { late: formatPercent(late.share, undefined, locale) }) : "";
    return `${t(locale, "chart.stackedBars.row", { label: row.label, inTime: formatPercent(inTime, undefined, locale) })}${lateText}${pending}`;
  });
  return t(locale, "chart.stackedBars.summary", { subject: data.subject, rows: parts.join("; ") });
}

const SWATCH = 10;

/** Narrowest width a segment with at least one dossier is drawn at, so 0,10% late never vanishes. */
export const MIN_SEGMENT = 3;

/**
 * Widths of consecutive segments filling `total` px: each share's width, but a segment with any dossier at
 * least MIN_SEGMENT px, the extra taken from the widest segment (its share is printed, so nothing is hidden).
 */
export function segmentWidths(segments: { count: number; share: number }[], total: number): number[] {
  const widths = segments.map((s) => (s.share / 100) * total);
  const thin = widths.map((w, i) => (segments[i]!.count > 0 && w < MIN_SEGMENT ? MIN_SEGMENT - w : 0));
  const extra = sum(thin);
  if (extra === 0) return widths;
  const widest = widths.indexOf(Math.max(...widths));
  return widths.map((w, i) => (i === widest ? w - extra : w + thin[i]!));
}

/** Segments dark enough to need white text for the share printed inside them (contrast.test.ts checks all). */
export const ON_DARK_SEGMENTS: readonly SegmentKey[] = ["on_time"];

/** A row label in lines: "Cấp huyện · năm 2023" breaks after its "·" first, then at spaces. */
function wrapLabel(label: string, width: number): string[] {
  const parts = label.split(" · ");
  return wrapPhrases(parts.map((part, i) => (i < parts.length - 1 ? `${part} ·` : part)), width, FONT.base, true);
}

/**
 * Flows the key entries ("Trễ hạn 0,10%", each after a swatch) into lines of at most `width` px from
 * (left, top): every segment's share is text, whatever its width in the bar.
 */
export function flowShares(segments: { key: SegmentKey; share: number }[], left: number, top: number, width: number, lineHeight: number, locale: Locale = DEFAULT_LOCALE): PlacedShare[] {
  let x = left;
  let y = top;
  return segments.map((s) => {
    const text = `${segmentLabel(s.key, locale)} ${formatPercent(s.share, undefined, locale)}`;
    const w = SWATCH + 4 + textWidth(text, FONT.small);
    if (x > left && x + w > left + width) {
      x = left;
      y += lineHeight;
    }
    const placed = { key: s.key, text, x: px(x), y };
    x += w + 12;
    return placed;
  });
}

/** Places each row: its label (wrapped), the dossier count, the 100% bar and the share of every segment under it. */
export function layoutStackedBars(data: StackedBarsData, options: Partial<StackedBarsOptions> = {}): StackedBarsLayout {
  const o = { ...STACKED_BARS_DEFAULTS, ...options };
  const { width, barHeight, lineHeight, rowGap, margin, locale } = o;
  const inner = width - margin.left - margin.right;
  const marks: Mark[] = [];
  let y = margin.top;
  const rows = data.rows.map((row) => {
    const top = y;
    const shares = rowShares(row);
    const widths = segmentWidths(shares, inner);
    let acc = margin.left;
    const segments = shares.map((s, i): PlacedSegment => {
      const start = acc;
      acc += widths[i]!;
      return { ...s, x: px(start), width: px(acc - start) };
    });
    const total = sum(segments, (s) => s.count);
    const pending = row.pending ? t(locale, "chart.stackedBars.pendingOutside", { pending: pendingLabel(row.pending.key, locale).toLowerCase(), count: row.pending.count }) : "";
    const resolved = t(locale, "chart.stackedBars.resolved", { count: total });
    // Text lines sit on a baseline 2 px above the bottom of their line box.
    const lines = [
      ...wrapLabel(row.label, inner).map((text) => ({ class: "strong", text })),
      ...wrapPhrases(pending ? [`${resolved} ·`, pending] : [resolved], inner, FONT.small).map((text) => ({ class: "small muted", text })),
    ];
    for (const line of lines) {
      y += lineHeight;
      marks.push({ type: "text", class: line.class, x: margin.left, y: y - 2, text: line.text });
    }
    y += 4;
    for (const s of segments) {
      const share = formatPercent(s.share, undefined, locale);
      marks.push({ type: "rect", class: `seg seg-${s.key}`, x: s.x, y, width: s.width, height: barHeight, tip: `${segmentLabel(s.key, locale)}: ${formatNumber(s.count, undefined, locale)} (${share})` });
      // Wide segments also carry their share inside the bar; the key below names every segment.
      if (s.width >= textWidth(share, FONT.small) + 8) marks.push({ type: "text", class: ON_DARK_SEGMENTS.includes(s.key) ? "small on-dark" : "small", x: px(s.x + 4), y: y + barHeight / 2 + 4, text: share });
    }
    y += barHeight + 6;
    const keyed = flowShares(segments, margin.left, y, inner, lineHeight, locale);
    for (const p of keyed) {
      marks.push(
        { type: "rect", class: `seg seg-${p.key}`, x: p.x, y: p.y + 2, width: SWATCH, height: SWATCH },
        { type: "text", class: "small", x: px(p.x + SWATCH + 4), y: p.y + 11, text: p.text },
      );
    }
    y = (keyed.at(-1)?.y ?? y) + lineHeight + rowGap;
    return { row, y: top, total, segments, shares: keyed };
  });
  const height = y - rowGap + margin.bottom;
  return { width, height, title: data.title, desc: summarizeStackedBars(data, locale), marks, rows };
}

/** One CSV row per drawn segment (count, share of resolved dossiers), then the pending count without a share. */
export function stackedBarsTable(data: StackedBarsData, locale: Locale = DEFAULT_LOCALE): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "group", label: t(locale, "chart.stackedBars.column.group") },
      { key: "segment", label: t(locale, "chart.stackedBars.column.segment") },
      { key: "count", label: t(locale, "chart.stackedBars.column.count"), format: "number" },
      { key: "share_percent", label: t(locale, "chart.stackedBars.column.share"), format: "percent" },
    ],
    rows: data.rows.flatMap((row) => [
      ...rowShares(row).map((s) => ({ group: row.label, segment: segmentLabel(s.key, locale), count: s.count, share_percent: Math.round(s.share * 100) / 100 })),
      ...(row.pending ? [{ group: row.label, segment: t(locale, "chart.stackedBars.pendingRow", { pending: pendingLabel(row.pending.key, locale) }), count: row.pending.count, share_percent: "" }] : []),
    ]),
  };
}
