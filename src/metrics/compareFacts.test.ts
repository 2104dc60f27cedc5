import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { factsByKey, methodEraCode, placeSlice, round2 } from "./compareFacts";
import { viewSlice } from "../presentation/compareView";
import { compareWords } from "../presentation/compareWords";

const site = new SiteData(loadAll("data").tables);
/** The figures as a Vietnamese reader sees them (the slice holds codes; compareView.ts gives them words). */
const facts = (id: string) => viewSlice(placeSlice(site, id), compareWords(site, "vi")).facts;
const keys = (id: string, year?: number) => [...new Set(facts(id).filter((f) => year === undefined || f.year === year).map((f) => f.key))];

describe("round2", () => {
  it.each([[75.65624999999999, 75.66], [99.345, 99.35], [7927, 7927]])("round2(%d) is %d", (x, y) => expect(round2(x)).toBe(y));
});

describe("methodEraCode", () => {
  it.each([[2019, "<2022"], [2022, "2022-2023"], [2023, "2022-2023"], [2024, ">=2024"]])("PAR INDEX %d is era %s", (year, code) => {
    expect(methodEraCode([2022, 2024], year)).toBe(code);
  });
  it("names a one-year era by its year", () => expect(methodEraCode([2022, 2023], 2022)).toBe("2022"));
});

describe("placeSlice holds numbers and codes, one file for both editions", () => {
  it("keeps no words: a basis and a caveat are codes, a period is its dates", () => {
    const par = placeSlice(site, "soc-trang/my-xuyen").facts.find((f) => f.key === "par:district");
    expect(par).toMatchObject({ period_start: "2020-01-01", period_end: "2020-12-31", basis: { scale: "96", assessor: "province", method: "criteria:soc-trang" } });
    expect(par?.caveats).toContainEqual({ key: "compare.caveat.par.scale", params: { max: 96 } });
    expect(placeSlice(site, "soc-trang/my-xuyen")).toMatchObject({ name: "Mỹ Xuyên", kind: "huyen", province: { name: "Sóc Trăng", kind: "tinh" } });
  });
});

describe("placeSlice on the bundled data", () => {
  it("has one figure per key and year (SIPAS of Hà Nội once a year, not also as a satisfaction row)", () => {
    expect(keys("ha-noi")).toEqual(["par:ministry", "sipas"]);
    for (const u of site.places.units.filter((x) => x.kind !== "quoc_gia")) {
      const pairs = facts(u.unit_id).map((f) => `${f.key}@${f.year}`);
      expect(new Set(pairs).size, u.unit_id).toBe(pairs.length);
    }
  });

  it("keeps every year of a province's PAR INDEX, so a comparison can take the year all places share", () => {
    const par = facts("ha-noi").filter((f) => f.key === "par:ministry");
    expect(par.map((f) => f.year)).toEqual(expect.arrayContaining([2023, 2024]));
    expect(par.find((f) => f.year === 2023)).toMatchObject({ stated: 91.43, value: 91.43, display: expect.stringContaining("91,43%") });
  });

  it("takes each SIPAS year on its own; a rank-only year is a rank with no value", () => {
    const sipas = facts("quang-ninh").filter((f) => f.key === "sipas");
    expect(sipas.find((f) => f.year === 2023)).toMatchObject({ period: "năm 2023", value: 90.61, display: "90,61%, hạng 1/63" });
    expect(sipas.find((f) => f.year === 2024)).toMatchObject({ value: null, rank: 4, rank_of: 63 });
    expect(sipas.find((f) => f.year === 2024)?.caveats).toContain("Thứ hạng suy ra từ thứ tự liệt kê trong nguồn, không được ghi trực tiếp.");
  });

  it("puts SIPAS years on either side of the 2022 method change on different bases", () => {
    const basis = (year: number) => facts("ha-noi").concat(facts("soc-trang")).find((f) => f.key === "sipas" && f.year === year)?.basis.method;
    expect(basis(2019)).toBe("phương pháp trước năm 2022");
    expect(basis(2024)).toBe("phương pháp từ năm 2022");
  });

  it("keeps a district score at its stated precision with its maximum, and its percentage without float noise", () => {
    const par = facts("soc-trang/my-xuyen").find((f) => f.key === "par:district");
    expect(par).toMatchObject({ year: 2020, stated: 72.63, max: 96, value: 75.66, source_id: "bc-my-xuyen-2021" });
    expect(par?.basis).toEqual({ scale: "96", assessor: "tỉnh đánh giá", method: "bộ tiêu chí của tỉnh Sóc Trăng" });
    expect(facts("soc-trang/vinh-chau").find((f) => f.key === "par:district")?.basis).toEqual({ scale: "70", assessor: "tự đánh giá", method: "bộ tiêu chí của tỉnh Sóc Trăng" });
  });

  it("rounds recomputed rates to the 2 decimals they are shown at", () => {
    for (const f of facts("soc-trang/vinh-chau").filter((x) => x.value !== null)) expect(round2(f.value as number)).toBe(f.value);
  });

  it("takes a year's full period before its part (Mỹ Xuyên 2021: the year, not 19/7–31/12)", () => {
    expect(facts("soc-trang/my-xuyen").find((f) => f.key === "received:district")).toMatchObject({ year: 2021, period: "năm 2021", stated: 7927 });
  });

  it("takes a period within the calendar year before a 15/12-15/12 reporting year ending the same day (Vĩnh Châu 2023)", () => {
    expect(facts("soc-trang/vinh-chau").find((f) => f.key === "received:district")).toMatchObject({ year: 2023, period: "1/1/2023 – 15/12/2023", stated: 20658 });
  });

  it("gives every place that has figures something to compare, communes included", () => {
    const without = site.places.units.filter((u) => u.kind !== "quoc_gia" && site.hasFigures(u.unit_id) && keys(u.unit_id).length === 0);
    expect(without.map((u) => u.unit_id)).toEqual([]);
    expect(keys("binh-dinh/tay-son/tay-xuan")).toEqual(["resolved_late:commune", "dossiers_postal_bcci:commune"]);
  });

  it("says when a district's commune-level count covers all its communes, and puts it on another scope than a commune's own", () => {
    const late = facts("soc-trang/vinh-chau").find((f) => f.key === "resolved_late:commune");
    expect(late?.caveats.some((c) => c.startsWith("Số chung của tất cả các xã"))).toBe(true);
    expect(late?.basis.scope).toBe("chung các xã của một huyện");
    expect(facts("binh-dinh/tay-son/tay-xuan").find((f) => f.key === "resolved_late:commune")?.basis.scope).toBe("một xã");
  });

  it("gives post-2025 units no figures of their own (predecessors are never added up)", () => {
    expect(keys("can-tho-2025")).toEqual([]);
  });
});

describe("factsByKey", () => {
  it("groups a place's figures by indicator, latest year first (Hà Nội: PAR INDEX then SIPAS)", () => {
    const groups = factsByKey(facts("ha-noi"));
    expect(groups.map((g) => g[0]?.key)).toEqual(["par:ministry", "sipas"]);
    expect(groups[1]?.map((f) => f.year)).toEqual([2024, 2023]);
  });
});
