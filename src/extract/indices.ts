/**
 * Figures of the PAR INDEX and of satisfaction indices (SIPAS, local surveys): score "72,63/96 điểm", share
 * "đạt 82,03%", rank "xếp thứ 4/11", with the year, the unit and who assessed it.
 */
import type { NumberToken } from "./numbers";
import type { PlaceMention } from "./places";
import type { Span } from "./measureChoice";
import type { Candidate, ExtractLevel, ReportContext } from "./types";
import { CHANGE_BEFORE, PAR_CUE, RANK_BEFORE, SATISFACTION_CUE, SELF_ASSESSED, type Noun } from "./grammar/vi";
import { TIER_OF_KIND } from "./tierOfKind";

/** An index candidate before it is located (the engine adds line, quote and period). */
export type IndexFigure = Partial<Candidate> & Pick<Candidate, "dataset" | "measure" | "level"> & { start: number; end: number; notes: string[] };

/**
 * A figure of the PAR INDEX or of a satisfaction index, when the sentence names one before the number (or the
 * clause right after it does): score "72,63/96 điểm", share "đạt 82,03%", rank "xếp thứ 4/11". undefined when the
 * number is not about an index; [] when it is but is a change ("tăng 05 bậc"), to be skipped.
 */
export function indexFigure(
  t: NumberToken, folded: string, s: Span, leftStart: number, clauseEnd: number, noun: Noun | null,
  context: ReportContext, mentions: PlaceMention[],
): IndexFigure[] | undefined {
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
    const out: IndexFigure[] = [{ ...base, measure: "rank", value: t.value, value_unit: "rank", notes: [...notes] }];
    if (t.over !== null) out.push({ ...base, measure: "rank_of", value: t.over, value_unit: "rank", notes: [...notes] });
    return out;
  }
  // A satisfaction "25,7/30 điểm" is a component of the PAR INDEX, not a satisfaction index.
  if (kind === "sat" && t.over !== null && t.over !== 100 && noun !== "other") return [];
  if (t.over !== null && noun !== "other") {
    const out: IndexFigure[] = [{ ...base, measure: kind === "par" ? "score" : "value", value: t.value, value_unit: "score", notes: [...notes] }];
    if (kind === "par") out.push({ ...base, measure: "max_score", value: t.over, value_unit: "score", notes: [...notes] });
    return out;
  }
  if (t.kind === "percent") return [{ ...base, measure: kind === "par" ? "percent_stated" : "value", value: t.value, value_unit: "percent", notes }];
  if (t.kind === "decimal" && (noun === "score" || /\bdat\b[^,;]{0,20}$/.test(left))) {
    return [{ ...base, measure: kind === "par" ? "score" : "value", value: t.value, value_unit: "score", notes: [...notes, "maximum score not stated"] }];
  }
  return [];
}
