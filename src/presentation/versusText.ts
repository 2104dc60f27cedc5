/**
 * A province's score against the national or a regional mean, in words of a locale ("cao hơn trung bình cả nước
 * 2,30 điểm" / "2.30 points above the national average"), from the difference the metrics give (versusMean).
 */
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/t";
import { formatNumber } from "../lib/format";
import { regionName } from "./region";

/** The comparison with a mean (`region` null: the national one); null when there is no difference to tell. */
export function versusText(diff: number | null, region: string | null, locale: Locale): string | null {
  if (diff === null) return null;
  const what = region === null ? t(locale, "caveat.versus.nation") : t(locale, "caveat.versus.region", { region: regionName(region, locale) });
  if (diff === 0) return t(locale, "caveat.versus.equal", { what });
  return t(locale, diff > 0 ? "caveat.versus.above" : "caveat.versus.below", { what, diff: formatNumber(Math.abs(diff), 2, locale) });
}
