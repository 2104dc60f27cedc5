import { describe, expect, it } from "vitest";
import { componentBarsTable, layoutComponentBars, summarizeComponentBars, truncate } from "./layout";
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

describe("truncate", () => {
  it("keeps short text as is", () => expect(truncate("1.2. Xây dựng văn bản", 40)).toBe("1.2. Xây dựng văn bản"));
  it("cuts long text with an ellipsis", () => expect(truncate("2.2. Đánh giá của cán bộ lãnh đạo, quản lý", 20)).toBe("2.2. Đánh giá của c…"));
});

describe("layoutComponentBars with a long name", () => {
  it("never lets a label run into the value on its line", () => {
    const layout = layoutComponentBars({ title: "t", subject: "s", items: [{ code: "2.2", label: "Đánh giá của cán bộ lãnh đạo, quản lý và đại biểu HĐND các cấp", score: 8.02, max: 10, depth: 1 }] });
    const [label, value] = layout.marks.filter((m) => m.type === "text") as { text: string; x: number }[];
    expect(label?.text.endsWith("…")).toBe(true);
    expect((label?.x ?? 0) + (label?.text.length ?? 0) * 6.4).toBeLessThan((value?.x ?? 0) - (value?.text.length ?? 0) * 6.4);
  });
});
