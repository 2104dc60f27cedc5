/**
 * Stand-ins for the locale-taking texts the words part is moving into the catalogue (check messages, grade labels,
 * caveats, rank contexts). They give today's Vietnamese in every locale, so place components already take a locale
 * and change only their import when the catalogue versions land; no English page uses them.
 */
import type { Check } from "../metrics/checks";
import type { CheckGrade } from "../metrics/grade";
import { GRADE_LABEL } from "../metrics/grade";
import type { Locale } from "../i18n/locale";

/** A grade's label ("Mâu thuẫn"). */
export function gradeLabel(grade: CheckGrade, _locale: Locale): string {
  return GRADE_LABEL[grade];
}

/** What a check found, in words. */
export function checkMessage(check: Check, _locale: Locale): string {
  return check.message;
}
