/**
 * Consistency checks computed from the data. A failed check never stops the build: it is shown beside
 * the figure and listed on the data-quality page, in words of the page's language (src/presentation/checkText.ts):
 * what the source says, what the counts give. A check carries codes and numbers only (`words`).
 */
import type { Located } from "../loaders/csv";
import type { Tables } from "../loaders/datasets";
import type { ParComponentRow, ParIndexRow } from "../schemas/parIndex";
import { groupFigures, type FigureGroup, type FigureRow } from "./figures";
import { rankOrderChecks } from "./rankings";
import { decimalsOf, gradeConflict, gradeStated, gradeSum, isComplement, type CheckGrade } from "./grade";

export { decimalsOf } from "./grade";
export type { CheckGrade } from "./grade";

export interface Ref {
  source_id: string;
  line: number | null;
}

export interface Check {
  /** Stable id, also the HTML anchor on the data-quality page. */
  id: string;
  kind: "sum" | "percent" | "components" | "rank" | "max" | "conflict";
  unit_id: string;
  dataset: string;
  /** True when the stated figure is what the others give at its printed precision (then `grade` is "ok"). */
  ok: boolean;
  /** How serious a failed check is: "rounding", "contradiction" or "missing" (see grade.ts); "ok" when `ok`. */
  grade: CheckGrade;
  stated: number;
  computed: number;
  /** What the sentence about the check says, as codes and numbers (worded by src/presentation/checkText.ts). */
  words: CheckWords;
  refs: Ref[];
}

/**
 * The facts a check's sentence states beyond `stated`, `computed`, `ok` and `grade`: measure codes, counts and
 * line numbers. Small on purpose (arrays of measure codes are shared with the rules): the country has hundreds of
 * thousands of checks, and their words must not weigh more than the Vietnamese sentences they replace.
 */
export type CheckWords =
  /** A total against the sum of its parts (ok or not). */
  | { code: "sum"; total: string; parts: readonly string[] }
  /** A total with some of its parts given ("missing": the rest not stated; "contradiction": they exceed it). */
  | { code: "missing"; total: string; given: readonly string[]; absent: readonly string[] }
  /** A stated share against its counts; `others` are the other parts' shares when it is 100% minus them. */
  | { code: "percent"; measure: string; numerator: number; denominator: number; base: string; others: readonly number[] | null }
  /** A total of all levels of government against the sum of the levels. */
  | { code: "levels"; measure: string }
  /** One source giving two values for one figure (`stated` the first, `computed` the second), with their lines. */
  | { code: "conflict"; measure: string; percent: boolean; lines: readonly [number | null, number | null] }
  /** A PAR INDEX score (`item`: a component code, null for the total) against its `parts` sub-items. */
  | { code: "components"; item: string | null; parts: number }
  /** A rank (`stated`) outside the number of places ranked (`computed`). */
  | { code: "rankRange" }
  /** A score (`stated`) above the maximum (`computed`). */
  | { code: "max" }
  /** A stated share of the maximum score against score / max. */
  | { code: "parPercent"; score: number; max: number }
  /** Two provinces whose ranks do not follow their scores in one year's national ranking. */
  | { code: "rankOrder"; indicator: "par-index" | "sipas"; year: number; a: RankClaim; b: RankClaim };

/** What one source says about a province in a ranking: its name (from data/), value and rank as printed. */
export interface RankClaim {
  name: string;
  value: number | null;
  rank: number | null;
}

const ref = (l: Located<{ source_id: string; line: number | null }>): Ref => ({ source_id: l.row.source_id, line: l.row.line });

/** The grade of a check whose `ok` is already known: a failed check is never graded "ok". */
function graded(ok: boolean, grade: CheckGrade): CheckGrade {
  if (ok) return "ok";
  return grade === "ok" ? "rounding" : grade;
}

/** Allowed gap between a stated percentage and the computed one: half a unit of its last printed digit. */
export function percentTolerance(stated: number): number {
  return 0.5 * 10 ** -decimalsOf(stated) + 1e-9;
}

