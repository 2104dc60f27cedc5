import { describe, expect, it } from "vitest";
import { random, seedOf, skewedWeight, streamOf } from "./random";

describe("random", () => {
  it("repeats its sequence for the same seed and stays in [0, 1)", () => {
    const a = random(42), b = random(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe("streamOf", () => {
  it("names a stream by its parts, so one place's draws do not depend on the others", () => {
    expect(streamOf(1, "soc-trang", 2021)()).toBe(streamOf(1, "soc-trang", 2021)());
    expect(streamOf(1, "soc-trang", 2021)()).not.toBe(streamOf(1, "soc-trang", 2022)());
    expect(seedOf("a")).not.toBe(seedOf("b"));
  });
});

describe("skewedWeight", () => {
  it("stays within 2.5 sigma of 1 on the log scale, right-skewed around 1", () => {
    const rnd = random(5);
    const ws = Array.from({ length: 5000 }, () => skewedWeight(rnd, 0.4));
    expect(Math.max(...ws)).toBeLessThanOrEqual(Math.exp(1) + 1e-9);
    expect(Math.min(...ws)).toBeGreaterThanOrEqual(Math.exp(-1) - 1e-9);
    const median = [...ws].sort((a, b) => a - b)[2500] ?? 0;
    expect(median).toBeGreaterThan(0.9);
    expect(median).toBeLessThan(1.1);
  });
});
