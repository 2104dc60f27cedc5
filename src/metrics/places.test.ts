import { describe, expect, it } from "vitest";
import type { Unit } from "../schemas/units";
import { Places } from "./places";

const unit = (unit_id: string, name: string, kind: Unit["kind"], parent_id: string | null, successor_ids: string[] = []): Unit =>
  ({ unit_id, name, kind, parent_id, successor_ids, aliases: [], valid_from: null, valid_to: null, region: null, gso_code: null, source_id: "s" }) as unknown as Unit;

const units = [
  unit("viet-nam", "Việt Nam", "quoc_gia", null),
  unit("soc-trang", "Sóc Trăng", "tinh", "viet-nam", ["can-tho-2025"]),
  unit("hau-giang", "Hậu Giang", "tinh", "viet-nam", ["can-tho-2025"]),
  unit("can-tho-2025", "Cần Thơ", "thanh_pho_truc_thuoc_tw", "viet-nam"),
  unit("soc-trang/vinh-chau", "Vĩnh Châu", "thi_xa", "soc-trang"),
  unit("soc-trang/my-xuyen", "Mỹ Xuyên", "huyen", "soc-trang"),
  unit("soc-trang/chau-thanh", "Châu Thành", "huyen", "soc-trang"),
];

describe("Places", () => {
  const places = new Places(units);

  it("childrenOf lists a unit's children by Vietnamese name, and nothing for a leaf", () => {
    expect(places.childrenOf("soc-trang").map((u) => u.name)).toEqual(["Châu Thành", "Mỹ Xuyên", "Vĩnh Châu"]);
    expect(places.childrenOf("soc-trang/my-xuyen")).toEqual([]);
  });

  it("predecessorsOf derives predecessors from successor_ids, in file order, optionally of one tier", () => {
    expect(places.predecessorsOf("can-tho-2025", "province").map((u) => u.unit_id)).toEqual(["soc-trang", "hau-giang"]);
    expect(places.predecessorsOf("can-tho-2025", "district")).toEqual([]);
  });

  it("ofTier sorts by name and answers the same list each time (computed once)", () => {
    expect(places.ofTier("province").map((u) => u.name)).toEqual(["Cần Thơ", "Hậu Giang", "Sóc Trăng"]);
    expect(places.ofTier("province")).toBe(places.ofTier("province"));
  });

  it("ancestorsOf and provinceOf walk up from a district", () => {
    expect(places.ancestorsOf("soc-trang/vinh-chau").map((u) => u.unit_id)).toEqual(["viet-nam", "soc-trang"]);
    expect(places.provinceOf("soc-trang/vinh-chau")?.unit_id).toBe("soc-trang");
  });

  it("keeps every child of a province with 20,000 communes (lists are appended to, never copied per insert)", () => {
    const many = [units[0]!, units[1]!, ...Array.from({ length: 20_000 }, (_, i) => unit(`soc-trang/x-${i}`, `Xã ${i}`, "xa", "soc-trang"))];
    const big = new Places(many);
    expect(big.childrenOf("soc-trang")).toHaveLength(20_000);
  });
});
