import { describe, expect, it } from "vitest";
import { excerptAround, excerptText, layoutRankedBars, rankedBarsTable, sortRanked, summarizeRankedBars, type RankedItem } from "./layout";
import { rankedBars, rankedBarsExcerpt, rankedBarsWhole } from "../fixtures";

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

describe("excerptAround", () => {
  const sorted = sortRanked(rankedBarsWhole);
  const ids = (items: RankedItem[]) => items.map((i) => i.id);
  it("keeps the place with up to 4 places above and 4 below it, counted in the whole ranking", () => {
    const part = excerptAround(sorted, 6, "tỉnh");
    expect(ids(part.items)).toEqual(["t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11"]);
    expect(part.excerpt).toEqual({ from: 3, of: 12, noun: "tỉnh" });
  });
  it.each([[0, 1, 5], [1, 1, 6], [11, 8, 12]] as const)("near an end (index %i) shows positions %i–%i, fewer places", (index, from, to) => {
    const part = excerptAround(sorted, index, "tỉnh");
    expect(part.excerpt?.from).toBe(from);
    expect(part.items).toHaveLength(to - from + 1);
  });
  it("slices the whole ranking's order, so equal values keep their official-rank order (T5 before T6, both 88,00)", () => {
    expect(ids(excerptAround(sorted, 5, "tỉnh").items).slice(3, 5)).toEqual(["t5", "t6"]);
  });
  it("returns a ranking of 9 or fewer whole, without an excerpt", () => {
    expect(excerptAround(sorted.slice(0, 9), 8, "tỉnh")).toEqual({ items: sorted.slice(0, 9) });
  });
});

describe("an excerpt of a ranking", () => {
  const layout = layoutRankedBars(rankedBarsExcerpt);
  it("says what it shows: excerptText('Trích vị trí 6–12 trên 12 tỉnh')", () => {
    expect(excerptText(rankedBarsExcerpt.excerpt!, 7)).toBe("Trích vị trí 6–12 trên 12 tỉnh");
    expect(layout.marks.some((m) => m.type === "text" && m.text === "Trích vị trí 6–12 trên 12 tỉnh.")).toBe(true);
  });
  it("numbers its bars by their position in the whole ranking and draws them in the order given", () => {
    expect(layout.bars.map((b) => [b.id, b.position])).toEqual([["t6", 6], ["t7", 7], ["t8", 8], ["t9", 9], ["t10", 10], ["t11", 11], ["t12", 12]]);
  });
  it("summarises positions in the whole and the top and bottom of the excerpt only", () => {
    expect(summarizeRankedBars(rankedBarsExcerpt)).toBe("Điểm PAR INDEX 2023: trích vị trí 6–12 trên 12 tỉnh có điểm; Tỉnh T10 đứng thứ 10 trên 12 với 80,50 (hạng chính thức 10); trong đoạn trích cao nhất Tỉnh T6 (88,00), thấp nhất Tỉnh T12 (77,50); Trung bình 86,00.");
  });
  it("lists its rows with their position in the whole ranking", () => {
    const table = rankedBarsTable(rankedBarsExcerpt);
    expect(table.rows.map((r) => r["position"])).toEqual([6, 7, 8, 9, 10, 11, 12, ""]);
    expect(table.columns[0]?.label).toBe("Vị trí trong bảng đầy đủ");
  });
});
