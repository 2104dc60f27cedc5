/** A socio-economic region's name in a locale: units.csv gives it in Vietnamese, the English edition names it in English. */
import type { Locale } from "../i18n/locale";
import type { MessageKey } from "../i18n/t";
import { translate } from "../i18n/t";

// The six regions of the General Statistics Office, as units.csv spells them.
const REGION_KEY: Readonly<Record<string, MessageKey>> = {
  "Đồng bằng sông Hồng": "place.regionName.redRiverDelta",
  "Trung du và miền núi phía Bắc": "place.regionName.northernMidlands",
  "Bắc Trung Bộ và duyên hải miền Trung": "place.regionName.northCentralCoast",
  "Tây Nguyên": "place.regionName.centralHighlands",
  "Đông Nam Bộ": "place.regionName.southeast",
  "Đồng bằng sông Cửu Long": "place.regionName.mekongDelta",
};

/**
 * The region's name for a reader of `locale`; the Vietnamese name as data/ gives it when the region is not one of
 * the six (a new spelling in data/ then shows in Vietnamese rather than disappearing; tests/english.test.ts flags it).
 */
export function regionName(region: string, locale: Locale): string {
  const key = REGION_KEY[region];
  return key && locale !== "vi" ? translate(locale, key) : region;
}
