import { describe, expect, it } from "vitest";
import { COUNTRY, tierCounts } from "./scale";

describe("tierCounts", () => {
  it("is the whole country for 'country'", () => {
    expect(tierCounts("country", 88)).toEqual(COUNTRY);
  });
  it("splits the places below the provinces in the country's proportions", () => {
    const t = tierCounts(300, 88);
    expect(t.districts + t.oldCommunes + t.newCommunes).toBe(212);
    expect(t).toEqual({ districts: 10, oldCommunes: 154, newCommunes: 48 });
  });
  it("has nothing below the provinces when the provinces fill the places", () => {
    expect(tierCounts(50, 88)).toEqual({ districts: 0, oldCommunes: 0, newCommunes: 0 });
  });
});
