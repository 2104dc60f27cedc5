import { describe, expect, it } from "vitest";
import { COMPONENT_BARS_NARROW, componentBarsTable, layoutComponentBars, summarizeComponentBars } from "./layout";
import { componentBars } from "../fixtures";
import { FONT, textWidth } from "../text";

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

describe("layoutComponentBars with a long name", () => {
  const item = { code: "2.2", label: "Đánh giá của cán bộ lãnh đạo, quản lý và đại biểu HĐND các cấp", score: 8.02, max: 10, depth: 1 };
  const texts = (options = {}, data = { title: "t", subject: "s", items: [item] }) => {
    const layout = layoutComponentBars(data, options);
    const all = layout.marks.filter((m) => m.type === "text");
    return { layout, value: all.find((m) => m.anchor === "end")!, name: all.filter((m) => m.anchor !== "end") };
  };
  it.each([["wide", {}, 2], ["narrow", COMPONENT_BARS_NARROW, 3]] as const)("%s: wraps it to %i lines that never run into the value", (_, options, count) => {
    const { value, name } = texts(options);
    expect(name).toHaveLength(count);
    for (const line of name) expect(line.x + textWidth(line.text)).toBeLessThan(value.x - textWidth(value.text, FONT.small));
  });
  it("shortens what does not fit in three lines with an ellipsis (the table has the full name)", () => {
    const { name } = texts(COMPONENT_BARS_NARROW, { title: "t", subject: "s", items: [{ ...item, label: `${item.label}, ${item.label}` }] });
    expect(name).toHaveLength(3);
    expect(name[2]?.text.endsWith("…")).toBe(true);
  });
  it("puts the bar under the second line", () => {
    const { layout, name } = texts();
    const bar = layout.marks.find((m) => m.type === "rect")!;
    expect(bar.type === "rect" && bar.y).toBeGreaterThan(name[1]!.y);
  });
});
