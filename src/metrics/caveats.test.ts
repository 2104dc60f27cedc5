import { describe, expect, it } from "vitest";
import { methodBreakNote, periodCaveats, rankContext, sameCaveat } from "./caveats";

describe("methodBreakNote", () => {
  it("names the break, only in a break year", () => {
    expect(methodBreakNote("sipas", 2022)).toEqual({ code: "method.sipas", params: { year: 2022 } });
    expect(methodBreakNote("par-index", 2024)).toEqual({ code: "method.par", params: { year: 2024 } });
    expect(methodBreakNote("par-index", 2023)).toBeNull();
    expect(methodBreakNote("sipas", 2024)).toBeNull();
  });
});

describe("periodCaveats", () => {
  it("says a half year is not a whole year, and a figure cut off before the period's end is early", () => {
    expect(periodCaveats("2020-01-01", "2020-06-30")).toEqual([{ code: "period.half" }]);
    expect(periodCaveats("2023-01-01", "2023-12-15")).toEqual([{ code: "period.cutoff", params: { date: "2023-12-15" } }]);
    expect(periodCaveats("2021-01-01", "2021-12-31")).toEqual([]);
  });

  it("takes a whole calendar month as a complete month, not as a cut-off", () => {
    expect(periodCaveats("2025-11-01", "2025-11-30")).toEqual([{ code: "period.month" }]);
    expect(periodCaveats("2024-02-01", "2024-02-29")).toEqual([{ code: "period.month" }]);
    expect(periodCaveats("2025-02-01", "2025-02-28")).toEqual([{ code: "period.month" }]);
    expect(periodCaveats("2025-11-01", "2025-11-20")).toEqual([{ code: "period.cutoff", params: { date: "2025-11-20" } }]);
  });
});

describe("sameCaveat", () => {
  it("compares code and parameters", () => {
    expect(sameCaveat(periodCaveats("2023-01-01", "2023-12-15")[0]!, { code: "period.cutoff", params: { date: "2023-12-15" } })).toBe(true);
    expect(sameCaveat({ code: "period.cutoff", params: { date: "2023-12-15" } }, { code: "period.cutoff", params: { date: "2023-12-14" } })).toBe(false);
  });
});

describe("rankContext", () => {
  it("gives the rank and among which places, or null without one", () => {
    expect(rankContext({ rank: 4, rank_of: 63, rank_scope: "national" }, undefined)).toEqual({ rank: 4, of: 63, scope: "national", parent: undefined });
    expect(rankContext({ rank: null, rank_of: 63, rank_scope: "national" }, undefined)).toBeNull();
  });
});