/**
 * Decimals to print a recomputed percentage with: at least two, and more while the rounded figure would look
 * like it matches a stated one it does not match (4.455 / 4.516 = 98,649%, not "98,65%", against a stated 98,7%).
 */
export function computedDigits(computed: number, stated: number): number {
  const tolerance = percentTolerance(stated);
  const ok = Math.abs(stated - computed) <= tolerance;
  let digits = 2;
  const rounded = (d: number) => Math.round(computed * 10 ** d) / 10 ** d;
  while (!ok && digits < 6 && Math.abs(stated - rounded(digits)) <= tolerance) digits++;
  return digits;
}

/** Identities between counts of one group: total = sum of parts. */
const SUM_RULES: { total: string; parts: string[][]; unless?: string }[] = [
  { total: "received", parts: [["resolved", "pending"], ["received_new", "carried_over"], ["received_online", "received_in_person"]] },
  // When a source splits pending dossiers without giving their total, the identity still holds with the parts.
  { total: "received", parts: [["resolved", "pending_within_deadline", "pending_overdue"]], unless: "pending" },
  { total: "resolved", parts: [["resolved_early", "resolved_on_time", "resolved_late"], ["resolved_on_time_incl_early", "resolved_late"]] },
  { total: "pending", parts: [["pending_within_deadline", "pending_overdue"]] },
  { total: "procedures_interconnected", parts: [["procedures_interconnected_same_level", "procedures_interconnected_between_levels"]] },
  // Reports name amended and abolished procedures with or without "published" (both codes are in data/).
  { total: "procedures_published", parts: [["procedures_published_new", "procedures_published_amended", "procedures_published_abolished"], ["procedures_published_new", "procedures_amended", "procedures_abolished"]] },
];

function sumChecks(dataset: string, group: FigureGroup): Check[] {
  const checks: Check[] = [];
  for (const rule of SUM_RULES) {
    const total = group.values.get(rule.total);
    if (!total || (rule.unless && group.values.has(rule.unless))) continue;
    for (const parts of rule.parts) {
      const rows = parts.map((p) => group.values.get(p));
      if (rows.some((r) => !r)) continue;
      const computed = rows.reduce((s, r) => s + (r?.row.value ?? 0), 0);
      const stated = total.row.value;
      const ok = computed === stated;
      checks.push({
        id: `${dataset}-${group.key}-${rule.total}=${parts.join("+")}`,
        kind: "sum", unit_id: group.unit_id, dataset, ok, grade: graded(ok, "contradiction"), stated, computed,
        words: { code: "sum", total: rule.total, parts },
        refs: [total, ...rows].map((r) => ref(r as Located<{ source_id: string; line: number | null }>)),
      });
    }
  }
  return [...checks, ...missingPartChecks(dataset, group)];
}

/**
 * A total given with some of its parts but no complete breakdown: "missing" when the parts given add up to
 * less than the total (the rest is not stated), "contradiction" when they already exceed it (counts are never
 * negative). Parts that add up to the total leave nothing missing. One check per total, for the breakdown
 * with the most parts given.
 */
function missingPartChecks(dataset: string, group: FigureGroup): Check[] {
  const checks: Check[] = [];
  for (const totalMeasure of new Set(SUM_RULES.map((r) => r.total))) {
    const total = group.values.get(totalMeasure);
    if (!total) continue;
    const breakdowns = SUM_RULES.filter((r) => r.total === totalMeasure && !(r.unless && group.values.has(r.unless))).flatMap((r) => r.parts);
    if (breakdowns.some((parts) => parts.every((p) => group.values.has(p)))) continue;
    const partial = breakdowns
      .map((parts) => ({ given: parts.filter((p) => group.values.has(p)), absent: parts.filter((p) => !group.values.has(p)) }))
      .filter((b) => b.given.length > 0)
      .sort((a, b) => b.given.length - a.given.length)[0];
    if (!partial) continue;
    const rows = partial.given.map((p) => group.values.get(p) as Located<{ source_id: string; line: number | null; value: number }>);
    const computed = rows.reduce((s, r) => s + r.row.value, 0);
    const stated = total.row.value;
    if (computed === stated) continue;
    const grade = computed > stated ? "contradiction" : "missing";
    checks.push({
      id: `${dataset}-${group.key}-${totalMeasure}=${[...partial.given, ...partial.absent].join("+")}-missing`,
      kind: "sum", unit_id: group.unit_id, dataset, ok: false, grade, stated, computed,
      words: { code: "missing", total: totalMeasure, given: partial.given, absent: partial.absent },
      refs: [total, ...rows].map((r) => ref(r as Located<{ source_id: string; line: number | null }>)),
    });
  }
  return checks;
}

