import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatPeriod, missingText, MISSING_TEXT, sharedDigits, valueFormatter } from "./format";
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

describe("English formats (locale \"en\", en-GB)", () => {
  it.each([
    [7927, undefined, "7,927"],
    [39578, undefined, "39,578"],
    [72.63, undefined, "72.63"],
    [81.7, 2, "81.70"],
    [0, undefined, "0"],
  ])("formatNumber(%s, %s, 'en') is %s", (value, digits, text) => expect(formatNumber(value, digits, "en")).toBe(text));
  it("formatPercent(84.11, 2, 'en') is 84.11%", () => expect(formatPercent(84.11, 2, "en")).toBe("84.11%"));
  it.each([
    ["2021-01-01", "2021-12-31", "2021"],
    ["2020-01-01", "2020-06-30", "first half of 2020"],
    ["2023-01-01", "2023-06-30", "first half of 2023"],
    ["2023-01-01", "2023-12-15", "1 Jan 2023 – 15 Dec 2023"],
    [null, "2023-12-31", "as of 31 Dec 2023"],
  ])("formatPeriod(%s, %s, 'en') is %s", (start, end, text) => expect(formatPeriod(start, end, "en")).toBe(text));
  it.each([
    ["2023-12-31", "31 Dec 2023"],
    ["2025-06-30", "30 Jun 2025"],
    ["2024-09-01", "1 Sep 2024"],
  ])("formatDate(%s, 'en') is %s (months fixed, not ICU's 'Sept')", (iso, text) => expect(formatDate(iso, "en")).toBe(text));
  it("shows 'no data', never 0, for a missing value", () => {
    expect(formatNumber(null, undefined, "en")).toBe("no data");
    expect(formatPercent(undefined, 2, "en")).toBe("no data");
    expect(formatDate(null, "en")).toBe("no data");
    expect(missingText("en")).toBe("no data");
  });
  it("valueFormatter formats a whole chart in the locale", () => {
    expect(valueFormatter("percent", [84.11], "en")(84.11)).toBe("84.11%");
    expect(valueFormatter("number", [81.7, 81.87], "en")(81.7)).toBe("81.70");
  });
});

describe("the locale parameter is optional and Vietnamese by default", () => {
  // Existing call sites pass no locale; their output must not change by a byte.
  it.each([
    [formatNumber(7927), formatNumber(7927, undefined, "vi"), "7.927"],
    [formatPercent(84.11), formatPercent(84.11, 2, "vi"), "84,11%"],
    [formatDate("2023-12-31"), formatDate("2023-12-31", "vi"), "31/12/2023"],
    [formatPeriod(null, "2023-12-31"), formatPeriod(null, "2023-12-31", "vi"), "tính đến 31/12/2023"],
    [valueFormatter("number", [72.63])(72.63), valueFormatter("number", [72.63], "vi")(72.63), "72,63"],
  ])("%s", (implicit, explicit, text) => {
    expect(implicit).toBe(text);
    expect(explicit).toBe(text);
  });
  it("MISSING_TEXT stays the Vietnamese gap text", () => expect(MISSING_TEXT).toBe(missingText("vi")));
  it("keeps one number formatter per locale: a Vietnamese call after an English one is still Vietnamese", () => {
    expect(formatNumber(1234.5, 1, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, 1)).toBe("1.234,5");
  });
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
