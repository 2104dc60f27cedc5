import { describe, expect, it } from "vitest";
import type { FactView as Fact, SliceView as PlaceSlice } from "./compareView";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "../metrics/placeView";
import { compareWords } from "./compareWords";
import { barLengths, basisDifferences, compareRows, defaultYear, yearChoices } from "./compareTable";

const fact = (key: string, value: number | null, more: Partial<Fact> = {}): Fact => ({
  key, label: key, year: 2023, period: "năm 2023", display: String(value), value, unit: "count", stated: value, max: null, rank: null, rank_of: null,
  basis: {}, caveats: [], source: "/nguon/x/#dong-3", source_id: "x", ...more,
});
const words = compareWords(new SiteData(loadAll("data").tables), "vi");
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

describe("yearChoices and defaultYear", () => {
  const a = slice("a", [fact("par", 90, { year: 2024 }), fact("par", 88), fact("sipas", 80, { year: 2022 })]);
  const b = slice("b", [fact("par", 91), fact("sipas", 81, { year: 2022 }), fact("only-b", 1, { year: 2024 })]);

  it("lists every year any place has, latest first, with the places that have figures and whether a key is shared", () => {
    expect(yearChoices([a, b], words)).toEqual([
      { year: 2024, places: ["nơi a", "nơi b"], shared: false },
      { year: 2023, places: ["nơi a", "nơi b"], shared: true },
      { year: 2022, places: ["nơi a", "nơi b"], shared: true },
    ]);
  });

  it("defaults to the latest year all places share a key in (2023 here, not 2024 where only one has PAR)", () => {
    expect(defaultYear(yearChoices([a, b], words))).toBe(2023);
  });

  it("falls back to the latest year with the most places when no year is shared", () => {
    const c = slice("c", [fact("x", 1, { year: 2021 })]);
    const d = slice("d", [fact("x", 1, { year: 2023 })]);
    expect(defaultYear(yearChoices([c, d], words))).toBe(2023);
    expect(defaultYear([])).toBeNull();
  });
});

describe("compareRows", () => {
  const a = slice("a", [fact("sipas", 86.5, { unit: "percent" }), fact("sipas", 70, { unit: "percent", year: 2024 }), fact("only-a", 1), fact("ab", 2)]);
  const b = slice("b", [fact("sipas", 90.61, { unit: "percent" }), fact("ab", 3)]);
  const c = slice("c", [fact("sipas", 70, { unit: "percent" })]);

  it("shows one year: shares keys every place has that year, once each, in first-seen order", () => {
    const { shared, partial } = compareRows([a, b, c], 2023, words);
    expect(shared.map((r) => r.key)).toEqual(["sipas"]);
    expect(shared[0]?.facts.map((f) => f?.value)).toEqual([86.5, 90.61, 70]);
    expect(partial.map((r) => r.key)).toEqual(["ab"]);
    expect(partial[0]?.facts.map((f) => f?.value ?? null)).toEqual([2, 3, null]);
  });

  it("never fills a year with another year's figure; a year with no key of two places lists each place's own", () => {
    const { shared, partial } = compareRows([a, b], 2024, words);
    expect(shared).toEqual([]);
    expect(partial.map((r) => r.facts.map((f) => f?.value ?? null))).toEqual([[70, null]]);
  });

  it("says what differs and draws no bars when scales, assessors, methods, scopes or periods differ", () => {
    const x = slice("x", [fact("par", 75.66, { unit: "percent", basis: { scale: "96", assessor: "tỉnh đánh giá" } })]);
    const y = slice("y", [fact("par", 84.06, { unit: "percent", basis: { scale: "70", assessor: "tự đánh giá" }, period: "6 tháng đầu năm 2023" })]);
    const [row] = compareRows([x, y], 2023, words).shared;
    expect(row?.bars).toEqual([null, null]);
    expect(row?.differs).toEqual([
      "Kỳ số liệu khác nhau: nơi x năm 2023; nơi y 6 tháng đầu năm 2023.",
      "Thang điểm khác nhau: nơi x 96; nơi y 70.",
      "Người đánh giá khác nhau: nơi x tỉnh đánh giá; nơi y tự đánh giá.",
    ]);
  });

  it("draws bars when the figures share their basis", () => {
    const x = slice("x", [fact("par", 80, { unit: "percent", basis: { scale: "100", method: "bộ tiêu chí 2022–2023" } })]);
    const y = slice("y", [fact("par", 90, { unit: "percent", basis: { scale: "100", method: "bộ tiêu chí 2022–2023" } })]);
    expect(compareRows([x, y], 2023, words).shared[0]).toMatchObject({ bars: [80, 90], differs: [] });
  });
});

describe("basisDifferences", () => {
  it("ignores gaps and names a missing aspect", () => {
    const x = slice("x", []);
    const y = slice("y", []);
    const z = slice("z", []);
    expect(basisDifferences([x, y, z], [fact("k", 1, { basis: { scope: "một xã" } }), null, fact("k", 2)], words)).toEqual(["Phạm vi khác nhau: nơi x một xã; nơi z không nêu."]);
  });
});
