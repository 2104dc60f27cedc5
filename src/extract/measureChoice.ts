/**
 * Which phrase names a number's measure: the phrase table's rows (grammar/vi.ts) searched in windows of text around
 * the number, scored by specificity and distance. Also the small readers the engine needs around a number:
 * sentence spans and the noun printed after it.
 */
import { MEASURE_RULES, NOUNS, type MeasureRule, type Noun } from "./grammar/vi";

/** A range of offsets in a paragraph. */
export interface Span { start: number; end: number }

const GLOBAL_CUES = new WeakMap<MeasureRule, RegExp>();
/** The rule's cue as a global pattern, compiled once. */
function globalCue(rule: MeasureRule): RegExp {
  let re = GLOBAL_CUES.get(rule);
  if (!re) GLOBAL_CUES.set(rule, (re = new RegExp(rule.cue.source, "g")));
  return re;
}

/** Sentence spans of a folded paragraph (a thousands dot is never a boundary: it is followed by a digit). */
export function sentences(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of folded.matchAll(/[.!?;](?=\s|$|\^)/g)) {
    const end = (m.index ?? 0) + 1;
    spans.push({ start, end });
    start = end;
  }
  if (start < folded.length) spans.push({ start, end: folded.length });
  return spans;
}

/** The noun printed right after a number, and how long it is. */
export function nounAfter(folded: string, end: number): { noun: Noun | null; length: number } {
  const after = folded.slice(end, end + 40);
  for (const n of NOUNS) {
    const m = n.pattern.exec(after);
    if (m) return { noun: n.noun, length: m[0].length };
  }
  return { noun: null, length: 0 };
}

/** The best measure rule for a number: highest priority among cues in its clause, nearest on a tie. */
function bestRule(
  folded: string, windows: Span[], noun: Noun, near: number, contextText: string, accept: (r: MeasureRule) => boolean = () => true, nearestFirst = false,
): { rule: MeasureRule; at: Span } | null {
  let best: { rule: MeasureRule; at: Span; score: number } | null = null;
  for (const rule of MEASURE_RULES) {
    if (!rule.nouns.includes(noun) || !accept(rule)) continue;
    if (rule.context && !rule.context.test(contextText)) continue;
    for (const w of windows) {
      const text = folded.slice(w.start, w.end);
      // At equal specificity the words right after "N TTHC ..." bind the number ("193 TTHC ở mức độ 4").
      const bonus = w.start >= near ? 200 : w.end > near ? 300 : 0;
      for (const m of text.matchAll(globalCue(rule))) {
        const at = { start: w.start + (m.index ?? 0), end: w.start + (m.index ?? 0) + m[0].length };
        // A window read through the number counts only phrases that run through it.
        if (w.start < near && w.end > near && !(at.start < near && at.end > near)) continue;
        const distance = at.end <= near ? near - at.end : at.start >= near ? at.start - near : 0;
        const score = nearestFirst ? rule.priority - distance * 10 + bonus : rule.priority * 1000 - distance + bonus;
        if (!best || score > best.score) best = { rule, at, score };
      }
    }
  }
  return best ? { rule: best.rule, at: best.at } : null;
}

/**
 * Picks the phrase that names a number's measure: first among the words nearest it (back to the last comma, and
 * its own clause after the noun), by specificity; a much more specific phrase further back in the clause (a named
 * programme, "mức độ 3, 4") overrides a generic verb; with nothing near, the nearest phrase back to the previous
 * figure; with nothing in the sentence, a named programme in the paragraph before it.
 */
export function chooseRule(
  folded: string, noun: Noun, at: number, contextText: string,
  w: { nearStart: number; leftStart: number; afterNoun: number; clauseEnd: number; sentenceStart: number; listStart: number },
  accept: (r: MeasureRule) => boolean = () => true,
): { rule: MeasureRule; at: Span } | null {
  // Words after "so với", "trên tổng số" name a denominator, not the measure.
  const denominatorAt = folded.slice(w.afterNoun, w.clauseEnd).search(/\b(?:so voi|tren tong so|trong tong so|tren so)\b/);
  const rightEnd = denominatorAt >= 0 ? w.afterNoun + denominatorAt : w.clauseEnd;
  // The clause read through the number too: "trả kết quả 210 hồ sơ qua dịch vụ bưu điện".
  const near = bestRule(folded, [{ start: w.nearStart, end: at }, { start: w.afterNoun, end: rightEnd }, { start: w.nearStart, end: rightEnd }], noun, at, contextText, accept);
  if (near) return bestRule(folded, [{ start: w.leftStart, end: at }], noun, at, contextText, (r) => accept(r) && r.priority >= near.rule.priority + 3) ?? near;
  const wide = bestRule(folded, [{ start: w.leftStart, end: at }], noun, at, contextText, (r) => accept(r) && r.priority >= 4, true)
    ?? bestRule(folded, [{ start: w.leftStart, end: at }], noun, at, contextText, accept);
  if (wide) return wide;
  const back = bestRule(folded, [{ start: Math.min(w.listStart, w.leftStart), end: at }], noun, at, contextText, accept, true);
  if (back) return back;
  return bestRule(folded, [{ start: Math.max(0, w.sentenceStart - 600), end: w.sentenceStart }], noun, at, contextText, (r) => accept(r) && r.priority >= 7 && r.measure !== "");
}

