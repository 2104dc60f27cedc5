/**
 * What a figure on a source page is, in a locale: "Chỉ số CCHC 2023 (hạng 5/63)" / "PAR INDEX 2023 (rank 5 of
 * 63)". A PAR INDEX component keeps its Vietnamese name as the report gives it (pages mark it, components/Vi.astro).
 */
import type { Locale } from "../i18n/locale";
import { levelLabel, measureLabel, statIndicatorLabel, statLabel, surveyLabel } from "../i18n/labels";
import { t } from "../i18n/t";
import type { FactRow } from "../metrics/provenance";

/** A rank's "of N", "?" when the source does not say out of how many. */
const of = (rankOf: number | null): string => (rankOf === null ? "?" : String(rankOf));

/** The label of the figure a fact row states, as a phrase of `locale`. */
export function citedFigureLabel(fact: FactRow, locale: Locale): string {
  switch (fact.dataset) {
    case "par_index": {
      const { year, rank, rank_of } = fact.row;
      return rank !== null ? t(locale, "figure.parRanked", { year: String(year), rank: String(rank), of: of(rank_of) }) : t(locale, "figure.par", { year: String(year) });
    }
    case "par_components":
      return t(locale, "figure.parComponent", { year: String(fact.row.year), code: fact.row.code, name: fact.row.name });
    case "satisfaction": {
      const { year, rank, rank_of } = fact.row;
      const survey = surveyLabel(fact.row, locale);
      return rank !== null ? t(locale, "figure.satisfactionRanked", { year: String(year), survey, rank: String(rank), of: of(rank_of) }) : t(locale, "figure.satisfaction", { year: String(year), survey });
    }
    case "stats":
      return t(locale, "figure.stat", { indicator: statIndicatorLabel(fact.row.indicator, locale), year: String(fact.row.year), statistic: statLabel(fact.row, locale) });
    case "dossiers":
    case "online_services":
      return t(locale, "figure.atLevel", { measure: measureLabel(fact.row.measure, locale), level: levelLabel(fact.row.level, locale).toLowerCase() });
  }
}
