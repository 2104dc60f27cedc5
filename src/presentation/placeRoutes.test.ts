import { describe, expect, it } from "vitest";
import type { Unit } from "../schemas/units";
import { Places } from "../metrics/places";
import { placeParams } from "./placeRoutes";

const unit = (u: Partial<Unit> & Pick<Unit, "unit_id" | "name" | "kind">): Unit => ({
  parent_id: null, gso_code: null, region: null, valid_from: null, valid_to: null,
  successor_ids: [], aliases: [], source_id: "s", line: null, note: null, ...u,
});

const places = new Places([
  unit({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia" }),
  unit({ unit_id: "soc-trang", name: "Sóc Trăng", kind: "tinh", parent_id: "viet-nam" }),
  unit({ unit_id: "soc-trang/vinh-chau", name: "Vĩnh Châu", kind: "thi_xa", parent_id: "soc-trang" }),
  unit({ unit_id: "soc-trang/vinh-chau/1", name: "1", kind: "phuong", parent_id: "soc-trang/vinh-chau" }),
]);

describe("placeParams", () => {
  it("gives every place but the country its tier segment in Vietnamese", () => {
    expect(placeParams({ places }, "vi").map((p) => [p.params.tier, p.params.id])).toEqual([["tinh", "soc-trang"], ["huyen", "soc-trang/vinh-chau"], ["xa", "soc-trang/vinh-chau/1"]]);
  });
  it("and in English, under /en/", () => {
    expect(placeParams({ places }, "en").map((p) => p.params.tier)).toEqual(["province", "district", "commune"]);
  });
});
