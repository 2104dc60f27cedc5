/**
 * Caveats shown wherever a number is shown: different maxima, who assessed, method changes, partial
 * periods, weaker rows. Each returns codes and parameters (`Caveat`), worded per locale by
 * src/presentation/caveatText.ts; none changes a number.
 */
import type { ParIndexRow } from "../schemas/parIndex";
import type { SatisfactionRow } from "../schemas/satisfaction";
import type { Source } from "../schemas/sources";
import type { Unit } from "../schemas/units";

/** A caveat about a figure: what to keep in mind, as a code and the numbers or date its sentence names. */
export type Caveat =
  /** A PAR INDEX out of `max`, not 100. */
  | { code: "par.scale"; params: { max: number } }
  /** A score the unit gave itself. */
  | { code: "par.self" }
  /** A district index the province assessed with its own criteria. */
  | { code: "par.province" }
  /** The Ministry changed the criteria in `year`. */
  | { code: "par.criteriaChanged"; params: { year: number } }
  /** A result of `year` given in a report of `reportYear`. */
  | { code: "par.reportYear"; params: { year: number; reportYear: number } }
  /** A method break of the PAR INDEX or SIPAS from `year` on. */
  | { code: "method.par" | "method.sipas"; params: { year: number } }
  /** A satisfaction survey that is not SIPAS. */
  | { code: "survey.local" | "survey.provincial" }
  /** A weaker row quality. */
  | { code: "quality.listing_order" | "quality.inferred" | "quality.derived" }
  /** Counts of half a year, of one month, or up to `date` (ISO) before the period ended. */
  | { code: "period.half" | "period.month" }
  | { code: "period.cutoff"; params: { date: string } };

/** True when two caveats say the same thing (same code and parameters). */
export function sameCaveat(a: Caveat, b: Caveat): boolean {
  return a.code === b.code && JSON.stringify("params" in a ? a.params : null) === JSON.stringify("params" in b ? b.params : null);
}

/** Years in which the PAR INDEX criteria changed (MoHA restructured them for 2022 and again for 2024). */
export const PAR_METHOD_BREAKS = [2022, 2024] as const;
/** SIPAS added satisfaction with public policies in 2022; levels before and after are not comparable. */
export const SIPAS_METHOD_BREAKS = [2022] as const;

/** The caveat a row of a method-break year carries: what changed and what it must not be compared with. */
export function methodBreakNote(indicator: "par-index" | "sipas", year: number): Caveat | null {
  const breaks: readonly number[] = indicator === "sipas" ? SIPAS_METHOD_BREAKS : PAR_METHOD_BREAKS;
  return breaks.includes(year) ? { code: indicator === "sipas" ? "method.sipas" : "method.par", params: { year } } : null;
}

const QUALITY_CAVEAT: Record<string, Caveat> = {
  listing_order: { code: "quality.listing_order" },
  inferred: { code: "quality.inferred" },
  derived: { code: "quality.derived" },
};

/** The caveat of a weaker row quality (a rank from listing order, an inferred or derived value); none for stated rows. */
export function qualityCaveats(quality: string): Caveat[] {
  const caveat = QUALITY_CAVEAT[quality];
  return caveat ? [caveat] : [];
}

/** Caveats for one PAR INDEX figure. */
export function parCaveats(row: ParIndexRow, source: Source | undefined): Caveat[] {
  const notes: Caveat[] = [];
  if (row.max_score !== 100) notes.push({ code: "par.scale", params: { max: row.max_score } });
  if (row.assessor === "self") notes.push({ code: "par.self" });
  if (row.assessor === "province") notes.push({ code: "par.province" });
  if (row.assessor === "ministry" && (PAR_METHOD_BREAKS as readonly number[]).includes(row.year)) {
    notes.push({ code: "par.criteriaChanged", params: { year: row.year } });
  }
  const reportYear = source?.period_end?.slice(0, 4);
  if (source?.kind === "report" && reportYear && Number(reportYear) !== row.year) {
    notes.push({ code: "par.reportYear", params: { year: row.year, reportYear: Number(reportYear) } });
  }
  notes.push(...qualityCaveats(row.quality));
  return notes;
}

/** Caveats for one satisfaction figure. */
export function satisfactionCaveats(row: SatisfactionRow): Caveat[] {
  const notes: Caveat[] = [];
  if (row.survey === "sipas" && (SIPAS_METHOD_BREAKS as readonly number[]).includes(row.year)) {
    notes.push({ code: "method.sipas", params: { year: row.year } });
  }
  if (row.survey === "local_survey") notes.push({ code: "survey.local" });
  if (row.survey === "provincial_survey") notes.push({ code: "survey.provincial" });
  notes.push(...qualityCaveats(row.quality));
  return notes;
}

/** Caveats for a period of counts: half years, single months and early cut-offs. */
export function periodCaveats(start: string | null, end: string): Caveat[] {
  if (start && end.endsWith("-06-30") && start.endsWith("-01-01")) return [HALF_YEAR];
  // A whole calendar month (dashboards publish monthly since 7/2025) is a complete period, not an early cut-off.
  if (start && isWholeMonth(start, end)) return [ONE_MONTH];
  if (end.slice(5) !== "12-31" && end.slice(5) !== "06-30") return [{ code: "period.cutoff", params: { date: end } }];
  return [];
}

// Caveats without parameters, one object for every period that has them.
const HALF_YEAR: Caveat = { code: "period.half" };
const ONE_MONTH: Caveat = { code: "period.month" };

/** True when start is the first day of a month and end the last day of the same month (ISO dates). */
function isWholeMonth(start: string, end: string): boolean {
  if (!start.endsWith("-01") || start.slice(0, 7) !== end.slice(0, 7)) return false;
  const [year, month] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  return Number(end.slice(8, 10)) === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Where a rank stands: among the provinces, or among the district-level units (of `parent` when known). */
export interface RankContext {
  rank: number;
  of: number;
  scope: "national" | "district";
  parent: Unit | undefined;
}

/** The context of a rank (worded by src/presentation/rankText.ts: "xếp thứ 4/11 đơn vị cấp huyện của tỉnh Bình Định"). */
export function rankContext(row: Pick<ParIndexRow, "rank" | "rank_of" | "rank_scope">, parent: Unit | undefined): RankContext | null {
  if (row.rank === null || row.rank_of === null || row.rank_scope === "none") return null;
  if (row.rank_scope === "national") return { rank: row.rank, of: row.rank_of, scope: "national", parent: undefined };
  return { rank: row.rank, of: row.rank_of, scope: "district", parent };
}

