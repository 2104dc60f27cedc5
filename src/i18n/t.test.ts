import { describe, expect, it } from "vitest";
import { SITE_NAME } from "./locale";
import { t, tParts, translate } from "./t";

describe("t", () => {
  it("t('vi', 'nav.home') is Trang chủ; t('en', 'nav.home') is Home", () => {
    expect(t("vi", "nav.home")).toBe("Trang chủ");
    expect(t("en", "nav.home")).toBe("Home");
  });
  it.each([
    ["en", 1, "1 source"],
    ["en", 3, "3 sources"],
    ["en", 1234, "1,234 sources"],
    ["vi", 1, "1 nguồn"],
    ["vi", 1234, "1.234 nguồn"],
  ] as const)("t('%s', 'source.count', { count: %s }) is %s", (locale, count, text) => expect(t(locale, "source.count", { count })).toBe(text));
  it("fills {site} with the untranslated site name", () => {
    expect(t("en", "footer.about")).toMatch(new RegExp(`^${SITE_NAME} gathers`));
    expect(t("vi", "footer.about")).toMatch(new RegExp(`^${SITE_NAME} tổng hợp`));
  });
  it("translate() takes keys built at run time", () => expect(translate("en", "kind.thi_xa")).toBe("town"));
});

describe("tParts", () => {
  it("splits the licence sentence around its two links, as Base.astro's footer renders it today", () => {
    const pieces = tParts("vi", "footer.licence", { cite: t("vi", "cite.button") });
    expect(pieces).toEqual([
      "Dữ liệu phát hành theo giấy phép ",
      { slot: "licence" },
      ": được dùng lại khi ghi nguồn “CCHC Mở” kèm đường dẫn; mỗi biểu đồ và trang địa phương có nút “Trích dẫn”. ",
      { slot: "howToCite" },
      ".",
    ]);
  });
  it("gives English the same slots", () => {
    const slots = tParts("en", "footer.licence", { cite: t("en", "cite.button") }).filter((p) => typeof p !== "string");
    expect(slots).toEqual([{ slot: "licence" }, { slot: "howToCite" }]);
  });
});

describe("t's parameters (checked by npm run check:types)", () => {
  it("are required where the message has placeholders, and refused where it has none", () => {
    // @ts-expect-error "source.count" needs { count }
    expect(() => t("en", "source.count")).toThrow(/count/);
    // @ts-expect-error "source.count" has no {place}
    expect(t("en", "source.count", { count: 2, place: "x" })).toBe("2 sources");
    // @ts-expect-error "nav.home" takes no parameters
    expect(t("en", "nav.home", { year: 2023 })).toBe("Home");
  });
});
