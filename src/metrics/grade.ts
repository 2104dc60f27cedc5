/**
 * How serious a consistency check is, judged from the printed precision of the figures alone (pure; no data).
 *
 * - "ok": the stated figure is what the others give, rounded to the decimals it is printed with.
 * - "rounding": not the correctly rounded value, but within what another rounding habit gives: cutting off
 *   digits (1,351% printed 1,3%), rounding up, rounding twice (98,649 -> 98,65 -> 98,7), adding rounded parts,
 *   or printing one share as 100% minus the others. Same numbers, a different way of printing them.
 * - "contradiction": a gap no rounding explains (34 and 30 dossiers for one figure; 0,01% for 62/59.802).
 * - "missing": the source gives a total and some of its parts but not all, so the identity cannot be checked.
 */

export type CheckGrade = "ok" | "rounding" | "contradiction" | "missing";

/** Grades from the most to the least serious: the data-quality page and the notes on a page follow this order. */
export const GRADE_ORDER: readonly CheckGrade[] = ["contradiction", "missing", "rounding", "ok"];

// Float slack: 34.27 - 34.265 is 0.0050000000000025, which must still count as half a unit.
const EPSILON = 1e-9;

/** Number of decimals a stated value was printed with (84.1 -> 1). Trailing zeros are lost when parsed (99.90 -> 1). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes("e")) return Number(text.split("e-")[1] ?? 0);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}

/** One unit of the last printed digit: 0.01 for a figure printed with two decimals, 1 for a whole number. */
export function lastDigitUnit(decimals: number): number {
  return 10 ** -decimals;
}

/**
 * Grade of a stated figure against the value computed from other stated figures. Within half a unit of its
 * last digit it is correctly rounded ("ok"); below one full unit some rounding habit explains it ("rounding":
 * truncation, rounding up and rounding twice never move a figure by a whole unit); beyond, "contradiction".
 */
export function gradeStated(stated: number, computed: number, decimals = decimalsOf(stated)): CheckGrade {
  const gap = Math.abs(stated - computed) / lastDigitUnit(decimals);
  if (gap <= 0.5 + EPSILON) return "ok";
  return gap < 1 - EPSILON ? "rounding" : "contradiction";
}

/**
 * Grade of a stated total against the sum of its `parts` stated parts, all printed with `decimals` decimals.
 * Whole counts must add up exactly. Rounded scores may not: each part and the total carry up to half a unit,
 * so n rounded parts can miss the rounded total by (n + 1) half-units without any figure being wrong.
 */
export function gradeSum(stated: number, computed: number, parts: number, decimals: number): CheckGrade {
  const gap = Math.abs(stated - computed) / lastDigitUnit(decimals);
  if (decimals === 0) return gap < EPSILON ? "ok" : "contradiction";
  if (gap <= 0.5 + EPSILON) return "ok";
  return gap <= (parts + 1) * 0.5 + EPSILON ? "rounding" : "contradiction";
}

/**
 * Grade of two values one source gives for the same figure: the same number printed with fewer decimals
 * (98,65 and 98,7) is "rounding"; any other difference (34 and 30; 0,07% and 0,06%) is a "contradiction".
 */
export function gradeConflict(a: number, b: number): CheckGrade {
  if (a === b) return "ok";
  const coarser = Math.min(decimalsOf(a), decimalsOf(b));
  return Math.abs(a - b) / lastDigitUnit(coarser) < 1 - EPSILON ? "rounding" : "contradiction";
}

/**
 * True when a stated share is 100% minus the stated shares of the other parts of the same whole, at the
 * stated decimals: how reports make shares add up to 100% (34,27% in person = 100% - 65,73% online).
 */
export function isComplement(stated: number, otherShares: readonly number[], decimals = decimalsOf(stated)): boolean {
  if (otherShares.length === 0) return false;
  const scale = 10 ** Math.max(decimals, ...otherShares.map(decimalsOf));
  // Integer arithmetic on the printed digits: 100 - 65.73 is 34.269999999999996 in floating point.
  const rest = Math.round(100 * scale) - otherShares.reduce((s, v) => s + Math.round(v * scale), 0);
  return Math.abs(Math.round(stated * scale) - rest) / scale <= 0.5 * lastDigitUnit(decimals) + EPSILON;
}

/** The more serious of two grades. */
export function worseGrade(a: CheckGrade, b: CheckGrade): CheckGrade {
  return GRADE_ORDER.indexOf(a) <= GRADE_ORDER.indexOf(b) ? a : b;
}

/** Counts per grade, every grade present (0 when none), for the summary line of a page. */
export function countGrades(checks: readonly { grade: CheckGrade }[]): Record<CheckGrade, number> {
  const counts: Record<CheckGrade, number> = { contradiction: 0, missing: 0, rounding: 0, ok: 0 };
  for (const c of checks) counts[c.grade]++;
  return counts;
}

/** Checks sorted from the most serious grade to the least, keeping their order within a grade. */
export function bySeverity<T extends { grade: CheckGrade }>(checks: readonly T[]): T[] {
  return [...checks].sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
}
