/**
 * The engine: applies the phrase table (grammar/vi.ts) to each paragraph of a report. For every number it reads
 * the noun after it (what is counted), the words around it inside its clause (which measure), the nearest tier
 * words (which level) and place names (which unit), and writes one located candidate. A share ("chiếm 34,35%")
 * belongs to the count just before it; a footnote's figures inherit the figure its marker follows. Anything it
 * cannot place is left out rather than guessed; anything it assumed is said in the candidate's notes.
 */
import { DOSSIER_MEASURE_LABELS, ONLINE_MEASURE_LABELS } from "../schemas/measures";
import { findNumbers, type NumberToken } from "./numbers";
import { lineAt, type Paragraph } from "./segment";
import type { PlaceMention, PlaceResolver } from "./places";
import type { Candidate, ExtractLevel, ReportContext } from "./types";
import {
  CASES_ARE_DOSSIERS, CHANGE_BEFORE, LEVEL_CUES, MEASURE_RULES, NOUNS, PAR_CUE, RANK_BEFORE, SATISFACTION_CUE, SELF_ASSESSED,
  SHARE_DENOMINATORS, SHARE_RULES, SUBJECT_DISTRICT, ZERO_PHRASE, type MeasureRule, type Noun,
} from "./grammar/vi";

const KNOWN_MEASURES = new Set([...Object.keys(DOSSIER_MEASURE_LABELS), ...Object.keys(ONLINE_MEASURE_LABELS)]);
const TIER_OF_KIND: Record<string, ExtractLevel> = {
  tinh: "province", thanh_pho_truc_thuoc_tw: "province", huyen: "district", quan: "district", thi_xa: "district",
  thanh_pho_thuoc_tinh: "district", xa: "commune", phuong: "commune", thi_tran: "commune",
};
const STOCK = /^(?:procedures_|procedure_|decisions_)/;

/** What the engine carries from one paragraph to the footnotes that refer to it. */
export interface EngineState {
  footnoteParents: Map<string, Candidate>;
  /** Procedures in force per level seen so far: "200/271 thủ tục" is of the level that has 271. */
  inForce: Map<number, ExtractLevel>;
  /** The tier a section was shown to be about by a denominator ("200/271 thủ tục"), for its later figures. */
  sectionLevel: Map<string, ExtractLevel>;
}

interface Span { start: number; end: number }

const GLOBAL_CUES = new WeakMap<MeasureRule, RegExp>();
/** The rule's cue as a global pattern, compiled once. */
function globalCue(rule: MeasureRule): RegExp {
  let re = GLOBAL_CUES.get(rule);
  if (!re) GLOBAL_CUES.set(rule, (re = new RegExp(rule.cue.source, "g")));
  return re;
}

