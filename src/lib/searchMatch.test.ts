import { describe, expect, it } from "vitest";
import { exactMatch, foldQuery, namedInside, splitNames, successorName } from "./searchMatch";

const vinhChau = { href: "/huyen/soc-trang/vinh-chau/", names: splitNames("Vĩnh Châu · Thị xã Vĩnh Châu · Vinh Chau · Thi xa Vinh Chau") };
const thaiNguyen = { href: "/tinh/thai-nguyen-2025/", names: splitNames("Thái Nguyên · Tỉnh Thái Nguyên · Thai Nguyen") };
const hcm = { href: "/tinh/tp-ho-chi-minh-2025/", names: splitNames("Hồ Chí Minh · TP.HCM · TP HCM · TPHCM · Sài Gòn") };
const hauGiang = { href: "/tinh/hau-giang/", names: ["Hậu Giang"], lineage: ["sáp nhập vào Cần Thơ"] };

describe("foldQuery", () => {
  it.each([
    ["Đà Nẵng", "da nang"],
    ["  TP.HCM ", "tp hcm"],
    ["Quận 1", "quan 1"],
  ])("foldQuery(%j) is %j", (text, folded) => expect(foldQuery(text)).toBe(folded));
});

describe("exactMatch", () => {
  it("finds the place whose name is the query, typed without diacritics", () => {
    expect(exactMatch("vinh chau", [thaiNguyen, vinhChau])).toBe(vinhChau);
    expect(exactMatch("Thị xã Vĩnh Châu", [vinhChau])).toBe(vinhChau);
    expect(exactMatch("tp.hcm", [hcm])).toBe(hcm);
  });
  it("is null when the first results only look alike ('thu duc' is not Thái Nguyên, 'quan 1' not Quảng Trị)", () => {
    expect(exactMatch("thu duc", [thaiNguyen, vinhChau])).toBeNull();
    expect(exactMatch("quan 1", [thaiNguyen, hcm])).toBeNull();
    expect(exactMatch("   ", [vinhChau])).toBeNull();
  });
});

describe("namedInside", () => {
  it("suggests a place a longer query names ('quan 1 tp hcm' -> TP.HCM)", () => {
    expect(namedInside("quan 1 tp hcm", [thaiNguyen, hcm])).toEqual([hcm]);
  });
  it("matches whole words only, and never the exact query itself", () => {
    expect(namedInside("thai nguyenx", [thaiNguyen])).toEqual([]);
    expect(namedInside("thai nguyen", [thaiNguyen])).toEqual([]);
  });
});

describe("successorName", () => {
  it("reads the unit a place merged into from its lineage", () => {
    expect(successorName(hauGiang)).toBe("Cần Thơ");
    expect(successorName(vinhChau)).toBeNull();
  });
});
