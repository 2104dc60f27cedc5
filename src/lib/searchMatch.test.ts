import { describe, expect, it } from "vitest";
import { exactMatch, foldQuery, formerUnitsNamed, MERGED_INTO, namedInside, splitNames, successorName, type ResultRecord } from "./searchMatch";
import { t } from "../i18n/t";

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

  it("reads it from an English page's lineage too, whose words are the catalogue's", () => {
    expect(successorName({ href: "/en/province/hau-giang/", names: ["Hậu Giang"], lineage: ["merged into Cần Thơ", "merged into Can Tho"] })).toBe("Cần Thơ");
    expect(MERGED_INTO).toEqual([t("vi", "place.search.mergedInto", { name: "" }), t("en", "place.search.mergedInto", { name: "" })]);
  });
});

describe("formerUnitsNamed", () => {
  const luongMy: ResultRecord = {
    url: "/xa/ha-noi/luong-my-2025/",
    meta: { title: "Xã Lương Mỹ", province: "thành phố Hà Nội" },
    anchors: [
      { element: "a", id: "tien-than/xa/ha-noi/van-hai/vinh-tay/", text: "xã Vĩnh Tây" },
      { element: "a", id: "tien-than/xa/ha-noi/van-hai/cam-hai/", text: "thị trấn Cẩm Hải" },
      { element: "h2", id: "chi-so", text: "Chỉ số" },
    ],
  };
  const successor = { title: "Xã Lương Mỹ", url: "/xa/ha-noi/luong-my-2025/", province: "thành phố Hà Nội" };

  it.each(["vinh tay", "Vĩnh Tây", "xã Vĩnh Tây", "xa vinh tay"])("'%s' finds xã Vĩnh Tây's own page through Lương Mỹ", (query) => {
    expect(formerUnitsNamed(query, [luongMy])).toEqual([{ name: "xã Vĩnh Tây", path: "/xa/ha-noi/van-hai/vinh-tay/", successor }]);
  });

  it("finds an old commune named the English way on an English page ('Vĩnh Tây commune')", () => {
    const english: ResultRecord = { url: "/en/commune/ha-noi/luong-my-2025/", meta: { title: "Lương Mỹ commune" }, anchors: [{ element: "a", id: "tien-than/en/commune/ha-noi/van-hai/vinh-tay/", text: "Vĩnh Tây commune" }] };
    expect(formerUnitsNamed("vinh tay", [english]).map((f) => f.path)).toEqual(["/en/commune/ha-noi/van-hai/vinh-tay/"]);
  });

  it.each(["tay", "vinh", "chi so", "luong my", ""])("'%s' names no former unit (whole names only, links only)", (query) => {
    expect(formerUnitsNamed(query, [luongMy])).toEqual([]);
  });

  it("finds a two-word kind and every successor that took over a unit of that name", () => {
    const other: ResultRecord = { url: "/xa/hue/cam-hai-2025/", meta: { title: "Phường Cẩm Hải" }, anchors: [{ element: "a", id: "tien-than/xa/hue/a/cam-hai/", text: "xã Cẩm Hải" }] };
    expect(formerUnitsNamed("cam hai", [luongMy, other]).map((f) => f.path)).toEqual(["/xa/ha-noi/van-hai/cam-hai/", "/xa/hue/a/cam-hai/"]);
  });
});
