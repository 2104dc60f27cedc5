import { describe, expect, it } from "vitest";
import { claimText as metricClaimText } from "../metrics/rankings";
import { claimText, qualityLabel } from "./rankingClaims";

describe("qualityLabel", () => {
  it("names a weaker rank in both languages, and nothing for a stated one", () => {
    expect(qualityLabel("listing_order", "en")).toBe("rank from the order of a list");
    expect(qualityLabel("stated", "en")).toBeNull();
    expect(qualityLabel("stated", "vi")).toBeNull();
  });
  it("says in Vietnamese what the pages printed before the catalogue", () => {
    expect(qualityLabel("listing_order", "vi")).toBe("hạng theo thứ tự liệt kê");
    expect(qualityLabel("inferred", "vi")).toBe("suy luận");
    expect(qualityLabel("derived", "vi")).toBe("tính từ nguồn");
  });
});

describe("claimText", () => {
  it.each([
    [{ value: 91.87, rank: 2 }, false, "91.87 (rank 2)"],
    [{ value: 91.87, rank: 2 }, true, "91.87, rank 2"],
    [{ value: 91.81, rank: null }, false, "91.81"],
    [{ value: null, rank: 7 }, false, "rank 7"],
    [{ value: null, rank: null }, false, "no score or rank given"],
  ])("English %j (inline %s) is %s", (claim, inline, text) => {
    expect(claimText(claim, "en", inline)).toBe(text);
  });
  it("in Vietnamese is the text the metric printed", () => {
    for (const claim of [{ value: 91.87, rank: 2 }, { value: 1234.5, rank: null }, { value: null, rank: 7 }, { value: null, rank: null }]) {
      for (const inline of [false, true]) expect(claimText(claim, "vi", inline)).toBe(metricClaimText(claim, inline));
    }
  });
});
