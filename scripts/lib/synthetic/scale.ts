/**
 * How many places of each tier a synthetic data set has: the whole country, or a proportional slice of it.
 * Vietnam before 1 July 2025: 63 provinces, 705 district-level units, 10,599 commune-level units; from that day
 * 34 provinces, no districts, 3,321 communes (Resolution 202/2025/QH15 and the commune resolutions of 2025).
 */
import { apportion } from "./apportion";

/** Counts of the tiers below the provinces (the provinces always come whole from data/units.csv). */
export interface TierCounts {
  districts: number;
  oldCommunes: number;
  newCommunes: number;
}

/** The whole country: 705 districts, 10,599 communes before 2025, 3,321 after. */
export const COUNTRY: TierCounts = { districts: 705, oldCommunes: 10599, newCommunes: 3321 };

/**
 * The tiers of a data set with `places` units in all (the country and the provinces included), keeping every
 * province and the country's proportions between districts, old and new communes. "country" is the whole.
 */
export function tierCounts(places: number | "country", fixed: number): TierCounts {
  if (places === "country") return COUNTRY;
  const [districts = 0, oldCommunes = 0, newCommunes = 0] = apportion(Math.max(0, places - fixed), [COUNTRY.districts, COUNTRY.oldCommunes, COUNTRY.newCommunes]);
  return { districts, oldCommunes, newCommunes };
}
