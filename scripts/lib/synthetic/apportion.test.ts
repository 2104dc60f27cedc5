import { describe, expect, it } from "vitest";
import { apportion } from "./apportion";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("apportion", () => {
  it("splits 10 as 5, 3, 2 for weights 5, 3, 2", () => {
    expect(apportion(10, [5, 3, 2])).toEqual([5, 3, 2]);
  });
  it("gives the remainder to the largest fractions", () => {
    expect(apportion(4, [1, 1, 2])).toEqual([1, 1, 2]);
    expect(sum(apportion(7, [1, 1, 1]))).toBe(7);
  });
  it("keeps every floor and ceiling", () => {
    const counts = apportion(20, [10, 1, 1], { min: [0, 3, 0], max: [12, 20, 20] });
    expect(sum(counts)).toBe(20);
    expect(counts[0]).toBeLessThanOrEqual(12);
    expect(counts[1]).toBeGreaterThanOrEqual(3);
  });
  it("splits evenly when every weight is zero", () => {
    expect(apportion(6, [0, 0, 0])).toEqual([2, 2, 2]);
  });
  it("throws when the bounds cannot hold the total", () => {
    expect(() => apportion(10, [1, 1], { max: [3, 3] })).toThrow(/cannot split 10/);
    expect(() => apportion(1, [1, 1], { min: [1, 1] })).toThrow(/cannot split 1/);
  });
});