function percentChecks(dataset: string, group: FigureGroup, totals: Map<string, FigureGroup>): Check[] {
  const checks: Check[] = [];
  const all = [...group.values.values(), ...group.alternates];
  for (const located of all) {
    const measure = located.row.measure;
    if (located.row.value_unit !== "percent" || !located.row.denominator) continue;
    // A share the source states again with the same value, and no count of its own beside it, was checked once.
    const first = group.values.get(measure);
    if (first !== located && first?.row.value === located.row.value && !all.some((r) => r.row.line === located.row.line && r.row.measure === measure.replace(/_pct$/, ""))) continue;
    const numeratorMeasure = measure.replace(/_pct$/, "");
    const sameLine = all.find((r) => r.row.measure === numeratorMeasure && r.row.line === located.row.line);
    const numerator = sameLine ?? group.values.get(numeratorMeasure);
    // "x% of all dossiers" at one level is a share of the same measure at the total level.
    const denominatorGroup = located.row.denominator === numeratorMeasure ? totals.get(totalKey(group)) : group;
    const denominator = denominatorGroup?.values.get(located.row.denominator);
    if (!numerator || !denominator || denominator.row.value === 0) continue;
    const stated = located.row.value;
    const computed = (numerator.row.value / denominator.row.value) * 100;
    const ok = Math.abs(stated - computed) <= percentTolerance(stated);
    let grade = graded(ok, gradeStated(stated, computed));
    const complement = grade === "contradiction" ? complementShares(all, located, numeratorMeasure, denominator.row.value) : null;
    if (complement) grade = "rounding";
    checks.push({
      id: `${dataset}-${group.key}-${measure}@${located.row.line ?? ""}`,
      kind: "percent", unit_id: group.unit_id, dataset, ok, grade, stated, computed,
      words: { code: "percent", measure, numerator: numerator.row.value, denominator: denominator.row.value, base: located.row.denominator, others: complement },
      refs: [located, numerator, denominator].map((r) => ref(r as Located<{ source_id: string; line: number | null }>)),
    });
  }
  return checks;
}

/**
 * The stated shares of the other parts of the whole a share belongs to (the sum rules), when the share is
 * 100% minus them and each of them matches its own count: else null.
 */
function complementShares(all: Located<FigureRow>[], share: Located<FigureRow>, numerator: string, denominator: number): number[] | null {
  const whole = share.row.denominator;
  for (const rule of SUM_RULES.filter((r) => r.total === whole)) {
    for (const parts of rule.parts.filter((p) => p.includes(numerator))) {
      const others = parts.filter((p) => p !== numerator).map((p) => {
        const pct = all.filter((r) => r.row.measure === `${p}_pct` && r.row.denominator === whole);
        const stated = pct.find((r) => r.row.line === share.row.line) ?? pct[0];
        const count = all.find((r) => r.row.measure === p && r.row.line === stated?.row.line) ?? all.find((r) => r.row.measure === p);
        return stated && count && gradeStated(stated.row.value, (count.row.value / denominator) * 100) !== "contradiction" ? stated.row.value : null;
      });
      if (others.length > 0 && others.every((v) => v !== null) && isComplement(share.row.value, others as number[])) return others as number[];
    }
  }
  return null;
}

