/**
 * Stacked 100% bars for dossiers: one bar per level (and period), split into early / on time / late /
 * pending, or "on time incl. early" when the source does not split them. Shares are of the parts drawn.
 */
import { scaleLinear } from "d3-scale";
import { sum } from "d3-array";
import { formatNumber, formatPercent } from "../../lib/format";
import { px, type ChartLayout, type Margin, type Mark } from "../marks";
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
  /** Vertical space per row: label line + bar + gap. */
  rowHeight: number;
  margin: Margin;
}

export const STACKED_BARS_DEFAULTS: StackedBarsOptions = {
  width: 480,
  barHeight: 22,
  rowHeight: 68,
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
};

export interface PlacedSegment {
  key: SegmentKey;
  count: number;
  share: number;
  x: number;
  width: number;
}

export interface StackedBarsLayout extends ChartLayout {
  rows: { row: StackRow; y: number; total: number; segments: PlacedSegment[] }[];
  legend: { key: SegmentKey; x: number; y: number }[];
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

/** Places the stacked bars, a label above each bar, the late share spelled out, and a legend. */
export function layoutStackedBars(data: StackedBarsData, options: Partial<StackedBarsOptions> = {}): StackedBarsLayout {
  const o = { ...STACKED_BARS_DEFAULTS, ...options };
  const { width, barHeight, rowHeight, margin } = o;
  const x = scaleLinear().domain([0, 100]).range([margin.left, width - margin.right]);
  const keys = SEGMENT_KEYS.filter((k) => data.rows.some((r) => r.counts[k] !== undefined));
  const legendTop = margin.top;
  const legend = keys.map((key, i) => ({ key, x: margin.left + (i % 2) * ((width - margin.left - margin.right) / 2), y: legendTop + Math.floor(i / 2) * 18 }));
  const top = legendTop + Math.ceil(keys.length / 2) * 18 + 12;
  const rows = data.rows.map((row, i) => {
    let acc = 0;
    const segments = rowShares(row).map((s): PlacedSegment => {
      const start = acc;
      acc += s.share;
      return { ...s, x: px(x(start)), width: px(x(acc) - x(start)) };
    });
    return { row, y: top + i * rowHeight, total: sum(segments, (s) => s.count), segments };
  });
  const height = top + rows.length * rowHeight + margin.bottom;
  const marks: Mark[] = [
    ...legend.flatMap((l): Mark[] => [
      { type: "rect", class: `seg seg-${l.key}`, x: l.x, y: l.y, width: 12, height: 12 },
      { type: "text", class: "small", x: l.x + 16, y: l.y + 10, text: SEGMENT_LABEL[l.key] },
    ]),
    ...rows.flatMap(({ row, y, total, segments }): Mark[] => {
      const late = segments.find((s) => s.key === "late");
      return [
        { type: "text", class: "strong", x: margin.left, y: y + 14, text: row.label },
        { type: "text", class: "small muted", x: margin.left, y: y + 30, text: `${formatNumber(total)} hồ sơ${late ? ` · trễ hạn ${formatPercent(late.share)}` : ""}` },
        ...segments.flatMap((s): Mark[] => [
          { type: "rect", class: `seg seg-${s.key}`, x: s.x, y: y + 36, width: s.width, height: barHeight, tip: `${SEGMENT_LABEL[s.key]}: ${formatNumber(s.count)} (${formatPercent(s.share)})` },
          ...(s.width >= 64 ? [{ type: "text" as const, class: s.key === "on_time" ? "small on-dark" : "small", x: px(s.x + 4), y: y + 36 + barHeight / 2 + 4, text: formatPercent(s.share, 1) }] : []),
        ]),
      ];
    }),
  ];
  return { width, height, title: data.title, desc: summarizeStackedBars(data), marks, rows, legend };
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
