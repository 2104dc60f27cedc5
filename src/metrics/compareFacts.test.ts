import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { placeSlice } from "./compareFacts";

const site = new SiteData(loadAll("data").tables);
const keys = (id: string) => placeSlice(site, id).facts.map((f) => f.key);

describe("placeSlice on the bundled data", () => {
  it("lists each indicator once per place (SIPAS of Hà Nội once, not also as a satisfaction row)", () => {
    expect(keys("ha-noi")).toEqual(["par:ministry", "sipas"]);
    for (const u of site.places.units.filter((x) => x.kind !== "quoc_gia")) expect(new Set(keys(u.unit_id)).size).toBe(keys(u.unit_id).length);
  });

  it("takes a province's latest SIPAS value and names a later rank-only year", () => {
    const sipas = placeSlice(site, "quang-ninh").facts.find((f) => f.key === "sipas");
    expect(sipas).toMatchObject({ period: "năm 2023", value: 90.61, display: "90,61%, hạng 1/63" });
    expect(sipas?.caveats).toContain("Năm 2024 chỉ có thứ hạng (hạng 4/63), không có điểm. Thứ hạng suy ra từ thứ tự liệt kê trong nguồn, không được ghi trực tiếp.");
  });

  it("gives every place that has figures something to compare, communes included", () => {
    const without = site.places.units.filter((u) => u.kind !== "quoc_gia" && site.hasFigures(u.unit_id) && keys(u.unit_id).length === 0);
    expect(without.map((u) => u.unit_id)).toEqual([]);
    expect(keys("binh-dinh/tay-son/tay-xuan")).toEqual(["resolved_late:commune", "dossiers_postal_bcci:commune"]);
  });

  it("says when a district's commune-level count covers all its communes", () => {
    const late = placeSlice(site, "soc-trang/vinh-chau").facts.find((f) => f.key === "resolved_late:commune");
    expect(late?.caveats.some((c) => c.startsWith("Số chung của tất cả các xã"))).toBe(true);
  });

  it("gives post-2025 units no figures of their own (predecessors are never added up)", () => {
    expect(keys("can-tho-2025")).toEqual([]);
  });
});