function totalKey(g: FigureGroup): string {
  return [g.unit_id, g.period_start ?? "", g.period_end, g.source_id].join("|");
}

/** A "total" level must equal the sum of the levels it adds up, when the source gives each of them. */
function levelChecks(dataset: string, groups: FigureGroup[]): Check[] {
  const checks: Check[] = [];
  const parts = ["province", "district", "commune"] as const;
  for (const total of groups.filter((g) => g.level === "total")) {
    const levels = groups.filter((g) => g.level !== "total" && totalKey(g) === totalKey(total) && (parts as readonly string[]).includes(g.level));
    if (levels.length < 2) continue;
    for (const [measure, located] of total.values) {
      if (located.row.value_unit !== "count") continue;
      const rows = levels.map((g) => g.values.get(measure));
      if (rows.some((r) => !r)) continue;
      const computed = rows.reduce((s, r) => s + (r?.row.value ?? 0), 0);
      const stated = located.row.value;
      const ok = computed === stated;
      checks.push({
        id: `${dataset}-${total.key}-${measure}-levels`, kind: "sum", unit_id: total.unit_id, dataset, ok, grade: graded(ok, "contradiction"), stated, computed,
        words: { code: "levels", measure },
        refs: [located, ...rows].map((r) => ref(r as Located<{ source_id: string; line: number | null }>)),
      });
    }
  }
  return checks;
}

