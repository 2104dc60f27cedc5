import { describe, expect, it } from "vitest";
import type { Unit } from "../schemas/units";
import { Places } from "../metrics/places";
import { placeSearch, validityText } from "./placeSearch";

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

describe("placeSearch of merged communes", () => {
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

describe("placeSearch in English", () => {
  const vinhChau = placeSearch(places.get("soc-trang/vinh-chau"), places, "en");

  it("shows kind, province and validity in English, the names kept in Vietnamese", () => {
    expect(vinhChau.meta).toEqual({ kind: "Town (district level)", province: "Sóc Trăng province", validity: "until 30 Jun 2025" });
    expect(validityText(places.get("soc-trang/vinh-chau/1"), "en")).toBe("status after 1 July 2025 not yet known");
  });

  it("is found as 'vinh chau', 'vinh chau town' and 'vinh chau district', with the rank a Vietnamese query gives", () => {
    expect(vinhChau.names).toEqual(expect.arrayContaining(["Vĩnh Châu", "Vinh Chau", "Vĩnh Châu town", "Vinh Chau district"]));
    expect(vinhChau.rank).toBe(placeSearch(places.get("soc-trang/vinh-chau"), places).rank);
  });

  it("names the unit it merged into in English", () => {
    expect(placeSearch(places.get("da-nang"), places, "en").lineage).toEqual(["merged into Đà Nẵng", "merged into Da Nang"]);
  });
});
