import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatPeriod, sharedDigits } from "./format";
import { foldVietnamese, toSlug } from "./slug";

describe("formatNumber", () => {
  it.each([
    [7927, "7.927"],
    [39578, "39.578"],
    [72.63, "72,63"],
    [0, "0"],
  ])("formatNumber(%s) is %s", (value, text) => expect(formatNumber(value)).toBe(text));
  it("shows a gap, never 0, for a missing value", () => {
    expect(formatNumber(null)).toBe("chưa có số liệu");
  });
});

describe("sharedDigits", () => {
  it("is 2 when any value has decimals, so 81,7 prints as 81,70 beside 81,87", () => {
    expect(sharedDigits([81.7, 81.87, null])).toBe(2);
    expect(formatNumber(81.7, sharedDigits([81.7, 81.87]))).toBe("81,70");
  });
  it("is 0 for whole numbers only", () => expect(sharedDigits([85, 91, null])).toBe(0));
});

describe("formatPercent", () => {
  it("formatPercent(84.11) is 84,11%", () => expect(formatPercent(84.11)).toBe("84,11%"));
  it("keeps the requested digits", () => expect(formatPercent(0.1, 2)).toBe("0,10%"));
});

describe("formatPeriod", () => {
  it.each([
    ["2021-01-01", "2021-12-31", "năm 2021"],
    ["2020-01-01", "2020-06-30", "6 tháng đầu năm 2020"],
    ["2023-01-01", "2023-12-15", "1/1/2023 – 15/12/2023"],
    [null, "2020-12-05", "tính đến 5/12/2020"],
  ])("formatPeriod(%s, %s) is %s", (start, end, text) => expect(formatPeriod(start, end)).toBe(text));
  it("formatDate('2025-06-30') is 30/6/2025", () => expect(formatDate("2025-06-30")).toBe("30/6/2025"));
});

describe("toSlug", () => {
  it.each([
    ["Mỹ Xuyên", "my-xuyen"],
    ["Đà Nẵng", "da-nang"],
    ["Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"],
    ["TP. Hồ Chí Minh", "tp-ho-chi-minh"],
  ])("toSlug(%s) is %s", (name, slug) => expect(toSlug(name)).toBe(slug));
  it("folds đ, which Unicode decomposition leaves alone", () => expect(foldVietnamese("Đắk Lắk")).toBe("Dak Lak"));
});