function conflictChecks(dataset: string, group: FigureGroup): Check[] {
  const checks: Check[] = [];
  for (const alt of group.alternates) {
    const first = group.values.get(alt.row.measure);
    if (!first || first.row.value === alt.row.value) continue;
    checks.push({
      id: `${dataset}-${group.key}-${alt.row.measure}-conflict@${alt.row.line ?? ""}`,
      kind: "conflict", unit_id: group.unit_id, dataset, ok: false, grade: graded(false, gradeConflict(first.row.value, alt.row.value)), stated: first.row.value, computed: alt.row.value,
      words: { code: "conflict", measure: alt.row.measure, percent: alt.row.value_unit === "percent", lines: [first.row.line, alt.row.line] },
      refs: [ref(first), ref(alt)],
    });
  }
  return checks;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function componentChecks(index: Located<ParIndexRow>[], components: Located<ParComponentRow>[]): Check[] {
  const checks: Check[] = [];
  const byAssessment = new Map<string, Located<ParComponentRow>[]>();
  for (const c of components) {
    const k = `${c.row.unit_id}|${c.row.year}|${c.row.assessor}|${c.row.source_id}`;
    byAssessment.set(k, [...(byAssessment.get(k) ?? []), c]);
  }
  for (const [k, rows] of byAssessment) {
    const [unit_id = ""] = k.split("|");
    const parents: { code: string | null; stated: number | null; refRow: Located<{ source_id: string; line: number | null }> | undefined }[] = [];
    const total = index.find((p) => `${p.row.unit_id}|${p.row.year}|${p.row.assessor}|${p.row.source_id}` === k);
    parents.push({ code: null, stated: total?.row.score ?? null, refRow: total });
    for (const r of rows) parents.push({ code: r.row.code, stated: r.row.score, refRow: r });
    for (const parent of parents) {
      const children = rows.filter((r) => r.row.parent_code === parent.code);
      if (parent.stated === null || children.length === 0 || children.some((c) => c.row.score === null || c.row.max_score === null) || !parent.refRow) continue;
      // Only a complete breakdown must add up: a source may list just the criteria where points were lost.
      const parentMax = parent.code === null ? total?.row.max_score : rows.find((r) => r.row.code === parent.code)?.row.max_score;
      const childrenMax = round2(children.reduce((s, c) => s + (c.row.max_score ?? 0), 0));
      if (parentMax === null || parentMax === undefined || Math.abs(childrenMax - parentMax) > 0.005) continue;
      const computed = round2(children.reduce((s, c) => s + (c.row.score ?? 0), 0));
      const ok = Math.abs(computed - parent.stated) < 0.005 + 1e-9;
      // Scores are printed rounded (to two decimals at most), so their sum may miss the rounded total.
      const decimals = Math.max(decimalsOf(parent.stated), ...children.map((c) => decimalsOf(c.row.score ?? 0)));
      const grade = graded(ok, gradeSum(parent.stated, computed, children.length, decimals));
      checks.push({
        id: `par_components-${k}-${parent.code ?? "total"}`,
        kind: "components", unit_id, dataset: "par_components", ok, grade, stated: parent.stated, computed,
        words: { code: "components", item: parent.code, parts: children.length },
        refs: [parent.refRow, ...children].map((r) => ref(r as Located<{ source_id: string; line: number | null }>)),
      });
    }
  }
  return checks;
}

// Words without parameters, one object for every such check.
const RANK_RANGE: CheckWords = { code: "rankRange" };
const MAX: CheckWords = { code: "max" };

function rankChecks(index: Located<ParIndexRow>[]): Check[] {
  const checks: Check[] = [];
  for (const p of index) {
    const { rank, rank_of, score, max_score, unit_id, year, assessor, source_id } = p.row;
    const id = `par_index-${unit_id}|${year}|${assessor}|${source_id}`;
    if (rank !== null && rank_of !== null && (rank < 1 || rank > rank_of)) {
      checks.push({ id: `${id}-rank`, kind: "rank", unit_id, dataset: "par_index", ok: false, grade: "contradiction", stated: rank, computed: rank_of,
        words: RANK_RANGE, refs: [ref(p)] });
    }
    if (score !== null && score > max_score) {
      checks.push({ id: `${id}-max`, kind: "max", unit_id, dataset: "par_index", ok: false, grade: "contradiction", stated: score, computed: max_score,
        words: MAX, refs: [ref(p)] });
    }
    if (score !== null && p.row.percent_stated !== null) {
      const computed = (score / max_score) * 100;
      const ok = Math.abs(computed - p.row.percent_stated) <= percentTolerance(p.row.percent_stated);
      const grade = graded(ok, gradeStated(p.row.percent_stated, computed));
      checks.push({ id: `${id}-percent`, kind: "percent", unit_id, dataset: "par_index", ok, grade, stated: p.row.percent_stated, computed,
        words: { code: "parPercent", score, max: max_score }, refs: [ref(p)] });
    }
  }
  return checks;
}

/** Every consistency check over the loaded tables, passed and failed. */
export function runChecks(tables: Tables): Check[] {
  return [...eachCheck(tables)];
}

/** Dossier and online-service rows: of the whole tables, or of one place. */
export type FigureRows = Pick<Tables, "dossiers" | "online_services">;

/**
 * The checks of dossier and online-service figures, given rows of one or more places: each check is about one
 * place's figures of one period and source, so the checks of one place's rows are exactly runChecks' checks of that
 * place, in the same order.
 */
export function* figureChecks(rows: FigureRows): Generator<Check> {
  for (const [dataset, list] of [["dossiers", rows.dossiers], ["online_services", rows.online_services]] as const) {
    const groups = groupFigures<(typeof list)[number]["row"]>(list as Located<(typeof list)[number]["row"]>[]);
    const totals = new Map(groups.filter((g) => g.level === "total").map((g) => [totalKey(g), g]));
    yield* levelChecks(dataset, groups);
    for (const group of groups) {
      yield* sumChecks(dataset, group);
      yield* percentChecks(dataset, group, totals);
      yield* conflictChecks(dataset, group);
    }
  }
}

/** The checks of the PAR INDEX and its components, across places (ranks are compared between provinces). */
export function parChecks(tables: Tables): Check[] {
  return [...componentChecks(tables.par_index, tables.par_components), ...rankChecks(tables.par_index), ...rankOrderChecks(tables)];
}

/**
 * runChecks one at a time, in the same order, so that a caller can count or keep some of them without holding the
 * country's hundreds of thousands of checks (about 200 MB).
 */
export function* eachCheck(tables: Tables): Generator<Check> {
  yield* figureChecks(tables);
  yield* parChecks(tables);
}


