/**
 * The context line of a rank in a page's language ("xếp thứ 4/11 đơn vị cấp huyện của tỉnh Bình Định" / "ranked 4
 * of 11 district-level units in Bình Định province"), from the rank the metrics give (src/metrics/caveats.ts).
 */
import type { RankContext } from "../metrics/caveats";
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/t";
import { placeLabel } from "./placeName";

/** Where a rank stands and among which places; null when the row has no rank to tell. */
export function rankText(context: RankContext | null, locale: Locale): string | null {
  if (!context) return null;
  // Ranks are printed as the source prints them, never with a thousands separator.
  const rank = String(context.rank), of = String(context.of);
  if (context.scope === "national") return t(locale, "caveat.rank.national", { rank, of });
  return context.parent
    ? t(locale, "caveat.rank.districtOf", { rank, of, parent: placeLabel(context.parent, locale) })
    : t(locale, "caveat.rank.district", { rank, of });
}
