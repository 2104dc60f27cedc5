import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { GRADE_ANCHOR, QUALITY_SHOWN, listedCheckIds, qualityAnchor, summariseChecks } from "./qualityList";
import { runChecks, type Check } from "./checks";

const site = new SiteData(loadAll("data").tables);
const checks = runChecks(site.tables);

describe("the data-quality page's list", () => {
  it("lists every check of the real data (fewer than the page's limit per grade)", () => {
    expect(listedCheckIds(site).size).toBe(checks.length);
    expect(site.checkSummary.listed).toEqual(checks);
    const failed = checks.find((c) => !c.ok) as Check;
    expect(qualityAnchor(site, failed)).toBe(failed.id);
  });

  it("lists at most QUALITY_SHOWN checks of a grade; a note about a check left out links to its grade's section", () => {
    const many = Array.from({ length: QUALITY_SHOWN + 5 }, (_, i) => ({ ...(checks[0] as Check), id: `x-${i}`, grade: "rounding" as const }));
    const summary = summariseChecks([...many, { ...(checks[0] as Check), id: "y", grade: "ok" as const }]);
    expect(summary.counts.rounding).toBe(QUALITY_SHOWN + 5);
    expect(summary.total).toBe(QUALITY_SHOWN + 6);
    const big = Object.create(SiteData.prototype, { checkSummary: { value: summary } }) as SiteData;
    expect(listedCheckIds(big).size).toBe(QUALITY_SHOWN + 1);
    expect(qualityAnchor(big, { id: "x-0", grade: "rounding" })).toBe("x-0");
    expect(qualityAnchor(big, { id: `x-${QUALITY_SHOWN + 1}`, grade: "rounding" })).toBe(GRADE_ANCHOR.rounding);
  });
});
