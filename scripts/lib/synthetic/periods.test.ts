import { describe, expect, it } from "vitest";
import { monthlyPeriods, yearlyPeriods } from "./periods";

describe("yearlyPeriods", () => {
  it("yearlyPeriods(2020, 2021) is two calendar years", () => {
    expect(yearlyPeriods(2020, 2021)).toEqual([
      { start: "2020-01-01", end: "2020-12-31", line: 10 },
      { start: "2021-01-01", end: "2021-12-31", line: 13 },
    ]);
  });
});

describe("monthlyPeriods", () => {
  it("runs from July 2025 to November 2026: 17 months ending on their last day", () => {
    const months = monthlyPeriods("2025-07", "2026-11");
    expect(months).toHaveLength(17);
    expect(months[0]).toEqual({ start: "2025-07-01", end: "2025-07-31", line: 10 });
    expect(months.map((m) => m.end)).toContain("2026-02-28");
    expect(months.at(-1)?.end).toBe("2026-11-30");
  });
});
