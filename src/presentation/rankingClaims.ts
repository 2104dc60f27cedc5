/**
 * How a ranking row is told in words, in a locale: the label of a rank the source does not print as such, and
 * what one source says about a province-year ("91,87 (hạng 2)" / "91.87 (rank 2)"). The metrics give the codes
 * (`quality`) and numbers; the ranking table and its notes show these.
 */
import { formatNumber } from "../lib/format";
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/t";

const QUALITY_KEYS = {
  listing_order: "rankingTable.quality.listing_order",
  inferred: "rankingTable.quality.inferred",
  derived: "rankingTable.quality.derived",
} as const;

/** The label of a weaker row quality ("suy luận" / "inferred"); null for a rank or value printed as such. */
export function qualityLabel(quality: string, locale: Locale): string | null {
  const key = QUALITY_KEYS[quality as keyof typeof QUALITY_KEYS];
  return key ? t(locale, key) : null;
}

/**
 * What one source says about a province-year, as printed: "91,87 (hạng 2)", "91,87", "hạng 7" (English "91.87 (rank 2)");
 * `inline` gives "91,87, hạng 2" for use inside parentheses.
 */
export function claimText(claim: { value: number | null; rank: number | null }, locale: Locale, inline = false): string {
  const value = claim.value === null ? null : formatNumber(claim.value, undefined, locale);
  const rank = claim.rank === null ? null : String(claim.rank);
  if (value !== null) return rank !== null ? t(locale, inline ? "rankingTable.claim.valueRankInline" : "rankingTable.claim.valueRank", { value, rank }) : value;
  return rank !== null ? t(locale, "rankingTable.claim.rank", { rank }) : t(locale, "rankingTable.claim.none");
}
