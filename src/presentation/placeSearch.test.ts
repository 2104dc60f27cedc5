import { describe, expect, it } from "vitest";
import { mergedCommunes, places, unit } from "../metrics/searchFixtures";
import { placeSearch, validityText } from "./placeSearch";


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
  const merged = mergedCommunes;

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
