import { describe, expect, it } from "vitest";
import { PlaceResolver } from "./places";
import { foldForMatch } from "./fold";
import type { PlaceRecord } from "./types";

const unit = (unit_id: string, name: string, kind: string, parent_id: string | null, aliases: string[] = []): PlaceRecord =>
  ({ unit_id, name, kind, parent_id, aliases, valid_from: null, valid_to: null });
const resolver = new PlaceResolver([
  unit("tinh-a", "Sóc Trăng", "tinh", null),
  unit("tinh-a/vinh-chau", "Vĩnh Châu", "thi_xa", "tinh-a", ["TX Vĩnh Châu"]),
  unit("tinh-a/vinh-chau/phuong-2", "2", "phuong", "tinh-a/vinh-chau"),
  unit("tinh-a/vinh-chau/vinh-phuoc", "Vĩnh Phước", "phuong", "tinh-a/vinh-chau"),
  unit("tinh-b/vinh-phuoc", "Vĩnh Phước", "xa", "tinh-b"),
]);

describe("PlaceResolver", () => {
  it("finds names with or without diacritics, by kind", () => {
    expect(resolver.resolve("Vinh Chau").map((u) => u.unit_id)).toEqual(["tinh-a/vinh-chau"]);
    expect(resolver.resolve("vĩnh châu", ["tinh"])).toEqual([]);
  });
  it("prefers a place inside the report's own unit", () => {
    expect(resolver.resolve("Vĩnh Phước", undefined, "tinh-a/vinh-chau")[0]?.unit_id).toBe("tinh-a/vinh-chau/vinh-phuoc");
  });
  it("tolerates one wrong letter of OCR in long names", () => {
    expect(resolver.resolveFuzzy("Vinh Chqu")[0]?.unit_id).toBe("tinh-a/vinh-chau");
  });
  it("reads places named in a text: kind word + name, and bare names inside the report's unit", () => {
    const text = foldForMatch("Gồm: Phường 2 có 03 hồ sơ; Vĩnh Phước: 15 hồ sơ; thị xã Vĩnh Châu");
    expect(resolver.mentions(text, "tinh-a/vinh-chau").map((m) => m.unit?.unit_id)).toEqual([
      "tinh-a/vinh-chau/phuong-2", "tinh-a/vinh-chau/vinh-phuoc", "tinh-a/vinh-chau",
    ]);
  });
});
