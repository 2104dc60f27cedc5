import { describe, expect, it } from "vitest";
import type { Unit } from "../schemas/units";
import { Places } from "./places";
import { abbreviationVariants, indexedOnItsOwn, placeSearch, searchRank, validityText } from "./search";

const unit = (u: Partial<Unit> & Pick<Unit, "unit_id" | "name" | "kind">): Unit => ({
  parent_id: null, gso_code: null, region: null, valid_from: null, valid_to: null,
  successor_ids: [], aliases: [], source_id: "s", line: null, note: null, ...u,
});

const places = new Places([
  unit({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia" }),
  unit({ unit_id: "da-nang", name: "Đà Nẵng", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam", valid_to: "2025-06-30", successor_ids: ["da-nang-2025"], aliases: ["TP Đà Nẵng"] }),
  unit({ unit_id: "da-nang-2025", name: "Đà Nẵng", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam", valid_from: "2025-07-01" }),
  unit({ unit_id: "soc-trang", name: "Sóc Trăng", kind: "tinh", parent_id: "viet-nam", valid_to: "2025-06-30" }),
  unit({ unit_id: "soc-trang/vinh-chau", name: "Vĩnh Châu", kind: "thi_xa", parent_id: "soc-trang", valid_to: "2025-06-30" }),
  unit({ unit_id: "soc-trang/vinh-chau/1", name: "1", kind: "phuong", parent_id: "soc-trang/vinh-chau" }),
]);

describe("abbreviationVariants", () => {
  it.each([
    ["TP.HCM", ["TP HCM", "TPHCM"]],
    ["BR-VT", ["BR VT", "BRVT"]],
    ["HCM", []],
    ["TP. Huế", []],
  ])("abbreviationVariants(%j) is %j", (name, expected) => {
    expect(abbreviationVariants(name)).toEqual(expected);
  });
});

describe("searchRank", () => {
  it.each([
    ["da-nang-2025", 1],
    ["da-nang", 2],
    ["soc-trang/vinh-chau", 3],
    ["soc-trang/vinh-chau/1", 4],
  ])("searchRank(%s) is %i", (id, rank) => {
    expect(searchRank(places.get(id))).toBe(rank);
  });
});

describe("validityText", () => {
  it("is 'đến 30/6/2025' for a merged unit, 'từ 1/7/2025' for a new one, unknown for communes, else 'đang tồn tại'", () => {
    expect(validityText(places.get("da-nang"))).toBe("đến 30/6/2025");
    expect(validityText(places.get("da-nang-2025"))).toBe("từ 1/7/2025");
    expect(validityText(places.get("soc-trang/vinh-chau/1"))).toBe("chưa rõ sau 1/7/2025");
    expect(validityText(unit({ unit_id: "ha-noi", name: "Hà Nội", kind: "thanh_pho_truc_thuoc_tw" }))).toBe("đang tồn tại");
  });
});

describe("placeSearch", () => {
  it("indexes names with and without diacritics, đ folded to d", () => {
    const { names } = placeSearch(places.get("da-nang"), places);
    expect(names).toEqual(expect.arrayContaining(["Đà Nẵng", "Da Nang", "thành phố Đà Nẵng", "thanh pho Da Nang", "TP Đà Nẵng", "TP Da Nang"]));
  });

  it("keeps the unit it merged into apart from its own names", () => {
    expect(placeSearch(places.get("da-nang"), places).lineage).toEqual(["sáp nhập vào Đà Nẵng", "sap nhap vao Da Nang"]);
    expect(placeSearch(places.get("da-nang-2025"), places).lineage).toEqual(["gồm Đà Nẵng", "gom Da Nang"]);
  });

  it("shows kind, province and validity in results", () => {
    expect(placeSearch(places.get("soc-trang/vinh-chau"), places).meta).toEqual({ kind: "Thị xã", province: "tỉnh Sóc Trăng", validity: "đến 30/6/2025" });
    expect(placeSearch(places.get("soc-trang"), places).meta).toEqual({ kind: "Tỉnh", validity: "đến 30/6/2025" });
  });
});

describe("indexedOnItsOwn", () => {
  // 2025: Vĩnh Tây and Cẩm Hải went into the new commune Lương Mỹ; Tân Lộc has no successor in the data.
  const merged = new Places([
    unit({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia" }),
    unit({ unit_id: "ha-noi", name: "Hà Nội", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam" }),
    unit({ unit_id: "ha-tay", name: "Hà Tây", kind: "tinh", parent_id: "viet-nam", valid_to: "2008-07-31", successor_ids: ["ha-noi"] }),
    unit({ unit_id: "ha-noi/van-hai", name: "Văn Hải", kind: "huyen", parent_id: "ha-noi", valid_to: "2025-06-30", successor_ids: ["ha-noi"] }),
    unit({ unit_id: "ha-noi/van-hai/vinh-tay", name: "Vĩnh Tây", kind: "xa", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30", successor_ids: ["ha-noi/luong-my-2025"] }),
    unit({ unit_id: "ha-noi/van-hai/cam-hai", name: "Cẩm Hải", kind: "thi_tran", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30", successor_ids: ["ha-noi/luong-my-2025"] }),
    unit({ unit_id: "ha-noi/van-hai/tan-loc", name: "Tân Lộc", kind: "xa", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30" }),
    unit({ unit_id: "ha-noi/luong-my-2025", name: "Lương Mỹ", kind: "xa", parent_id: "ha-noi", valid_from: "2025-07-01" }),
  ]);

  it.each([
    ["ha-noi/van-hai/vinh-tay", false, "an abolished commune with a commune successor is found through it"],
    ["ha-noi/van-hai/tan-loc", true, "an abolished commune without a successor in the data keeps its entry"],
    ["ha-noi/luong-my-2025", true, "a commune of today keeps its entry"],
    ["ha-noi/van-hai", true, "a district keeps its entry: its successor is a whole province"],
    ["ha-tay", true, "a former province keeps its entry"],
  ])("indexedOnItsOwn(%s) is %s: %s", (id, expected) => {
    expect(indexedOnItsOwn(merged.get(id), merged)).toBe(expected);
    expect(placeSearch(merged.get(id), merged).indexed).toBe(expected);
  });

  it("the successor's result names the units found only through it, and its lineage finds them", () => {
    const luongMy = placeSearch(merged.get("ha-noi/luong-my-2025"), merged);
    expect(luongMy.meta.formed).toBe("gồm xã Vĩnh Tây, thị trấn Cẩm Hải");
    expect(luongMy.lineage).toEqual(expect.arrayContaining(["gồm Vĩnh Tây", "gom Vinh Tay", "gồm Cẩm Hải", "gom Cam Hai"]));
  });

  it("a successor whose former units keep their own entries says nothing more (the real data's provinces)", () => {
    expect(placeSearch(merged.get("ha-noi"), merged).meta.formed).toBeUndefined();
    expect(placeSearch(places.get("da-nang-2025"), places).meta.formed).toBeUndefined();
  });
});
