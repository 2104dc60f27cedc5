import { describe, expect, it } from "vitest";
import { layoutRankedBars, rankedBarsTable, sortRanked, summarizeRankedBars } from "./layout";
import { rankedBars } from "../fixtures";

describe("layoutRankedBars", () => {
  const layout = layoutRankedBars(rankedBars);
  it("sorts best first and highlights the current place", () => {
    expect(layout.bars.map((b) => [b.id, b.position, b.highlight])).toEqual([["b", 1, false], ["a", 2, true], ["c", 3, false]]);
  });
  it("marks the highlight with a text marker too, not colour alone", () => {
    expect(layout.marks.some((m) => m.type === "text" && m.text === "▶ 12. A")).toBe(true);
  });
  it("labels bars with the official rank only, never the drawing order", () => {
    const labels = layout.marks.filter((m) => m.type === "text" && m.anchor === "end").map((m) => (m.type === "text" ? m.text : ""));
    expect(labels).toEqual(["3. B", "▶ 12. A", "C"]);
  });
  it("draws the mean as a rule at its value", () => {
    expect(layout.meanX).toBeCloseTo(148 + 0.86 * 280, 2);
    expect(layout.marks.filter((m) => m.class === "rule")).toHaveLength(1);
  });
});

describe("summarizeRankedBars", () => {
  it("names the place's position, the top, the bottom and the mean, all with the same decimals", () => {
    expect(summarizeRankedBars(rankedBars)).toBe("Điểm PAR INDEX 2023: 3 tỉnh có điểm; A đứng thứ 2 trong số này với 85,00 (hạng chính thức 12); cao nhất B (91,50), thấp nhất C (80,00); Trung bình 86,00.");
  });
});

describe("rankedBarsTable", () => {
  it("lists the bars in drawn order, then the mean", () => {
    expect(rankedBarsTable(rankedBars).rows.map((r) => r.name)).toEqual(["B", "A", "C", "Trung bình"]);
    expect(rankedBarsTable(rankedBars).rows.map((r) => r["rank"])).toEqual([3, 12, null, ""]);
  });
});

describe("sortRanked", () => {
  it("puts equal values in official rank order (PAR INDEX 2023: Quảng Ngãi 27 before Đắk Lắk 28, both 87,33)", () => {
    const dakLak = { id: "dak-lak", label: "Đắk Lắk", value: 87.33, rank: 28 };
    const quangNgai = { id: "quang-ngai", label: "Quảng Ngãi", value: 87.33, rank: 27 };
    expect(sortRanked([dakLak, quangNgai]).map((i) => i.id)).toEqual(["quang-ngai", "dak-lak"]);
  });
  it("keeps input order for equal values without ranks", () => {
    const a = { id: "a", label: "A", value: 80 };
    const b = { id: "b", label: "B", value: 80 };
    expect(sortRanked([a, b]).map((i) => i.id)).toEqual(["a", "b"]);
  });
});
