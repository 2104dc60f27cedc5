/**
 * Places the search tests share (test-only): a small country with a merged city and a district-level town, and
 * the 2025 merger of communes into Lương Mỹ, so the search metrics and their wording are tested on the same units.
 */
import type { Unit } from "../schemas/units";
import { Places } from "./places";

/** A unit with every optional column empty. */
export const unit = (u: Partial<Unit> & Pick<Unit, "unit_id" | "name" | "kind">): Unit => ({
  parent_id: null, gso_code: null, region: null, valid_from: null, valid_to: null,
  successor_ids: [], aliases: [], source_id: "s", line: null, note: null, ...u,
});

/** Việt Nam, Đà Nẵng before and after 2025, Sóc Trăng, Vĩnh Châu and its ward 1. */
export const places = new Places([
  unit({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia" }),
  unit({ unit_id: "da-nang", name: "Đà Nẵng", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam", valid_to: "2025-06-30", successor_ids: ["da-nang-2025"], aliases: ["TP Đà Nẵng"] }),
  unit({ unit_id: "da-nang-2025", name: "Đà Nẵng", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam", valid_from: "2025-07-01" }),
  unit({ unit_id: "soc-trang", name: "Sóc Trăng", kind: "tinh", parent_id: "viet-nam", valid_to: "2025-06-30" }),
  unit({ unit_id: "soc-trang/vinh-chau", name: "Vĩnh Châu", kind: "thi_xa", parent_id: "soc-trang", valid_to: "2025-06-30" }),
  unit({ unit_id: "soc-trang/vinh-chau/1", name: "1", kind: "phuong", parent_id: "soc-trang/vinh-chau" }),
]);

/** 2025: Vĩnh Tây and Cẩm Hải went into the new commune Lương Mỹ; Tân Lộc has no successor in the data. */
export const mergedCommunes = new Places([
  unit({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia" }),
  unit({ unit_id: "ha-noi", name: "Hà Nội", kind: "thanh_pho_truc_thuoc_tw", parent_id: "viet-nam" }),
  unit({ unit_id: "ha-tay", name: "Hà Tây", kind: "tinh", parent_id: "viet-nam", valid_to: "2008-07-31", successor_ids: ["ha-noi"] }),
  unit({ unit_id: "ha-noi/van-hai", name: "Văn Hải", kind: "huyen", parent_id: "ha-noi", valid_to: "2025-06-30", successor_ids: ["ha-noi"] }),
  unit({ unit_id: "ha-noi/van-hai/vinh-tay", name: "Vĩnh Tây", kind: "xa", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30", successor_ids: ["ha-noi/luong-my-2025"] }),
  unit({ unit_id: "ha-noi/van-hai/cam-hai", name: "Cẩm Hải", kind: "thi_tran", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30", successor_ids: ["ha-noi/luong-my-2025"] }),
  unit({ unit_id: "ha-noi/van-hai/tan-loc", name: "Tân Lộc", kind: "xa", parent_id: "ha-noi/van-hai", valid_to: "2025-06-30" }),
  unit({ unit_id: "ha-noi/luong-my-2025", name: "Lương Mỹ", kind: "xa", parent_id: "ha-noi", valid_from: "2025-07-01" }),
]);
