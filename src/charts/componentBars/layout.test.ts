import { describe, expect, it } from "vitest";
import { componentBarsTable, layoutComponentBars, summarizeComponentBars } from "./layout";
import { componentBars } from "../fixtures";

describe("layoutComponentBars", () => {
  const layout = layoutComponentBars(componentBars);
  it("draws the score inside the outline of the maximum, on one points scale", () => {
    const top = layout.items[0]!;
    expect(top.scoreWidth! / top.maxWidth!).toBeCloseTo(50 / 60, 2);
  });
  it("indents parts under their component", () => {
    expect(layout.items[1]!.x).toBeGreaterThan(layout.items[0]!.x);
  });
  it("draws no score bar for a missing score and says so", () => {
    expect(layout.items[2]!.scoreWidth).toBeNull();
    expect(layout.marks.some((m) => m.type === "text" && m.text === "chưa có số liệu")).toBe(true);
  });
});

describe("summarizeComponentBars", () => {
  it("names where most points were lost and the lowest share", () => {
    expect(summarizeComponentBars(componentBars)).toBe("Điểm thành phần của huyện A: mất nhiều điểm nhất ở mục 1 Kết quả (50/60), tỷ lệ đạt thấp nhất ở mục 1 Kết quả (83,33%).");
  });
});

describe("componentBarsTable", () => {
  it("keeps a missing score empty", () => {
    expect(componentBarsTable(componentBars).rows[2]).toMatchObject({ code: "2", score: null, percent: null });
  });
});
