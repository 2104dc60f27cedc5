/**
 * The engine: applies the phrase table (grammar/vi.ts) to each paragraph of a report. For every number it reads
 * the noun after it (what is counted), the words around it inside its clause (which measure), the nearest tier
 * words (which level) and place names (which unit), and writes one located candidate. A share ("chiếm 34,35%")
 * belongs to the count just before it; a footnote's figures inherit the figure its marker follows. Anything it
 * cannot place is left out rather than guessed; anything it assumed is said in the candidate's notes.
 */
import { DOSSIER_MEASURES, ONLINE_MEASURES } from "../schemas/measures";
import { findNumbers, type NumberToken } from "./numbers";
import { lineAt, type Paragraph } from "./segment";
import type { PlaceMention, PlaceResolver } from "./places";
import type { Candidate, ExtractLevel, ReportContext } from "./types";
import { CASES_ARE_DOSSIERS, MEASURE_RULES, SHARE_DENOMINATORS, SHARE_RULES, ZERO_PHRASE, type MeasureRule, type Noun } from "./grammar/vi";
import { chooseRule, nounAfter, sentences, type Span } from "./measureChoice";
import { indexFigure } from "./indices";
import { levelCues, TOPIC_START, type LevelCue } from "./tiers";
import { TIER_OF_KIND } from "./tierOfKind";

const KNOWN_MEASURES = new Set<string>([...DOSSIER_MEASURES, ...ONLINE_MEASURES]);
const STOCK = /^(?:procedures_|procedure_|decisions_)/;

/** What the engine carries from one paragraph to the footnotes that refer to it. */
export interface EngineState {
  footnoteParents: Map<string, Candidate>;
  /** Procedures in force per level seen so far: "200/271 thủ tục" is of the level that has 271. */
  inForce: Map<number, ExtractLevel>;
  /** The tier a section was shown to be about by a denominator ("200/271 thủ tục"), for its later figures. */
  sectionLevel: Map<string, ExtractLevel>;
}

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
    const index = indexFigure(t, folded, s, leftStart, clauseEnd, noun, context, mentions);
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
      // "đã giải quyết 9.860 hồ sơ, đúng hạn đạt 99,9%": words of its own before the share name another measure.
      if (base) {
        const own = chooseRule(folded, /^procedure/.test(base.measure) ? "procedure" : "dossier", t.start, sentenceText, { nearStart, leftStart, afterNoun: t.end, clauseEnd: t.end, sentenceStart: s.start, listStart: leftStart }, (r) => r.priority >= 3 && KNOWN_MEASURES.has(`${r.measure}_pct`));
        if (own && own.at.start >= leftStart && own.rule.measure !== base.measure && own.rule.dataset === base.dataset) base = { ...base, measure: own.rule.measure };
      }
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
      const lastCount = [...out].reverse().find((c) => c.value_unit === "count") ?? null;
      const lastPlaced = out[out.length - 1];
      if (place && lastCount && prevCandidate === lastCount) inherited = lastCount;
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
