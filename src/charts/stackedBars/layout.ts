/**
 * Stacked 100% bars for dossiers: one bar per level (and period), split into early / on time / late /
 * pending, or "on time incl. early" when the source does not split them. Shares are of the parts drawn.
 * Under each bar every segment is named with its share, so no part is told by its colour alone.
 */
import { scaleLinear } from "d3-scale";
import { sum } from "d3-array";
import { formatNumber, formatPercent } from "../../lib/format";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
import { FONT, textWidth, wrapPhrases } from "../text";
import type { DataTable } from "../table";

export const SEGMENT_KEYS = ["early", "on_time", "in_time", "late", "pending", "pending_within"] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

export const SEGMENT_LABEL: Record<SegmentKey, string> = {
  early: "Trước hạn",
  on_time: "Đúng hạn",
  in_time: "Đúng hạn hoặc trước hạn",
  late: "Trễ hạn",
  pending: "Đang giải quyết",
  pending_within: "Đang giải quyết, còn hạn",
};

export interface StackRow {
  id: string;
  label: string;
  /** Counts per segment; a segment the source does not give is absent (not zero). */
  counts: Partial<Record<SegmentKey, number>>;
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
}

export const STACKED_BARS_DEFAULTS: StackedBarsOptions = {
  width: 480,
  barHeight: 22,
  lineHeight: 16,
  rowGap: 14,
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
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

/** The segments present in a row, in drawing order, with their share of the row total (percent). */
export function rowShares(row: StackRow): { key: SegmentKey; count: number; share: number }[] {
  const present = SEGMENT_KEYS.filter((k) => row.counts[k] !== undefined).map((key) => ({ key, count: row.counts[key] as number }));
  const total = sum(present, (p) => p.count);
  return present.map((p) => ({ ...p, share: total > 0 ? (p.count / total) * 100 : 0 }));
}

/** One sentence: each row's in-time share and late share. */
export function summarizeStackedBars(data: StackedBarsData): string {
  if (data.rows.length === 0) return `Chưa có số liệu hồ sơ của ${data.subject}.`;
  const parts = data.rows.map((row) => {
    const shares = rowShares(row);
    const inTime = sum(shares.filter((s) => s.key === "early" || s.key === "on_time" || s.key === "in_time"), (s) => s.share);
    const late = shares.find((s) => s.key === "late");
    return `${row.label}: ${formatPercent(inTime)} trước hoặc đúng hạn${late ? `, ${formatPercent(late.share)} trễ hạn` : ""}`;
  });
  return `Hồ sơ của ${data.subject} (tỷ lệ trên số hồ sơ được vẽ): ${parts.join("; ")}.`;
}

const SWATCH = 10;

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
export function flowShares(segments: { key: SegmentKey; share: number }[], left: number, top: number, width: number, lineHeight: number): PlacedShare[] {
  let x = left;
  let y = top;
  return segments.map((s) => {
    const text = `${SEGMENT_LABEL[s.key]} ${formatPercent(s.share)}`;
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
  const { width, barHeight, lineHeight, rowGap, margin } = o;
  const inner = width - margin.left - margin.right;
  const x = scaleLinear().domain([0, 100]).range([margin.left, width - margin.right]);
  const marks: Mark[] = [];
  let y = margin.top;
  const rows = data.rows.map((row) => {
    const top = y;
    let acc = 0;
    const segments = rowShares(row).map((s): PlacedSegment => {
      const start = acc;
      acc += s.share;
      return { ...s, x: px(x(start)), width: px(x(acc) - x(start)) };
    });
    const total = sum(segments, (s) => s.count);
    // Text lines sit on a baseline 2 px above the bottom of their line box.
    const lines = [
      ...wrapLabel(row.label, inner).map((text) => ({ class: "strong", text })),
      { class: "small muted", text: `${formatNumber(total)} hồ sơ` },
    ];
    for (const line of lines) {
      y += lineHeight;
      marks.push({ type: "text", class: line.class, x: margin.left, y: y - 2, text: line.text });
    }
    y += 4;
    for (const s of segments) {
      const share = formatPercent(s.share);
      marks.push({ type: "rect", class: `seg seg-${s.key}`, x: s.x, y, width: s.width, height: barHeight, tip: `${SEGMENT_LABEL[s.key]}: ${formatNumber(s.count)} (${share})` });
      // Wide segments also carry their share inside the bar; the key below names every segment.
      if (s.width >= textWidth(share, FONT.small) + 8) marks.push({ type: "text", class: ON_DARK_SEGMENTS.includes(s.key) ? "small on-dark" : "small", x: px(s.x + 4), y: y + barHeight / 2 + 4, text: share });
    }
    y += barHeight + 6;
    const shares = flowShares(segments, margin.left, y, inner, lineHeight);
    for (const p of shares) {
      marks.push(
        { type: "rect", class: `seg seg-${p.key}`, x: p.x, y: p.y + 2, width: SWATCH, height: SWATCH },
        { type: "text", class: "small", x: px(p.x + SWATCH + 4), y: p.y + 11, text: p.text },
      );
    }
    y = (shares.at(-1)?.y ?? y) + lineHeight + rowGap;
    return { row, y: top, total, segments, shares };
  });
  const height = y - rowGap + margin.bottom;
  return { width, height, title: data.title, desc: summarizeStackedBars(data), marks, rows };
}

/** One CSV row per drawn segment: row, segment, count as stated, share of the bar. */
export function stackedBarsTable(data: StackedBarsData): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "group", label: "Nhóm" },
      { key: "segment", label: "Phần" },
      { key: "count", label: "Số hồ sơ", format: "number" },
      { key: "share_percent", label: "Tỷ lệ trong thanh", format: "percent" },
    ],
    rows: data.rows.flatMap((row) => rowShares(row).map((s) => ({ group: row.label, segment: SEGMENT_LABEL[s.key], count: s.count, share_percent: Math.round(s.share * 100) / 100 }))),
  };
}
