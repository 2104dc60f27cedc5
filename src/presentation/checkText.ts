/**
 * Consistency checks in a page's language, from the site's catalogue: a grade's label ("Contradiction" /
 * "Mâu thuẫn") and what a check found (checkSentence over t()). Pages and the data-quality list use these.
 */
import type { CheckGrade } from "../metrics/grade";
import type { Locale } from "../i18n/locale";
import { hasMessage } from "../i18n/labels";
import { t, translate } from "../i18n/t";
import { checkSentence, type WordedCheck, type Words } from "./checkSentence";

const WORDS: Record<Locale, Words> = {
  vi: { locale: "vi", text: (key, params) => translate("vi", key, params), has: hasMessage },
  en: { locale: "en", text: (key, params) => translate("en", key, params), has: hasMessage },
};

/** A grade's label, as a check's note starts and the counts name it ("Mâu thuẫn" / "Contradiction"). */
export function gradeLabel(grade: CheckGrade, locale: Locale): string {
  return t(locale, `check.grade.${grade}`);
}

/** What a check found, in one sentence of the locale: what the source says, what the figures give. */
export function checkText(check: WordedCheck, locale: Locale): string {
  return checkSentence(check, WORDS[locale]);
}
