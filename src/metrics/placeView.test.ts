import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { runChecks } from "./checks";
import { countGrades } from "./grade";

const site = new SiteData(loadAll("data").tables);
const checks = runChecks(site.tables);

describe("SiteData's checks", () => {
  it("checksFor(place) is runChecks' checks of that place, in the same order, for every place", () => {
    for (const { row: unit } of site.tables.units) {
      expect(site.checksFor(unit.unit_id), unit.unit_id).toEqual(checks.filter((c) => c.unit_id === unit.unit_id));
    }
  });

  it("checkSummary counts every check by grade", () => {
    expect(site.checkSummary.total).toBe(checks.length);
    expect(site.checkSummary.counts).toEqual(countGrades(checks));
  });
});
