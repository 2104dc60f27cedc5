import { describe, expect, it } from "vitest";
import type { Fact, PlaceSlice } from "./compareFacts";
import { barLengths, compareRows, comparisonCsv } from "./compareTable";

const fact = (key: string, value: number | null, more: Partial<Fact> = {}): Fact => ({
  key, label: key, period: "năm 2023", display: String(value), value, unit: "count", caveats: [], source: "/nguon/x/", ...more,
});
const slice = (unit_id: string, facts: Fact[]): PlaceSlice => ({ unit_id, name: `nơi ${unit_id}`, kind: "huyen", url: `/huyen/${unit_id}/`, valid_to: null, facts });

describe("barLengths", () => {
  it.each([
    ["percentages run to 100", [fact("p", 84.11, { unit: "percent" }), fact("p", 50, { unit: "percent" })], [84.11, 50]],
    ["counts run to the row's largest count", [fact("c", 20658), fact("c", 7927)], [100, (7927 / 20658) * 100]],
    ["all-zero counts have empty bars", [fact("c", 0), fact("c", 0)], [0, 0]],
    ["a gap or a rank without a value has no bar", [null, fact("c", null), fact("c", 4)], [null, null, 100]],
    ["mixed units have no bars at all", [fact("x", 5), fact("x", 5, { unit: "percent" })], [null, null]],
  ] as const)("%s", (_, facts, lengths) => expect(barLengths([...facts])).toEqual(lengths));
});

describe("compareRows", () => {
  const a = slice("a", [fact("sipas", 86.5, { unit: "percent", period: "năm 2024" }), fact("only-a", 1), fact("ab", 2)]);
  const b = slice("b", [fact("sipas", 90.61, { unit: "percent" }), fact("ab", 3)]);
  const c = slice("c", [fact("sipas", 70, { unit: "percent" })]);

  it("shares keys every place has, once each, in first-seen order", () => {
    const { shared, partial } = compareRows([a, b, c]);
    expect(shared.map((r) => r.key)).toEqual(["sipas"]);
    expect(partial.map((r) => r.key)).toEqual(["ab"]);
    expect(partial[0]?.facts.map((f) => f?.value ?? null)).toEqual([2, 3, null]);
  });

  it("flags differing periods", () => expect(compareRows([a, b]).shared[0]?.periodsDiffer).toBe(true));
});

describe("comparisonCsv", () => {
  it("has indicator, unit, period, caveats and one number column per place; text is formula-safe", () => {
    const a = slice("soc-trang/my-xuyen", [fact("=cmd", 7927, { label: "=cmd", caveats: ["Chung.", "Riêng A."] }), fact("r", null, { display: "hạng 4/63", unit: "percent" })]);
    const b = slice("soc-trang/vinh-chau", [fact("=cmd", -1.5, { label: "=cmd", caveats: ["Chung."], period: "năm 2022" }), fact("r", 90.61, { unit: "percent" })]);
    const { shared } = compareRows([a, b]);
    expect(comparisonCsv([a, b], shared).split("\n")).toEqual([
      "indicator,unit,period,caveats,soc-trang/my-xuyen,soc-trang/vinh-chau",
      "'=cmd,count,nơi soc-trang/my-xuyen: năm 2023; nơi soc-trang/vinh-chau: năm 2022,Chung. nơi soc-trang/my-xuyen: Riêng A.,7927,-1.5",
      "r,percent,năm 2023,\"nơi soc-trang/my-xuyen: chỉ có thứ hạng (hạng 4/63), không có điểm.\",,90.61",
      "",
    ]);
  });
});
