import { describe, expect, it } from "vitest";
import { citeText, citeTitle, sourceNames, sourceShortName } from "./cite";

const report = { source_id: "bc-tay-son-2021", kind: "report", issuer: "UBND huyện Tây Sơn", title: "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021", period_start: "2021-01-01", period_end: "2021-12-31" } as const;
const web = { source_id: "web-0e6fd0c593", kind: "web", issuer: "Báo Quảng Nam", title: "Quảng Nam tụt 20 bậc chỉ số cải cách hành chính (Báo Quảng Nam)", period_start: null, period_end: null } as const;

describe("sourceShortName", () => {
  it.each([
    [report, "Báo cáo CCHC năm 2021 của UBND huyện Tây Sơn"],
    [{ ...report, issuer: "UBND thị xã Vĩnh Châu", period_start: "2023-01-01", period_end: "2023-12-15" }, "Báo cáo CCHC năm 2023 của UBND thị xã Vĩnh Châu"],
    [{ ...report, issuer: "UBND tỉnh Sóc Trăng", period_start: "2020-01-01", period_end: "2020-06-30" }, "Báo cáo CCHC 6 tháng đầu năm 2020 của UBND tỉnh Sóc Trăng"],
    [{ ...report, period_start: null, period_end: null }, "Báo cáo CCHC của UBND huyện Tây Sơn"],
    [web, "Báo Quảng Nam"],
    [{ ...web, kind: "legal", issuer: "Quốc hội", title: "Nghị quyết 202/2025/QH15" }, "Nghị quyết 202/2025/QH15"],
  ] as const)("sourceShortName(%o) is %s", (source, name) => {
    expect(sourceShortName(source)).toBe(name);
  });
});

describe("citeTitle", () => {
  const names = sourceNames([{ row: report }, { row: web }]);

  it("names the source, the line and the section", () => {
    expect(citeTitle({ source_id: "bc-tay-son-2021", line: 15, section: "P1.I Chỉ số CCHC huyện" }, names)).toBe("Nguồn: Báo cáo CCHC năm 2021 của UBND huyện Tây Sơn, dòng 15, mục P1.I Chỉ số CCHC huyện");
  });

  it("names a web page by its outlet, without a line", () => {
    expect(citeTitle({ source_id: "web-0e6fd0c593", line: null }, names)).toBe("Nguồn: Báo Quảng Nam");
  });

  it("falls back to the source id when the name is not known", () => {
    expect(citeTitle({ source_id: "bc-khac", line: 3 }, names)).toBe("Nguồn: bc-khac, dòng 3");
  });

  it("builds the lookup once per sources table", () => {
    const rows = [{ row: report }];
    expect(sourceNames(rows)).toBe(sourceNames(rows));
  });
});

describe("in English", () => {
  it.each([
    [report, "administrative reform report of UBND huyện Tây Sơn, 2021"],
    [{ ...report, period_start: "2020-01-01", period_end: "2020-06-30" }, "administrative reform report of UBND huyện Tây Sơn, first half of 2020"],
    [{ ...report, period_start: null, period_end: null }, "administrative reform report of UBND huyện Tây Sơn"],
    [web, "Báo Quảng Nam"],
  ] as const)("sourceShortName(%o, 'en') is %s (the issuer named as the report names itself)", (source, name) => {
    expect(sourceShortName(source, "en")).toBe(name);
  });

  it("citeTitle names the source, the line (never grouped) and the section", () => {
    const names = sourceNames([{ row: report }], "en");
    expect(citeTitle({ source_id: "bc-tay-son-2021", line: 1204, section: "P1.I" }, names, "en")).toBe("Source: administrative reform report of UBND huyện Tây Sơn, 2021, line 1204, section P1.I");
    expect(citeText({ source_id: "x", line: null }, "en")).toBe("source page");
  });

  it("keeps one lookup per language", () => {
    const rows = [{ row: report }];
    expect(sourceNames(rows, "en").get("bc-tay-son-2021")).not.toBe(sourceNames(rows).get("bc-tay-son-2021"));
  });
});
