/**
 * What the report-checking page shows, as plain data: one table row per extracted figure (labels and number
 * formats of the page's language) and a short excerpt of the report (the lines with figures and their neighbours,
 * each figure's quote to be marked). Pure, so the worker can cut the excerpt and tests can read it without a browser.
 */
import type { Candidate, CandidateCheck } from "../../extract/types";
import type { MessageKey } from "../../i18n/messages";
import { formatNumber, formatPeriod } from "../../lib/format";
import { checkSentence } from "../../presentation/checkSentence";
import { noteText } from "./noteText";
import { quoting, type Piece, type Say } from "./words";

/** One row of the page's table, every cell already text. */
export interface CandidateRow {
  line: number;
  section: string;
  dataset: string;
  measure: string;
  level: string;
  value: string;
  /** The place's name (Vietnamese in both editions), and what the page says when it is not in the unit list. */
  place: Piece[];
  period: string;
  quote: string;
  /** The extractor's notes in the page's language; one the catalogue has no message for stays English. */
  notes: { pieces: Piece[]; english: boolean }[];
}

/** The figure as readers of the page expect it: 12.345 / 12,345; 99,58% / 99.58%; 87,6 điểm / 87.6 points; thứ 2 / ranked 2. */
export function formatCandidateValue(c: Pick<Candidate, "value" | "value_unit" | "measure">, say: Say): string {
  const number = formatNumber(c.value, undefined, say.locale);
  if (c.value_unit === "percent") return `${number}%`;
  if (c.value_unit === "score") return say.text("reportCheck.value.score", { value: number });
  if (c.value_unit === "rank" && c.measure === "rank") return say.text("reportCheck.value.rank", { value: number });
  return number;
}

/** A label from a code, or the code itself when the catalogue has none (an engine newer than the catalogue). */
function label(say: Say, key: string, code: string): string {
  return say.has(key) ? say.text(key as MessageKey) : code;
}

/**
 * The measure with who assessed for an index figure ("Điểm Chỉ số CCHC · Bộ Nội vụ đánh giá" / "PAR INDEX score ·
 * assessed by the Ministry of Home Affairs"). Index measures are columns of par_index / satisfaction rows.
 */
export function measureText(c: Pick<Candidate, "dataset" | "measure" | "assessor">, say: Say): string {
  if (c.dataset !== "par_index" && c.dataset !== "satisfaction") {
    for (const key of [`measure.dossier.${c.measure}`, `measure.online.${c.measure}`]) if (say.has(key)) return say.text(key);
    return c.measure;
  }
  const who = c.assessor ? label(say, c.dataset === "par_index" ? `reportCheck.assessor.${c.assessor}` : `survey.${c.assessor}`, c.assessor) : "";
  return `${label(say, `reportCheck.index.${c.dataset}.${c.measure}`, c.measure)}${who ? ` · ${who}` : ""}`;
}

/** A candidate's table row; `placeName` names a unit id (null when the list does not have it). */
export function candidateRow(c: Candidate, say: Say, placeName: (id: string) => string | null): CandidateRow {
  const name = c.unit_id ? placeName(c.unit_id) ?? c.unit_id : null;
  const place = name !== null
    ? [say.locale === "vi" ? name : { vi: name }]
    : c.unknown_place
      ? quoting(say, "reportCheck.place.unlisted", {}, { place: c.unknown_place })
      : [say.text("reportCheck.unknown")];
  const period = c.period_end
    ? formatPeriod(c.period_start, c.period_end, say.locale)
    : c.year !== null
      ? say.text("reportCheck.year", { year: String(c.year) })
      : say.text("reportCheck.unknown");
  return {
    line: c.line,
    section: c.section,
    dataset: label(say, `reportCheck.dataset.${c.dataset}`, c.dataset),
    measure: measureText(c, say),
    level: label(say, `level.${c.level}`, c.level),
    value: formatCandidateValue(c, say),
    place,
    period,
    quote: c.quote,
    notes: c.notes.map((n) => noteText(n, say)),
  };
}

/** An arithmetic check's sentence in the page's language, worded by the site's own check words. */
export function checkText(check: Pick<CandidateCheck, "ok" | "grade" | "stated" | "computed" | "words">, say: Say): Piece[] {
  return [checkSentence(check, say)];
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
