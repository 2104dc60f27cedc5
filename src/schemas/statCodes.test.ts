import { describe, expect, it } from "vitest";
import { isPercentStatistic } from "./statCodes";

describe("isPercentStatistic", () => {
  it.each([["pct_issued", true], ["mean_pct", true], ["mean", false], ["count_total", false]] as const)("isPercentStatistic(%s) is %s", (code, expected) => {
    expect(isPercentStatistic(code)).toBe(expected);
  });
});