/** Sentence spans of a folded paragraph (a thousands dot is never a boundary: it is followed by a digit). */
function sentences(folded: string): Span[] {
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

function nounAfter(folded: string, end: number): { noun: Noun | null; length: number } {
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
function chooseRule(
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

interface LevelCue { level: ExtractLevel; at: number; end: number; subject: boolean }

/**
 * Tier words of a paragraph with their spans. A longer cue hides the shorter ones inside it ("thị xã và xã, phường"
 * is both tiers, not the communes), and "trên địa bàn huyện" right after "cấp xã" says where the communes are,
 * not that the figure is the district's total.
 */
function levelCues(folded: string): LevelCue[] {
  const cues: LevelCue[] = [];
  for (const c of LEVEL_CUES) for (const m of folded.matchAll(c.pattern)) cues.push({ level: c.level, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, subject: false });
  for (const m of folded.matchAll(SUBJECT_DISTRICT)) cues.push({ level: "district", at: (m.index ?? 0) + m[0].length - 3, end: (m.index ?? 0) + m[0].length, subject: true });
  const kept = cues.filter((c) => !cues.some((o) => o !== c && o.at <= c.at && o.end >= c.end && o.end - o.at > c.end - c.at));
  const sorted = kept.sort((a, b) => a.at - b.at);
  return sorted.filter((c, i) => !(c.level === "total" && i > 0 && sorted[i - 1]!.level !== "total" && c.at - sorted[i - 1]!.end < 15 && /^tren dia ban/.test(folded.slice(c.at, c.end))));
}

/** Sentences that open a new topic ("Trong năm 2023, ...", "Ngoài ra ...") end the tier named before them. */
const TOPIC_START = /^\s*(?:[-+•]\s*)?(?:trong nam|nam \d{4}|ngoai ra|dong thoi|rieng|ben canh do|tinh den|qua do|ket qua trong nam)/;

/** Reads the candidates of one paragraph. */
export function readParagraph(
  p: Paragraph, context: ReportContext, resolver: PlaceResolver, state: EngineState, ocr: boolean,
): Candidate[] {
  const folded = p.folded;
  let tokens = findNumbers(folded);
  // OCR of "là" as the digits 13 right before a figure ("qua han 13: 61 hồ sơ").
  if (ocr) tokens = tokens.filter((t, i) => !(t.text === "13" && tokens[i + 1] && /^\s*:?\s*$/.test(folded.slice(t.end, tokens[i + 1]!.start))));
  const spans = sentences(folded);
  const cues = levelCues(folded);
  const mentions = resolver.mentions(folded, context.unit_id);
  const parent = p.footnote ? state.footnoteParents.get(p.footnote) ?? null : null;
  const out: Candidate[] = [];
  const fromToken = new Map<NumberToken, Candidate>();

  const sentenceOf = (at: number) => spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: folded.length };
  const placeIn = (from: number, to: number): PlaceMention | null => {
    const inside = mentions.filter((m) => m.start >= from && m.end <= to && m.unit && m.unit.unit_id !== context.unit_id);
    return inside[inside.length - 1] ?? null;
  };
  const boundCues = new Set<LevelCue>();
  const topicStarts = spans.filter((sp) => TOPIC_START.test(folded.slice(sp.start, sp.start + 40))).map((sp) => sp.start);
  const levelAt = (t: NumberToken, clauseEnd: number, noun: Noun | null): { level: ExtractLevel; note?: string } => {
    const sentenceEnd = sentenceOf(t.start).end;
    const afterAll = noun === "decision" ? [] : cues.filter((c) => !c.subject && c.at >= t.end && c.at < Math.min(sentenceEnd, t.end + 160) && !tokens.some((o) => o.start > t.end && o.start < c.at));
    const after = afterAll[0] && afterAll[0].at < Math.min(clauseEnd, t.end + 110) ? afterAll[0] : undefined;
    if (after) {
      const second = afterAll.find((c) => c.level !== after.level && c.level !== "total" && after.level !== "total" && !/[(:]/.test(folded.slice(after.end, c.at)));
      return second ? { level: "total", note: "several tiers named together: read as the total" } : { level: after.level };
    }
    if (noun === "decision") return { level: "total", note: "decisions counted for the place as a whole" };
    const reset = Math.max(0, ...topicStarts.filter((x) => x <= t.start));
    // Tier words right after an earlier number ("118 thủ tục áp dụng tại cấp xã") qualify that number only.
    const before = cues.filter((c) => c.at < t.start && c.at >= reset && !boundCues.has(c));
    const last = before[before.length - 1];
    if (last) {
      // "Thị xã đã ...", "Huyện có ...": the district's own bodies and one-stop desk, not its communes.
      if (last.subject) return { level: "district", note: '"huyện/thị xã đã ..." read as the district tier itself' };
      // "các sở, ngành tỉnh, ..., UBND cấp huyện ... đối với 104 TTHC": several tiers named together, no figure between.
      const previous = before[before.length - 2];
      const sentenceStart = sentenceOf(t.start).start;
      if (previous && !previous.subject && last.level !== "total" && previous.level !== "total" && previous.level !== last.level
        && previous.at >= sentenceStart && !tokens.some((o) => o.start > previous.at && o.start < last.at) && !/[(:]/.test(folded.slice(previous.end, last.at))) {
        return { level: "total", note: "several tiers named together: read as the total" };
      }
      return { level: last.level };
    }
    if (parent) return { level: parent.level };
    const sectionLevel = state.sectionLevel.get(p.section);
    if (sectionLevel && reset === 0) return { level: sectionLevel, note: "level carried from earlier in the section (its figures are of that tier)" };
    return { level: "total", note: "level not stated: read as the whole place" };
  };

  const make = (t: NumberToken, fields: Partial<Candidate> & Pick<Candidate, "dataset" | "measure" | "level">, quoteFrom: number, quoteTo: number, notes: string[]): Candidate => {
    const { line, column } = lineAt(p, t.start);
    const lineInfo = p.lines.find((l) => l.line === line)!;
    const from = Math.max(quoteFrom, lineInfo.offset);
    const to = Math.min(quoteTo, lineInfo.offset + lineInfo.length);
    const stock = STOCK.test(fields.measure) && fields.dataset === "online_services" && !/^dossiers_/.test(fields.measure);
    return {
      value: t.value, value_unit: t.kind === "percent" ? "percent" : "count", denominator: null,
      unit_id: context.unit_id, unknown_place: context.unit_id ? null : context.unknown_unit,
      period_start: stock ? null : context.period_start, period_end: context.period_end,
      year: null, assessor: null, line, section: p.section,
      quote: p.text.slice(from, to).trim(), start: from - lineInfo.offset, end: to - lineInfo.offset,
      number_start: column, number_end: column + (t.end - t.start),
      notes, ...fields,
    };
  };

  // Each number's clause: from the end of the previous number's clause to the first separator after its noun.
  const clauses = tokens.map((t, i) => {
    const s = sentenceOf(t.start);
    const next = tokens[i + 1] && tokens[i + 1]!.start < s.end ? tokens[i + 1]! : null;
    const { noun, length: nounLength } = nounAfter(folded, t.end);
    const afterNoun = t.end + nounLength;
    const limit = next?.start ?? s.end;
    const stop = /[,;:()]|\s(?:va|con|trong do|gom)\s(?=[^,;]{0,30}\d)/.exec(folded.slice(afterNoun, s.end));
    const clauseEnd = stop && afterNoun + stop.index < limit ? afterNoun + stop.index : limit;
    return { s, noun, afterNoun, clauseEnd };
  });
  tokens.forEach((o, j) => {
    if (!["dossier", "procedure", "case", "group", "decision"].includes(clauses[j]!.noun ?? "")) return;
    const end = Math.min(clauses[j]!.clauseEnd, o.end + 110);
    for (const c of cues) if (!c.subject && c.at >= o.end && c.at < end && c.at - o.end < 60) boundCues.add(c);
  });
  tokens.forEach((t, i) => {
    const { s, afterNoun, clauseEnd } = clauses[i]!;
    let noun = clauses[i]!.noun;

    if (noun === "case") {
      const sentence = folded.slice(s.start, s.end);
      noun = CASES_ARE_DOSSIERS.passage.test(folded.slice(Math.max(0, s.start - 300), s.end)) && !CASES_ARE_DOSSIERS.not.test(sentence) ? "dossier" : "other";
    }
    const prev = tokens[i - 1] && tokens[i - 1]!.end > s.start ? tokens[i - 1]! : null;
    const leftStart = Math.max(s.start, prev ? Math.min(clauses[i - 1]!.afterNoun, t.start) : s.start);
    const sentenceText = folded.slice(Math.max(0, s.start - 300), s.end);
    // The words nearest a number, back to the last comma of its clause, are read first.
    const lastComma = folded.lastIndexOf(",", t.start - 1);
    const nearStart = Math.max(leftStart, lastComma + 1);
    // Back to where the last figure read in this sentence ends: words before it belong to that figure.
    const lastRead = [...out].reverse().find((c) => lineOffset(p, c) + c.end > s.start);
    const listStart = Math.max(s.start, lastRead ? lineOffset(p, lastRead) + lastRead.end : s.start);
    const inParens = /\(\s*$/.test(folded.slice(Math.max(0, t.start - 2), t.start));

    // PAR INDEX and satisfaction indices.
    const index = indexFigure(t, folded, s, leftStart, clauseEnd, noun, p, context, mentions);
    if (index !== undefined) {
      for (const c of index) out.push(make(t, c, c.start, c.end, c.notes));
      return;
    }
    if (noun === "other" || noun === "field" || noun === "score") return;
    // "Đất đai (06 TTHC)" in a footnote: a breakdown by field, not a new measure.
    if (inParens && p.footnote && !placeIn(leftStart, t.start)) return;

    const prevCandidate = prev ? fromToken.get(prev) : undefined;
    const place = placeIn(leftStart, t.start);
    let level = levelAt(t, clauseEnd, noun);
    const byDenominator = t.over !== null && noun === "procedure" ? state.inForce.get(t.over) : undefined;
    if (byDenominator && level.note) {
      level = { level: byDenominator, note: `level read from the denominator: ${t.over} is the count of procedures in force at that level` };
      state.sectionLevel.set(p.section, byDenominator);
    }
    const notes = level.note ? [level.note] : [];

    if (t.kind === "percent") {
      let measure: string | null = null;
      let dataset: Candidate["dataset"] = "dossiers";
      let base: Candidate | null = null;
      if (prevCandidate && prevCandidate.value_unit === "count" && !/_pct$/.test(prevCandidate.measure)) base = prevCandidate;
      else if (!prev && parent && out.length === 0) base = parent;
      if (base) {
        measure = `${base.measure.replace(/_pct$/, "")}_pct`;
        dataset = base.dataset === "online_services" ? "online_services" : "dossiers";
      } else {
        const shareNoun: Noun = noun === "procedure" ? "procedure" : "dossier";
        const accept = (r: MeasureRule) => KNOWN_MEASURES.has(`${r.measure}_pct`);
        const found = chooseRule(folded, shareNoun, t.start, sentenceText, { nearStart, leftStart, afterNoun, clauseEnd, sentenceStart: s.start, listStart }, accept);
        const share = shareNoun === "procedure" ? SHARE_RULES.find((r) => r.cue.test(sentenceText)) : undefined;
        if (share && (!found || share.priority >= found.rule.priority)) { measure = share.measure; dataset = "online_services"; }
        else if (found && found.rule.priority >= 3) { measure = `${found.rule.measure}_pct`; dataset = found.rule.dataset; }
      }
      if (!measure || !KNOWN_MEASURES.has(measure)) return;
      const c = make(t, {
        dataset, measure, level: base?.level ?? level.level, unit_id: base?.unit_id ?? place?.unit?.unit_id ?? context.unit_id,
        value_unit: "percent", denominator: SHARE_DENOMINATORS[measure] ?? null,
      }, base && base !== parent ? Math.min(leftStart, t.start) : leftStart, Math.max(t.end, clauseEnd), base ? [...notes.filter(() => false)] : notes);
      if (base === parent && parent) c.notes.push(`share read as belonging to the figure of footnote ${p.footnote}`);
      fromToken.set(t, c);
      out.push(c);
      return;
    }

    // A count: what it counts comes from the noun after it, or from the list it continues.
    let rule: MeasureRule | null = null;
    let at: Span | null = null;
    let inherited: Candidate | null = null;
    if (noun === "dossier" || noun === "procedure" || noun === "decision" || noun === "group") {
      const contextText = sentenceText + (parent ? ` ${foldedQuote(parent)}` : "");
      const found = chooseRule(folded, noun, t.start, contextText, { nearStart, leftStart, afterNoun, clauseEnd, sentenceStart: s.start, listStart });
      if (found) ({ rule, at } = found);
      if (rule && rule.measure === "") return;
    }
    if (!rule) {
      // "Tây Vinh (1.347 hồ sơ)", "Bình Thành (1)": a place in a list repeats the measure of the figure before it.
      const listParent = [...out].reverse().find((c) => c.line >= 0 && c.value_unit === "count" && c.start >= 0) ?? null;
      const sameSentence = listParent && out.indexOf(listParent) >= 0 && prevCandidate === listParent;
      const lastPlaced = out[out.length - 1];
      if (place && sameSentence && listParent) inherited = listParent;
      // "xã A có 12 hồ sơ; thị trấn B: 03 hồ sơ": a list of places may run on across semicolons.
      else if (place && lastPlaced && lastPlaced.unit_id !== context.unit_id && lastPlaced.value_unit === "count" && t.start - (lineOffset(p, lastPlaced) + lastPlaced.number_end) < 200) inherited = lastPlaced;
      // "trong đó: cấp tỉnh: 102 TTHC; cấp huyện: 02 TTHC": tier items repeat the measure of the figure they split.
      else if (!parent && cues.some((c) => c.at >= leftStart && c.at < t.start)) {
        const split = [...out].reverse().find((c) => c.value_unit === "count" && (noun === "procedure" ? c.dataset === "online_services" : c.dataset === "dossiers") && t.start - (lineOffset(p, c) + c.number_end) < 160);
        if (split) inherited = split;
      }
      else if (parent && (place || cues.some((c) => c.at >= leftStart && c.at < t.start))) inherited = { ...parent, measure: parent.measure.replace(/_pct$/, "") };
      if (!inherited) return;
    }
    const dataset = rule ? rule.dataset : inherited!.dataset;
    let measure = rule ? rule.measure : inherited!.measure;
    if (rule?.note) notes.push(rule.note);
    if (inherited) notes.push(place ? `measure repeated from the list it belongs to (${inherited.measure})` : `measure of the figure footnote ${p.footnote} refers to`);
    // "trực tuyến" in a dossier passage is a channel of received dossiers; in an online-services passage it is
    // the count of online dossiers (online_services).
    if (measure === "received_online" && /dich vu cong truc tuyen|muc do [34]|toan trinh/.test(folded.slice(s.start, s.end))) measure = "dossiers_online";
    const unitPlace = place?.unit ?? null;
    const c = make(t, {
      dataset: measure === "dossiers_online" ? "online_services" : dataset, measure,
      level: unitPlace ? (TIER_OF_KIND[unitPlace.kind] ?? level.level) : inherited && !cues.some((q) => q.at >= leftStart && q.at < t.start) ? inherited.level : level.level,
      unit_id: unitPlace?.unit_id ?? context.unit_id,
    }, Math.min(at?.start ?? t.start, place?.start ?? t.start, t.start), Math.max(at?.end ?? 0, afterNoun), notes);
    if (unitPlace) c.notes.push(`place: ${unitPlace.name} (${unitPlace.unit_id})`);
    if (measure === "procedures_in_force" && c.level !== "total" && !state.inForce.has(c.value)) state.inForce.set(c.value, c.level);
    fromToken.set(t, c);
    out.push(c);
  });

  out.push(...zeroFigures(p, context, cues));
  // Footnote markers: each refers to the last figure before it in its sentence.
  for (const m of p.text.matchAll(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g)) {
    const at = m.index ?? 0;
    const sentence = spans.find((sp) => at >= sp.start && at <= sp.end) ?? { start: 0, end: at };
    const before = out.filter((c) => lineOffset(p, c) + c.number_end <= at && lineOffset(p, c) + c.number_start >= sentence.start);
    const last = before[before.length - 1];
    if (!last) continue;
    const number = [...m[0]].map((ch) => ("¹²³".includes(ch) ? String("¹²³".indexOf(ch) + 1) : String(ch.charCodeAt(0) - 0x2070))).join("");
    state.footnoteParents.set(number, last);
  }
  return out;
}

function foldedQuote(c: Candidate): string {
  return c.quote.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase();
}

function lineOffset(p: Paragraph, c: Candidate): number {
  return p.lines.find((l) => l.line === c.line)?.offset ?? 0;
}

/** "không có hồ sơ trễ hạn" → resolved_late = 0, read from the words after it. */
function zeroFigures(p: Paragraph, context: ReportContext, cues: { level: ExtractLevel; at: number; subject: boolean }[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of p.folded.matchAll(ZERO_PHRASE)) {
    const start = m.index ?? 0;
    const rest = m[1] ?? "";
    let best: MeasureRule | null = null;
    for (const rule of MEASURE_RULES) {
      if (!rule.nouns.includes("dossier") || (rule.context && !rule.context.test(rest))) continue;
      if (rule.cue.test(rest) && (!best || rule.priority > best.priority)) best = rule;
    }
    if (!best || best.priority < 3) continue;
    const { line, column } = lineAt(p, start);
    const info = p.lines.find((l) => l.line === line)!;
    const end = Math.min(start + m[0].length, info.offset + info.length);
    const before = cues.filter((c) => c.at < start && !c.subject);
    const level = before[before.length - 1]?.level ?? "total";
    out.push({
      dataset: best.dataset, measure: best.measure, level, value: 0, value_unit: "count", denominator: null,
      unit_id: context.unit_id, unknown_place: context.unit_id ? null : context.unknown_unit, period_start: context.period_start, period_end: context.period_end,
      year: null, assessor: null, line, section: p.section, quote: p.text.slice(start, end).trim(),
      start: column, end: end - info.offset, number_start: column, number_end: column + 5,
      notes: ["zero stated in words"],
    });
  }
  return out;
}

type Partial2 = Partial<Candidate> & Pick<Candidate, "dataset" | "measure" | "level"> & { start: number; end: number; notes: string[] };

/**
 * A figure of the PAR INDEX or of a satisfaction index, when the sentence names one before the number (or the
 * clause right after it does): score "72,63/96 điểm", share "đạt 82,03%", rank "xếp thứ 4/11". undefined when the
 * number is not about an index; [] when it is but is a change ("tăng 05 bậc"), to be skipped.
 */
function indexFigure(
  t: NumberToken, folded: string, s: Span, leftStart: number, clauseEnd: number, noun: Noun | null,
  p: Paragraph, context: ReportContext, mentions: PlaceMention[],
): Partial2[] | undefined {
  if (noun === "dossier" || noun === "procedure") return undefined;
  const before = folded.slice(s.start, t.start);
  const lastOf = (re: RegExp) => { let at = -1; for (const m of before.matchAll(new RegExp(re.source, "g"))) at = m.index ?? 0; return at; };
  const par = lastOf(PAR_CUE);
  const sat = lastOf(SATISFACTION_CUE);
  const right = folded.slice(t.end, clauseEnd + 40);
  const satAfter = sat < 0 && par < 0 && /^[^;.]{0,40}\bhai long\b/.test(right);
  if (par < 0 && sat < 0 && !satAfter) return undefined;
  const kind: "par" | "sat" = satAfter || sat > par ? "sat" : "par";
  const left = folded.slice(leftStart, t.start);
  const isRank = RANK_BEFORE.test(left.replace(/\s+$/, " "));
  // "đạt 100% người dân, tổ chức hài lòng": the noun after a share is who was asked.
  if (noun === "other" && !isRank && !(kind === "sat" && t.kind === "percent")) return [];
  // "04 đơn vị đạt ... tỷ lệ 100%": the figure of some units the sentence counts, not of the place.
  if (/\b\d+ (?:don vi|co quan|xa|phuong|huyen|so|nganh)\b/.test(folded.slice(s.start, t.start))) return [];
  // Bands ("trên 90%", "từ 80% đến dưới 90%") and several places at once ("các xã, phường ... bình quân") are
  // not one place's figure.
  if (/(?:\btren|\bduoi|\btu|\bden|\bhon)\s*$/.test(folded.slice(Math.max(0, t.start - 12), t.start)) || /^\s*(?:tro len|tro xuong|den duoi|den)\b/.test(folded.slice(t.end, t.end + 12))) return [];
  if (/\b(?:cac xa|cac huyen|cac don vi|binh quan|trung binh)\b/.test(folded.slice(s.start, t.start)) && !mentions.some((m) => m.end <= t.start && m.start >= s.start && m.unit)) return [];
  if (CHANGE_BEFORE.test(left) || /^\s*(?:bac|diem so voi|so voi)/.test(folded.slice(t.end, t.end + 12))) return [];
  const sentence = folded.slice(s.start, s.end);
  const years = [...before.matchAll(/\bnam (\d{4})\b/g)];
  const year = years.length ? Number(years[years.length - 1]![1]) : context.period_start ? Number(context.period_start.slice(0, 4)) : null;
  const named = mentions.filter((m) => m.end <= t.start && m.start >= s.start && m.unit);
  const unit = named[named.length - 1]?.unit ?? null;
  const unitId = unit?.unit_id ?? context.unit_id;
  const tier: ExtractLevel = unit ? (TIER_OF_KIND[unit.kind] ?? "district") : (context.unit_id?.includes("/") ? (context.unit_id.split("/").length > 2 ? "commune" : "district") : "province");
  const notes: string[] = [];
  let assessor: string;
  if (kind === "par") {
    if (SELF_ASSESSED.test(sentence)) assessor = "self";
    else if (tier === "province" || /\bbo noi vu\b/.test(sentence)) assessor = "ministry";
    else { assessor = "province"; notes.push("assessor read as the province (a district's index is assessed by its province)"); }
  } else {
    assessor = /\bsipas\b|\bchi so hai long\b/.test(sentence) && !/\bphieu\b/.test(sentence) ? "sipas" : "local_survey";
    if (assessor === "local_survey") notes.push("a local survey, not the national SIPAS");
  }
  const base = { dataset: kind === "par" ? "par_index" as const : "satisfaction" as const, level: tier, unit_id: unitId, year, assessor, start: leftStart, end: Math.max(t.end, clauseEnd), notes };
  if (isRank) {
    const out: Partial2[] = [{ ...base, measure: "rank", value: t.value, value_unit: "rank", notes: [...notes] }];
    if (t.over !== null) out.push({ ...base, measure: "rank_of", value: t.over, value_unit: "rank", notes: [...notes] });
    return out;
  }
  // A satisfaction "25,7/30 điểm" is a component of the PAR INDEX, not a satisfaction index.
  if (kind === "sat" && t.over !== null && t.over !== 100 && noun !== "other") return [];
  if (t.over !== null && noun !== "other") {
    const out: Partial2[] = [{ ...base, measure: kind === "par" ? "score" : "value", value: t.value, value_unit: "score", notes: [...notes] }];
    if (kind === "par") out.push({ ...base, measure: "max_score", value: t.over, value_unit: "score", notes: [...notes] });
    return out;
  }
  if (t.kind === "percent") return [{ ...base, measure: kind === "par" ? "percent_stated" : "value", value: t.value, value_unit: "percent", notes }];
  if (t.kind === "decimal" && (noun === "score" || /\bdat\b[^,;]{0,20}$/.test(left))) {
    return [{ ...base, measure: kind === "par" ? "score" : "value", value: t.value, value_unit: "score", notes: [...notes, "maximum score not stated"] }];
  }
  void p;
  return [];
}
