import { describe, expect, it } from "vitest";
import type { FactView as Fact, SliceView as PlaceSlice } from "./compareView";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "../metrics/placeView";
import { compareWords } from "./compareWords";
import { compareRows } from "./compareTable";
import { comparisonCsv } from "./compareCsv";

const fact = (key: string, value: number | null, more: Partial<Fact> = {}): Fact => ({
  key, label: key, year: 2023, period: "năm 2023", display: String(value), value, unit: "count", stated: value, max: null, rank: null, rank_of: null,
  basis: {}, caveats: [], source: "/nguon/x/#dong-3", source_id: "x", ...more,
});
const words = compareWords(new SiteData(loadAll("data").tables), "vi");
const slice = (unit_id: string, facts: Fact[]): PlaceSlice => ({ unit_id, name: `nơi ${unit_id}`, kind: "huyen", url: `/huyen/${unit_id}/`, valid_to: null, facts });

describe("comparisonCsv", () => {
  it("has one line per place and indicator: value as stated with its maximum, period, source id and absolute source link; text is formula-safe", () => {
    const a = slice("soc-trang/my-xuyen", [
      fact("=cmd", 7927, { label: "=cmd", caveats: ["Riêng A."] }),
      fact("par", 75.66, { label: "PAR", unit: "percent", stated: 72.63, max: 96, rank: 10, rank_of: 11, source: "/nguon/bc/#dong-23", source_id: "bc" }),
    ]);
    const b = slice("soc-trang/vinh-chau", [fact("=cmd", -1.5, { label: "=cmd", period: "6 tháng đầu năm 2023" }), fact("r", null, { rank: 4, rank_of: 63, unit: "percent" })]);
    const { shared, partial } = compareRows([a, b], 2023, words);
    expect(comparisonCsv([a, b], [...shared, ...partial], 2023, "https://site.test/so-sanh/", words).split("\n")).toEqual([
      "indicator,year,period,unit_id,place,value,max,unit,rank,rank_of,differs,caveats,source_id,source",
      "'=cmd,2023,năm 2023,soc-trang/my-xuyen,nơi soc-trang/my-xuyen,7927,,count,,,Kỳ số liệu khác nhau: nơi soc-trang/my-xuyen năm 2023; nơi soc-trang/vinh-chau 6 tháng đầu năm 2023.,Riêng A.,x,https://site.test/nguon/x/#dong-3",
      "'=cmd,2023,6 tháng đầu năm 2023,soc-trang/vinh-chau,nơi soc-trang/vinh-chau,-1.5,,count,,,Kỳ số liệu khác nhau: nơi soc-trang/my-xuyen năm 2023; nơi soc-trang/vinh-chau 6 tháng đầu năm 2023.,,x,https://site.test/nguon/x/#dong-3",
      "",
    ]);
    const single = compareRows([a, b], 2023, words);
    expect(single.shared.map((r) => r.key)).toEqual(["=cmd"]);
    expect(comparisonCsv([a, b], [{ ...rowFor(a, b, "par") }], 2023, "https://site.test/", words).split("\n")[1]).toBe(
      "PAR,2023,năm 2023,soc-trang/my-xuyen,nơi soc-trang/my-xuyen,72.63,96,score,10,11,,,bc,https://site.test/nguon/bc/#dong-23",
    );
    expect(comparisonCsv([a, b], [{ ...rowFor(a, b, "par") }], 2023, "https://site.test/", words).split("\n")[2]).toBe(
      "PAR,2023,,soc-trang/vinh-chau,nơi soc-trang/vinh-chau,,,,,,,chưa có số liệu,,",
    );
  });
});

function rowFor(a: PlaceSlice, b: PlaceSlice, key: string) {
  const facts = [a, b].map((s) => s.facts.find((f) => f.key === key) ?? null);
  return { key, label: facts.find((f) => f)?.label ?? key, facts, bars: [null, null], differs: [] };
}
