import { describe, expect, it } from "vitest";
import { byStrength, indicatorYears, nationalStats, rankedEntry, ranking, rankIsStated, weakRankClashes, yearsOf, type RankedEntry } from "./rankings";
import { loadAll } from "../loaders/datasets";

const row = (quality: string, value: number | null, rank: number | null, source_id = "s") => ({ quality, value, rank, source_id });
const entry = (unit_id: string, quality: string, value: number | null, rank: number | null): RankedEntry => ({
  unit_id, quality, value, rank, rank_of: 63, source_id: "s", note: null, others: [],
});

describe("byStrength", () => {
  it("puts a printed rank before a rank read from a list's order, whatever the file order (Bến Tre 2019)", () => {
    const listed = row("listing_order", null, 2, "portal");
    const printed = row("stated", 73.87, 63, "news");
    expect(byStrength([listed, printed])).toEqual([printed, listed]);
  });
  it("within one quality, prefers a row with a value, then keeps file order", () => {
    const a = row("stated", null, 5, "a");
    const b = row("stated", 80, 5, "b");
    const c = row("stated", 81, 5, "c");
    expect(byStrength([a, b, c])).toEqual([b, c, a]);
  });
});

describe("rankIsStated", () => {
  it.each([
    ["stated", 2, true],
    ["listing_order", 2, false],
    ["inferred", 2, false],
    ["stated", null, false],
  ] as const)("a %s rank %s is printed as such: %s", (quality, rank, expected) => {
    expect(rankIsStated({ quality, rank })).toBe(expected);
  });
});

describe("weakRankClashes", () => {
  it("finds a rank from listing order that another province's printed rank contradicts", () => {
    const haNoi = entry("ha-noi", "listing_order", 84.64, 2);
    const benTre = entry("ben-tre", "stated", 85, 2);
    const dongThap = entry("dong-thap", "listing_order", 84.43, 3);
    expect(weakRankClashes([haNoi, benTre, dongThap])).toEqual([{ entry: haNoi, stated: benTre }]);
  });
  it("is empty when weak ranks fill places no one printed", () => {
    expect(weakRankClashes([entry("a", "stated", 90, 1), entry("b", "listing_order", null, 2)])).toEqual([]);
  });
});

describe("ranking of the real data", () => {
  const { tables } = loadAll("data");
  it("PAR INDEX 2019 shows Bến Tre at its printed 63/63, the listing-order 2 kept as the other source's claim", () => {
    const benTre = ranking(tables, "par-index", 2019).find((e) => e.unit_id === "ben-tre");
    expect(benTre).toMatchObject({ rank: 63, value: 73.87, quality: "stated" });
    expect(benTre?.others).toEqual([expect.objectContaining({ rank: 2, quality: "listing_order" })]);
  });
  it("no year has a rank from listing order on a place another province's printed rank holds", () => {
    for (const { indicator, year } of indicatorYears(tables)) expect(weakRankClashes(ranking(tables, indicator, year))).toEqual([]);
  });
});

describe("answers computed once per build", () => {
  const { tables } = loadAll("data");
  it("rankedEntry is the province's entry of the ranking, found without a scan (undefined without a row)", () => {
    for (const { indicator, year } of indicatorYears(tables)) {
      for (const e of ranking(tables, indicator, year)) expect(rankedEntry(tables, indicator, year, e.unit_id)).toBe(e);
    }
    expect(rankedEntry(tables, "par-index", 2023, "soc-trang/vinh-chau")).toBeUndefined();
  });
  it("yearsOf and nationalStats give the same object when asked again; stats are those of viet-nam's provinces for the year", () => {
    expect(yearsOf(tables, "sipas")).toBe(yearsOf(tables, "sipas"));
    const stats = nationalStats(tables, "par-index", 2023);
    expect(nationalStats(tables, "par-index", 2023)).toBe(stats);
    expect(stats.find((s) => s.statistic === "mean")?.value).toBe(86.98);
    const scanned = tables.stats.filter((r) => r.row.scope_unit_id === "viet-nam" && r.row.population === "provinces" && r.row.indicator === "par_index" && r.row.year === 2023);
    expect(stats.map((s) => s.statistic)).toEqual(scanned.map((r) => r.row.statistic));
  });
});
