import { describe, expect, it } from "vitest";
import { layoutStripPlot, stripPlotTable, summarizeStripPlot } from "./layout";
import { stripPlot } from "../fixtures";

describe("layoutStripPlot", () => {
  const layout = layoutStripPlot(stripPlot);
  it("places the district and leaves the other ranks as unnamed slots", () => {
    expect(layout.dots.map((d) => d.value)).toEqual([4]);
    expect(layout.slots.map((s) => s.value)).toEqual([1, 2, 3, 5]);
  });
  it("explains the slots in words", () => {
    expect(layout.marks.some((m) => m.type === "text" && m.text.startsWith("○ vị trí của đơn vị khác"))).toBe(true);
  });
});

describe("summarizeStripPlot", () => {
  it("says where the district stands and among whom", () => {
    expect(summarizeStripPlot(stripPlot)).toBe("X ở vị trí 4 (70/96 điểm) trong 5 huyện của tỉnh A.");
  });
});

describe("stripPlotTable", () => {
  it("lists only named units", () => {
    expect(stripPlotTable(stripPlot).rows).toEqual([{ unit_id: "a/x", name: "X", value: 4, note: "70/96 điểm" }]);
  });
});
