import { describe, expect, it } from "vitest";
import type { Unit } from "../schemas/units";
import { Places } from "./places";
import { abbreviationVariants, indexedOnItsOwn, searchRank } from "./search";

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
  });
});
