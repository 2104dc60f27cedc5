/**
 * The sentence a consistency check says, from its codes and numbers (`Check.words`, src/metrics/checks.ts) and a
 * lookup of the catalogue's words. Kept apart from the catalogue itself so the report checker's browser script,
 * which carries only its slice of the catalogue, words its checks with the same code as the site's pages.
 */
import type { Check, CheckWords, RankClaim } from "../metrics/checks";
import { computedDigits } from "../metrics/checks";
import { decimalsOf } from "../metrics/grade";
import type { Locale } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import type { ParamValue } from "../i18n/template";
import { formatNumber, formatPercent } from "../lib/format";

/** A lookup of catalogue words in one locale: t() bound to a locale, or the report checker's `Say`. */
export interface Words {
  readonly locale: Locale;
  text(key: MessageKey, params?: Readonly<Record<string, ParamValue>>): string;
  has(key: string): boolean;
}

/** What a check's sentence needs of it: the words and the two numbers compared. */
export type WordedCheck = Pick<Check, "ok" | "grade" | "stated" | "computed" | "words">;

/** What a check found, in one sentence of the words' locale. */
export function checkSentence(check: WordedCheck, w: Words): string {
  const { stated, computed } = check;
  const n = (v: number) => formatNumber(v, undefined, w.locale);
  const words: CheckWords = check.words;
  switch (words.code) {
    case "sum": {
      const parts = list(words.parts.map((m) => lower(measure(m, w), w.locale)), " + ");
      if (check.ok) return w.text("check.sum.ok", { total: measure(words.total, w), stated: n(stated), parts });
      return w.text(stated >= computed ? "check.sum.partsShort" : "check.sum.partsOver",
        { total: lower(measure(words.total, w), w.locale), stated: n(stated), parts, computed: n(computed), gap: n(Math.abs(stated - computed)) });
    }
    case "missing": {
      const given = list(words.given.map((m) => lower(measure(m, w), w.locale)), " + ");
      const total = lower(measure(words.total, w), w.locale);
      if (check.grade === "missing") {
        const absent = list(words.absent.map((m) => lower(measure(m, w), w.locale)), ", ");
        return w.text("check.missing.unstated", { total, stated: n(stated), given, computed: n(computed), absent, gap: n(stated - computed) });
      }
      return w.text("check.missing.exceeds", { total, stated: n(stated), given, computed: n(computed), gap: n(computed - stated) });
    }
    case "levels":
      if (check.ok) return w.text("check.levels.ok", { measure: measure(words.measure, w), stated: n(stated) });
      return w.text(stated >= computed ? "check.levels.short" : "check.levels.over",
        { measure: lower(measure(words.measure, w), w.locale), stated: n(stated), computed: n(computed), gap: n(Math.abs(stated - computed)) });
    case "percent": {
      if (check.ok) return w.text("check.percent.ok", { stated: formatPercent(stated, undefined, w.locale), numerator: n(words.numerator), denominator: n(words.denominator) });
      const exact = (v: number) => formatPercent(v, decimalsOf(v), w.locale);
      const fraction = w.text("check.fraction", { numerator: n(words.numerator), denominator: n(words.denominator), base: lower(measure(words.base, w), w.locale) });
      const params = { what: shareName(words.measure, w), stated: exact(stated), fraction, computed: formatPercent(computed, computedDigits(computed, stated), w.locale) };
      if (words.others) return w.text("check.percent.complement", { ...params, others: list(words.others.map(exact), w.text("check.list.and")) });
      return w.text(check.grade === "rounding" ? "check.percent.rounding" : "check.percent.contradiction", params);
    }
    case "conflict": {
      const value = (v: number) => (words.percent ? formatPercent(v, undefined, w.locale) : n(v));
      const line = (l: number | null) => (l === null ? "?" : String(l));
      return w.text("check.conflict", { what: shareName(words.measure, w), first: value(stated), firstLine: line(words.lines[0]), second: value(computed), secondLine: line(words.lines[1]) });
    }
    case "components": {
      const part = words.item === null ? w.text("check.component.total") : w.text("check.component.item", { code: words.item });
      if (check.ok) return w.text("check.components.ok", { part, stated: n(stated) });
      return w.text(check.grade === "rounding" ? "check.components.rounding" : "check.components.contradiction",
        { part, stated: n(stated), count: String(words.parts), computed: n(computed) });
    }
    case "rankRange":
      return w.text("check.rankRange", { rank: String(stated), of: String(computed) });
    case "max":
      return w.text("check.max", { score: n(stated), max: n(computed) });
    case "parPercent": {
      const params = { stated: formatPercent(stated, decimalsOf(stated), w.locale), score: n(words.score), max: n(words.max) };
      if (check.ok) return w.text("check.parPercent.ok", params);
      return w.text("check.parPercent.mismatch", { ...params, computed: formatPercent(computed, computedDigits(computed, stated), w.locale) });
    }
    case "rankOrder":
      return w.text("check.rankOrder", {
        index: words.indicator === "sipas" ? "SIPAS" : "PAR INDEX", year: String(words.year),
        a: words.a.name, aClaim: claim(words.a, w), b: words.b.name, bClaim: claim(words.b, w),
      });
  }
}

/** A measure's label in the locale; the code itself when the catalogue has none. */
function measure(code: string, w: Words): string {
  for (const key of [`measure.dossier.${code}`, `measure.online.${code}`]) if (w.has(key)) return w.text(key as MessageKey);
  return code;
}

/** A share's label inside a sentence: without its "as stated in the report" marker, in lower case. */
function shareName(code: string, w: Words): string {
  return lower(measure(code, w).replace(w.text("check.statedSuffix"), ""), w.locale);
}

/**
 * A label inside a sentence. Vietnamese lowers the whole label, as the checks always did; English only its first
 * letter, so that acronyms ("PAR INDEX", "SIPAS") keep their capitals.
 */
function lower(label: string, locale: Locale): string {
  if (locale === "vi") return label.toLowerCase();
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Labels or figures in a row: " + " and ", " are the same in both languages, " và " / " and " is a message. */
function list(items: readonly string[], separator: string): string {
  return items.join(separator);
}

/** What one source says of a province in a ranking, inside parentheses: "91,87, hạng 2" / "91.87, rank 2". */
function claim(c: RankClaim, w: Words): string {
  const value = c.value === null ? null : formatNumber(c.value, undefined, w.locale);
  const rank = c.rank === null ? null : String(c.rank);
  if (value !== null) return rank !== null ? w.text("rankingTable.claim.valueRankInline", { value, rank }) : value;
  return rank !== null ? w.text("rankingTable.claim.rank", { rank }) : w.text("rankingTable.claim.none");
}
