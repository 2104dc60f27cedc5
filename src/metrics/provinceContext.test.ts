import { describe, expect, it } from "vitest";
import { versusMean } from "./provinceContext";

describe("versusMean", () => {
  it.each([
    [89.28, 86.98, 2.3],
    [81.7, 86.98, -5.28],
    [86.98, 86.98, 0],
  ])("versusMean(%s, %s) is %s points", (value, mean, diff) => expect(versusMean(value, mean)).toBe(diff));
  it("is null when the mean is missing", () => expect(versusMean(80, null)).toBeNull());
});
