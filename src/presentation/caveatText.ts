/**
 * Caveats in a page's language: what the metrics flag about a figure (src/metrics/caveats.ts returns codes and
 * parameters) as one sentence of the catalogue's `caveat.*` messages, numbers and dates in the locale's format.
 */
import type { Caveat } from "../metrics/caveats";
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/t";
import { formatDate } from "../lib/format";

/** A caveat's sentence ("Số liệu 6 tháng, không phải cả năm." / "Figures for six months, not a whole year."). */
export function caveatText(caveat: Caveat, locale: Locale): string {
  switch (caveat.code) {
    case "par.scale":
      return t(locale, "caveat.par.scale", { max: caveat.params.max });
    case "par.criteriaChanged":
      return t(locale, "caveat.par.criteriaChanged", { year: String(caveat.params.year) });
    case "par.reportYear":
      return t(locale, "caveat.par.reportYear", { year: String(caveat.params.year), reportYear: String(caveat.params.reportYear) });
    case "method.par":
    case "method.sipas":
      return t(locale, `caveat.${caveat.code}`, { year: String(caveat.params.year), before: String(caveat.params.year - 1) });
    case "period.cutoff":
      return t(locale, "caveat.period.cutoff", { date: formatDate(caveat.params.date, locale) });
    default:
      return t(locale, `caveat.${caveat.code}`);
  }
}

/** Several caveats' sentences, in order. */
export function caveatTexts(caveats: readonly Caveat[], locale: Locale): string[] {
  return caveats.map((c) => caveatText(c, locale));
}
