import { describe, expect, it } from "vitest";
import { layoutStackedBars, MIN_SEGMENT, rowShares, segmentWidths, STACKED_BARS_NARROW, stackedBarsTable, summarizeStackedBars } from "./layout";
import { FONT, textWidth } from "../text";
import { en, stackedBars } from "../fixtures";

describe("rowShares", () => {
  it("gives each segment its share of the resolved dossiers; pending dossiers are not in the bar", () => {
    expect(rowShares(stackedBars.rows[0]!).map((s) => ({ ...s, share: Math.round(s.share * 1e9) / 1e9 }))).toEqual([
      { key: "in_time", count: 980, share: 98 }, { key: "late", count: 2, share: 0.2 }, { key: "unstated", count: 18, share: 1.8 },
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
  it("draws a segment with any dossier at least MIN_SEGMENT px wide (0,2% late is 0,9 px at scale)", () => {
    const late = layout.rows[0]!.segments.find((s) => s.key === "late")!;
    expect(late.width).toBeGreaterThanOrEqual(MIN_SEGMENT);
  });
  it("tells the pending count beside the bar, not in it", () => {
    const texts = layout.marks.filter((m) => m.type === "text").map((m) => (m as { text: string }).text);
    expect(texts).toContain("1.000 hồ sơ đã giải quyết · đang giải quyết (ngoài thanh): 80");
  });
  it("names every segment with its share under its bar, however thin the segment", () => {
    expect(layout.rows[0]!.shares.map((s) => s.text)).toEqual(["Đúng hạn hoặc trước hạn 98,00%", "Trễ hạn 0,20%", "Nguồn không nêu đúng hay trễ hạn 1,80%"]);
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
    expect(summarizeStackedBars(stackedBars)).toBe("Hồ sơ của huyện A (tỷ lệ trên số hồ sơ đã giải quyết): Cấp huyện · năm 2023: 98,00% trước hoặc đúng hạn, 0,20% trễ hạn; đang giải quyết 80 hồ sơ; ISO: 95,00% trước hoặc đúng hạn, 5,00% trễ hạn.");
  });
  it("states them in English, pending applications apart (summarizeStackedBars(data, 'en'))", () => {
    expect(summarizeStackedBars(en.stackedBars, "en")).toBe("Applications handled by district A (shares of the applications resolved): District level · 2023: 98.00% on time or early, 0.20% late; pending: 80 applications; ISO: 95.00% on time or early, 5.00% late.");
  });
});

describe("stackedBarsTable", () => {
  it("has one row per drawn segment and one for the pending count, which has no share", () => {
    const rows = stackedBarsTable(stackedBars).rows;
    expect(rows).toHaveLength(7);
    expect(rows[3]).toEqual({ group: "Cấp huyện · năm 2023", segment: "Đang giải quyết (không tính vào tỷ lệ)", count: 80, share_percent: "" });
  });
});

describe("segmentWidths", () => {
  it("keeps widths proportional when every segment is visible", () => {
    expect(segmentWidths([{ count: 90, share: 90 }, { count: 10, share: 10 }], 400)).toEqual([360, 40]);
  });
  it("widens a thin segment to MIN_SEGMENT px, taking the extra from the widest, and still fills the bar", () => {
    const widths = segmentWidths([{ count: 59740, share: 99.9 }, { count: 62, share: 0.1 }], 464);
    expect(widths[1]).toBe(MIN_SEGMENT);
    expect(widths[0]! + widths[1]!).toBeCloseTo(464, 9);
  });
  it("leaves a zero count at zero width (Mỹ Xuyên: 0 late)", () => {
    expect(segmentWidths([{ count: 7836, share: 100 }, { count: 0, share: 0 }], 464)).toEqual([464, 0]);
  });
});
