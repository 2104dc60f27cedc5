/**
 * Which checks the data-quality page lists: at most QUALITY_SHOWN per grade (and of the passed ones), in the order
 * the checks are made. The whole country makes hundreds of thousands of checks; a page of all of them would weigh
 * tens of MB. A check note beside a figure links to the check's own line when it is listed, else to its grade.
 */
import type { Check, CheckGrade } from "./checks";
import type { SiteData } from "./placeView";

export const QUALITY_SHOWN = 1000;

/**
 * What the data-quality and home pages need of all the checks: how many there are of each grade, and the checks the
 * data-quality page lists (the first `QUALITY_SHOWN` of each grade, in check order). Kept instead of every check:
 * a place's own checks are made again from its rows when its page asks (SiteData.checksFor).
 */
export interface CheckSummary {
  total: number;
  counts: Record<CheckGrade, number>;
  listed: Check[];
}

/** Counts the checks by grade and keeps the first `shown` of each grade, holding no other check. */
export function summariseChecks(checks: Iterable<Check>, shown = QUALITY_SHOWN): CheckSummary {
  const counts: Record<CheckGrade, number> = { contradiction: 0, missing: 0, rounding: 0, ok: 0 };
  const listed: Check[] = [];
  let total = 0;
  for (const c of checks) {
    if (counts[c.grade] < shown) listed.push(c);
    counts[c.grade]++;
    total++;
  }
  return { total, counts, listed };
}

const listed = new WeakMap<SiteData, Set<string>>();

/** Ids of the checks the data-quality page lists. */
export function listedCheckIds(site: SiteData): Set<string> {
  let ids = listed.get(site);
  if (!ids) {
    ids = new Set(site.checkSummary.listed.map((c) => c.id));
    listed.set(site, ids);
  }
  return ids;
}

/** Section anchors of the data-quality page, per grade. */
export const GRADE_ANCHOR = { contradiction: "mau-thuan", missing: "thieu", rounding: "lam-tron", ok: "khop" } as const;

/** The anchor on the data-quality page a note about `check` links to: its own line, or its grade's section. */
export function qualityAnchor(site: SiteData, check: Pick<Check, "id" | "grade">): string {
  return listedCheckIds(site).has(check.id) ? check.id : GRADE_ANCHOR[check.grade];
}
