/**
 * What a stats.csv statistic code says about its value. The codes' labels live in the message catalogue
 * (`stat.*`; src/i18n/labels.ts statLabel), which src/i18n/labels.test.ts checks against every code in data/.
 */

/** True when a statistic is a share on the 0-100 scale (pct_*, mean_pct), shown with a % sign. */
export function isPercentStatistic(statistic: string): boolean {
  return statistic.startsWith("pct_") || statistic.endsWith("_pct");
}
