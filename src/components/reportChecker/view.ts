/**
 * What the report-checking page shows, as plain data: one table row per extracted figure (Vietnamese labels and
 * number formats) and a short excerpt of the report (the lines with figures and their neighbours, each figure's
 * quote to be marked). Pure, so the worker can cut the excerpt and tests can read it without a browser.
 */
import type { Candidate } from "../../extract/types";
import { measureLabel } from "../../schemas/measures";
import { formatNumber, formatPeriod } from "../../lib/format";
import { noteText } from "./noteText";

/** Vietnamese labels the page gets from the build (dataset titles, levels, assessors, surveys), keyed by code. */
export interface CheckerLabels {
  datasets: Record<string, string>;
  levels: Record<string, string>;
  assessors: Record<string, string>;
  surveys: Record<string, string>;
}

/** Index measures are columns of par_index / satisfaction rows, not codes of a measure table. */
const INDEX_MEASURE_LABELS: Record<string, Record<string, string>> = {
  par_index: {
    score: "Điểm Chỉ số CCHC",
    max_score: "Điểm tối đa của thang",
    percent_stated: "Tỷ lệ điểm đạt (theo báo cáo)",
    rank: "Thứ hạng",
    rank_of: "Số đơn vị được xếp hạng",
  },
  satisfaction: {
    value: "Chỉ số hài lòng",
    rank: "Thứ hạng",
    rank_of: "Số đơn vị được xếp hạng",
  },
};

/** One row of the page's table, every cell already text. */
export interface CandidateRow {
  line: number;
  section: string;
  dataset: string;
  measure: string;
  level: string;
  value: string;
  place: string;
  period: string;
  quote: string;
  /** The extractor's notes in Vietnamese; one with no Vietnamese text yet stays English (shown with lang="en"). */
  notes: { text: string; english: boolean }[];
}

/** The figure as readers expect it: 12.345; 99,58%; 87,6 điểm; thứ 2. */
export function formatCandidateValue(c: Pick<Candidate, "value" | "value_unit" | "measure">): string {
  const number = formatNumber(c.value);
  if (c.value_unit === "percent") return `${number}%`;
  if (c.value_unit === "score") return `${number} điểm`;
  if (c.value_unit === "rank" && c.measure === "rank") return `thứ ${number}`;
  return number;
}

/** The measure in Vietnamese, with who assessed for an index figure ("Điểm Chỉ số CCHC · Bộ Nội vụ thẩm định"). */
export function measureText(c: Pick<Candidate, "dataset" | "measure" | "assessor">, labels: CheckerLabels): string {
  const index = INDEX_MEASURE_LABELS[c.dataset];
  if (!index) return measureLabel(c.measure);
  const who = c.assessor ? (c.dataset === "par_index" ? labels.assessors : labels.surveys)[c.assessor] ?? c.assessor : "";
  return `${index[c.measure] ?? c.measure}${who ? ` · ${who}` : ""}`;
}

/** A candidate's table row; `placeName` names a unit id (null when the list does not have it). */
export function candidateRow(c: Candidate, labels: CheckerLabels, placeName: (id: string) => string | null): CandidateRow {
  const place = c.unit_id
    ? placeName(c.unit_id) ?? c.unit_id
    : c.unknown_place
      ? `${c.unknown_place} (chưa có trong danh sách đơn vị)`
      : "chưa rõ";
  const period = c.period_end ? formatPeriod(c.period_start, c.period_end) : c.year !== null ? `năm ${c.year}` : "chưa rõ";
  return {
    line: c.line,
    section: c.section,
    dataset: labels.datasets[c.dataset] ?? c.dataset,
    measure: measureText(c, labels),
    level: labels.levels[c.level] ?? c.level,
    value: formatCandidateValue(c),
    place,
    period,
    quote: c.quote,
    notes: c.notes.map((n) => ({ text: noteText(n) ?? n, english: noteText(n) === null })),
  };
}

/** One report line as the page shows it: possibly cut to a window around its figures, with the spans to mark. */
export interface ExcerptLine {
  line: number;
  text: string;
  /** Text was cut before / after the window. */
  cutStart: boolean;
  cutEnd: boolean;
  /** Quote spans relative to `text`, merged, in order. */
  marks: [number, number][];
  /** A figure sits on this line (else it is context). */
  hasFigure: boolean;
}

export interface Excerpt {
  lines: ExcerptLine[];
  /** Lines with figures left out to keep the page light (their figures are still in the table and the CSV). */
  omitted: number;
}

/** Sorted, merged [start, end) spans. */
function merge(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The lines worth showing: every line with a figure (at most `maxFigureLines`) and `context` lines around each;
 * a line longer than `maxChars` is cut to a window around its first figures, so a 5 MB paste stays a small page.
 */
export function excerptOf(
  text: string,
  candidates: readonly Pick<Candidate, "line" | "start" | "end">[],
  { context = 1, maxFigureLines = 300, maxChars = 800 } = {},
): Excerpt {
  const spansByLine = new Map<number, [number, number][]>();
  for (const c of candidates) spansByLine.set(c.line, [...(spansByLine.get(c.line) ?? []), [c.start, c.end]]);
  const figureLines = [...spansByLine.keys()].sort((a, b) => a - b);
  const shown = figureLines.slice(0, maxFigureLines);
  const all = text.split("\n");
  const wanted = new Set<number>();
  for (const n of shown) for (let k = n - context; k <= n + context; k++) if (k >= 1 && k <= all.length) wanted.add(k);
  const lines = [...wanted].sort((a, b) => a - b).flatMap((n): ExcerptLine[] => {
    const full = all[n - 1] ?? "";
    const spans = merge(spansByLine.get(n) ?? []);
    if (!spans.length && full.trim() === "") return [];
    let from = 0;
    if (full.length > maxChars) from = Math.max(0, Math.min((spans[0]?.[0] ?? 0) - 80, full.length - maxChars));
    const to = Math.min(full.length, from + maxChars);
    return [{
      line: n,
      text: full.slice(from, to),
      cutStart: from > 0,
      cutEnd: to < full.length,
      marks: spans.filter(([s, e]) => e > from && s < to).map(([s, e]) => [Math.max(s, from) - from, Math.min(e, to) - from]),
      hasFigure: spans.length > 0,
    }];
  });
  return { lines, omitted: figureLines.length - shown.length };
}

/** A line's text split into plain and marked pieces, in order (what the page wraps in <mark>). */
export function markSegments(text: string, marks: readonly [number, number][]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
