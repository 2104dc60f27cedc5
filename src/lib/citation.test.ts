import { describe, expect, it } from "vitest";
import { citedSourceText, formatCitation, formatLines } from "./citation";
import type { Source } from "../schemas/sources";

const draft: Source = {
  source_id: "bc-vinh-chau-2023", kind: "report", issuer: "UBND thị xã Vĩnh Châu", title: "Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023",
  doc_number: null, issued_date: null, period_start: "2023-01-01", period_end: "2023-12-15", file: "004_x.txt", url: null,
  note: 'Unsigned draft: number and day left blank ("Số: /BC-UBND", "ngày tháng 12 năm 2023")',
};
const web: Source = {
  source_id: "web-34631d0c4c", kind: "web", issuer: "Sơn La external information portal", title: "Improving the administrative reform index (Sơn La external information portal, English)",
  doc_number: null, issued_date: null, period_start: null, period_end: null, file: null, url: "https://thongtindoingoai.sonla.gov.vn/en/x.html", note: null,
};

describe("formatLines", () => {
  it.each([
    [[375], "dòng 375"],
    [[377, 375, 376, 380, 380], "các dòng 375–377, 380"],
    [[1, 3, 5, 7, 9, 11, 13, 14], "các dòng 1, 3, 5, 7, 9, 11 và 2 dòng khác"],
  ])("formatLines(%j) is %j", (lines, text) => expect(formatLines(lines)).toBe(text));
});

describe("citedSourceText", () => {
  it("names a report by issuer and title, says it is an unsigned draft and gives the lines", () => {
    expect(citedSourceText({ source: draft, lines: [375, 376] })).toBe("UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, bản dự thảo chưa ký, các dòng 375–376");
  });

  it("names a web page by its outlet in Vietnamese and marks an English title", () => {
    expect(citedSourceText({ source: web, lines: [] })).toBe("Cổng thông tin đối ngoại Sơn La, “Improving the administrative reform index (bài tiếng Anh)”");
  });
});

describe("formatCitation", () => {
  it("gives publisher, title, figure, sources with lines, address, date read and data version", () => {
    expect(formatCitation({ title: "Thị xã Vĩnh Châu", figure: "biểu đồ “Hồ sơ”", sources: [{ source: draft, lines: [375] }], url: "https://cchc.vn/huyen/soc-trang/vinh-chau/", version: "0123456789", accessed: "9/5/2025" }))
      .toBe("CCHC Mở, “Thị xã Vĩnh Châu”, biểu đồ “Hồ sơ”. Nguồn số liệu: UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, bản dự thảo chưa ký, dòng 375. https://cchc.vn/huyen/soc-trang/vinh-chau/ (truy cập ngày 9/5/2025; phiên bản dữ liệu 0123456789).");
  });

  it("credits the first publisher, caps the sources and leaves the date for the reader without JavaScript", () => {
    const text = formatCitation({ title: "Xếp hạng", publisher: "Bộ Nội vụ", sources: Array.from({ length: 6 }, () => ({ source: web, lines: [] })), url: "/xep-hang/", version: "v" });
    expect(text).toContain("Số liệu do Bộ Nội vụ công bố, theo: Cổng thông tin đối ngoại Sơn La");
    expect(text).toContain("; và 2 nguồn khác.");
    expect(text).toContain("/xep-hang/ (truy cập ngày [ngày truy cập]; phiên bản dữ liệu v).");
  });
});

describe("the citation in English", () => {
  it("keeps issuer and title as the report gives them and says the rest in English", () => {
    expect(citedSourceText({ source: draft, lines: [375, 376] }, "en")).toBe("UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, unsigned draft, lines 375–376");
    expect(citedSourceText({ source: web, lines: [] }, "en")).toBe("Sơn La external information portal, “Improving the administrative reform index (Sơn La external information portal, English)”");
    expect(formatLines([1, 3, 5, 7, 9, 11, 13, 14], "en")).toBe("lines 1, 3, 5, 7, 9, 11 and 2 more lines");
  });

  it("leaves an English placeholder for the date read", () => {
    expect(formatCitation({ title: "Vĩnh Châu town", sources: [{ source: draft, lines: [375] }], url: "/en/district/soc-trang/vinh-chau/", version: "v", locale: "en" }))
      .toBe("CCHC Mở, “Vĩnh Châu town”. Sources of the figures: UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, unsigned draft, line 375. /en/district/soc-trang/vinh-chau/ (accessed [date accessed]; data version v).");
  });
});
