import { describe, expect, it } from "vitest";
import { layoutStackedBars, rowShares, STACKED_BARS_NARROW, stackedBarsTable, summarizeStackedBars } from "./layout";
import { FONT, textWidth } from "../text";
import { stackedBars } from "../fixtures";

describe("rowShares", () => {
  it("gives each present segment its share of the parts drawn", () => {
    expect(rowShares(stackedBars.rows[0]!)).toEqual([
      { key: "in_time", count: 900, share: 90 }, { key: "late", count: 20, share: 2 }, { key: "pending", count: 80, share: 8 },
    ]);
  });
});

describe("layoutStackedBars", () => {
  const layout = layoutStackedBars(stackedBars);
  it("stacks segments edge to edge across the full width", () => {
    const segs = layout.rows[0]!.segments;
    expect(segs[1]!.x).toBeCloseTo(segs[0]!.x + segs[0]!.width, 1);
    expect(segs.reduce((s, x) => s + x.width, 0)).toBeCloseTo(464, 0);
  });
  it("shows early and on time separately when the source splits them", () => {
    expect(layout.rows[1]!.segments.map((s) => s.key)).toEqual(["early", "on_time", "late"]);
  });
  it("names every segment with its share under its bar, however thin the segment", () => {
    expect(layout.rows[0]!.shares.map((s) => s.text)).toEqual(["Đúng hạn hoặc trước hạn 90,00%", "Trễ hạn 2,00%", "Đang giải quyết 8,00%"]);
    expect(layout.rows[1]!.shares.map((s) => s.key)).toEqual(["early", "on_time", "late"]);
  });
  it("wraps the shares to a new line rather than past the right edge", () => {
    const narrow = layoutStackedBars(stackedBars, STACKED_BARS_NARROW);
    const shares = narrow.rows[0]!.shares;
    expect(new Set(shares.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const s of shares) expect(s.x + 14 + textWidth(s.text, FONT.small)).toBeLessThanOrEqual(narrow.width);
  });
});

describe("summarizeStackedBars", () => {
  it("states each bar's in-time and late shares", () => {
    expect(summarizeStackedBars(stackedBars)).toBe("Hồ sơ của huyện A (tỷ lệ trên số hồ sơ được vẽ): Cấp huyện · năm 2023: 90,00% trước hoặc đúng hạn, 2,00% trễ hạn; ISO: 95,00% trước hoặc đúng hạn, 5,00% trễ hạn.");
  });
});

describe("stackedBarsTable", () => {
  it("has one row per drawn segment", () => {
    expect(stackedBarsTable(stackedBars).rows).toHaveLength(6);
  });
});
