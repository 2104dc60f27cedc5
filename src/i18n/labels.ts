/**
 * Labels of the data's codes in a locale, read from the catalogue: a unit's kind, a figure's level and
 * survey, a measure, a stats.csv row. Closed vocabularies are typed, so a code without its message is a type
 * error; the open ones of stats.csv fall back to the code.
 */
import type { Indicator } from "../metrics/rankings";
import type { Level } from "../schemas/figures";
import type { DossierMeasure, OnlineMeasure } from "../schemas/measures";
import type { SURVEYS } from "../schemas/satisfaction";
import type { UnitKind } from "../schemas/units";
import type { Locale } from "./locale";
import { MESSAGES, type MessageKey } from "./messages";
import { t, translate } from "./t";

/** True when the catalogue has a message under this key (for keys built from open code lists). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.vi, key);
}

/** "huyện" / "district". */
export function kindLabel(kind: UnitKind, locale: Locale): string {
  return t(locale, `kind.${kind}`);
}

/** "Cấp huyện" / "District level". */
export function levelLabel(level: Level, locale: Locale): string {
  return t(locale, `level.${level}`);
}

/** The national index a ranking is of, named so a newcomer knows who assesses it. */
export function indicatorLabel(indicator: Indicator, locale: Locale): string {
  return t(locale, `indicator.${indicator}`);
}

/** A satisfaction figure's survey, and its indicator when it is not the overall index ("Khảo sát của đơn vị · …"). */
export function surveyLabel(row: { survey: (typeof SURVEYS)[number]; indicator: string }, locale: Locale): string {
  const survey = t(locale, `survey.${row.survey}`);
  return row.indicator === "overall" ? survey : `${survey} · ${satisfactionIndicatorLabel(row.indicator, locale)}`;
}

/** Label of a measure of dossiers.csv or online_services.csv; the code itself for an unknown one. */
export function measureLabel(measure: DossierMeasure | OnlineMeasure | string, locale: Locale): string {
  for (const key of [`measure.dossier.${measure}`, `measure.online.${measure}`]) if (hasMessage(key)) return translate(locale, key);
  return measure;
}

/** Label of a satisfaction.csv indicator; the code itself when it has none. */
export function satisfactionIndicatorLabel(indicator: string, locale: Locale): string {
  const key = `satisfaction.indicator.${indicator}`;
  return hasMessage(key) ? translate(locale, key) : indicator;
}

/** Label of a stats.csv indicator; the code itself when it has none. */
export function statIndicatorLabel(indicator: string, locale: Locale): string {
  const key = `stat.indicator.${indicator}`;
  return hasMessage(key) ? translate(locale, key) : indicator;
}

/**
 * What a stats.csv row states, its template filled with the population noun ("Tổng số cơ quan chuyên môn" /
 * "Total number of specialised agencies"); "statistic (population)" when the statistic has no template.
 */
export function statLabel(codes: { indicator: string; population: string; statistic: string }, locale: Locale): string {
  const override = `stat.override.${codes.indicator}.${codes.statistic}`;
  const key = hasMessage(override) ? override : `stat.statistic.${codes.statistic}`;
  if (!hasMessage(key)) return `${codes.statistic} (${codes.population})`;
  const noun = `stat.population.${codes.population}`;
  // Templates that count people or events have no {units}; the value is then unused.
  return translate(locale, key, { units: hasMessage(noun) ? translate(locale, noun) : codes.population });
}

/** Codes of stats.csv rows the catalogue has no label for, as "column: code" (empty when every code is labelled). */
export function unlabelledStatCodes(rows: readonly { indicator: string; population: string; statistic: string }[]): string[] {
  const missing = new Set<string>();
  for (const r of rows) {
    if (!hasMessage(`stat.indicator.${r.indicator}`)) missing.add(`indicator: ${r.indicator}`);
    if (!hasMessage(`stat.population.${r.population}`)) missing.add(`population: ${r.population}`);
    if (!hasMessage(`stat.override.${r.indicator}.${r.statistic}`) && !hasMessage(`stat.statistic.${r.statistic}`)) missing.add(`statistic: ${r.statistic}`);
  }
  return [...missing].sort();
}

/** Indicators of satisfaction.csv the catalogue has no label for. */
export function unlabelledSatisfactionIndicators(rows: readonly { indicator: string }[]): string[] {
  return [...new Set(rows.map((r) => r.indicator).filter((i) => !hasMessage(`satisfaction.indicator.${i}`)))].sort();
}
