/**
 * Which checks the data-quality page lists: at most QUALITY_SHOWN per grade (and of the passed ones), in the order
 * the checks are made. The whole country makes hundreds of thousands of checks; a page of all of them would weigh
 * tens of MB. A check note beside a figure links to the check's own line when it is listed, else to its grade.
 */
import type { Check } from "./checks";
import type { SiteData } from "./placeView";

export const QUALITY_SHOWN = 1000;

const listed = new WeakMap<SiteData, Set<string>>();

/** Ids of the checks the data-quality page lists. */
export function listedCheckIds(site: SiteData): Set<string> {
  let ids = listed.get(site);
  if (!ids) {
    const perGrade = new Map<string, number>();
    ids = new Set();
    for (const c of site.checks) {
      const n = perGrade.get(c.grade) ?? 0;
      if (n < QUALITY_SHOWN) ids.add(c.id);
      perGrade.set(c.grade, n + 1);
    }
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
