/**
 * The numbers behind the site's charts that pages also read on their own: which PAR INDEX year a national chart
 * draws, the scored rows of a year, a ranking chart's id, how many periods a dossier chart draws. The charts
 * themselves (heading, drawing, note, in a locale) are built in src/presentation/placeCharts.ts.
 */
import type { SiteData } from "./placeView";
import { scoredEntries, valuedYears, type Indicator } from "./rankings";

/** Scored ministry PAR INDEX entries of a year, the row per province the ranking table shows (see byStrength). */
export function ministryScores(site: SiteData, year: number) {
  return scoredEntries(site.tables, "par-index", year);
}

/** The PAR INDEX year with the most provinces scored in our data (the latest on a tie). */
export function bestParYear(site: SiteData): number | null {
  return valuedYears(site.tables, "par-index")?.best ?? null;
}

/** The latest PAR INDEX year with at least one province scored. */
export function latestParYear(site: SiteData): number | null {
  return valuedYears(site.tables, "par-index")?.latest ?? null;
}

/** Chart ids of the national ranking pages: one per indicator and year (xep-hang-par-index-2023). */
export const RANKING_CHART = /^xep-hang-(par-index|sipas)-(\d{4})$/;
/** The id of the national ranking chart of an indicator and year (its embed page and downloads use it). */
export const rankingChartId = (indicator: Indicator, year: number) => `xep-hang-${indicator}-${year}`;

/**
 * The most periods a dossier chart draws, the latest ones: dashboards publish monthly since 7/2025, and a bar per
 * month would grow a commune's chart (and its downloads) for ever; the figure table beside it lists every period.
 */
export const CHART_PERIODS = 6;
