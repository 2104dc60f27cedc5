import { describe, expect, it } from "vitest";
import { displayIssuer, displayTitle, reportFacts, titleText } from "./sourceDisplay";

describe("displayIssuer", () => {
  it.each([
    ["Sơn La external information portal", "Cổng thông tin đối ngoại Sơn La"],
    ["Hưng Yên portal", "Cổng thông tin điện tử Hưng Yên"],
    ["Cổng TTĐT Quảng Ngãi", "Cổng TTĐT Quảng Ngãi"],
    ["UBND thị xã Vĩnh Châu", "UBND thị xã Vĩnh Châu"],
  ])("displayIssuer(%j) is %j", (issuer, shown) => expect(displayIssuer(issuer)).toBe(shown));
  it("keeps the issuer as recorded (in English) for the English edition", () => {
    expect(displayIssuer("Hưng Yên portal", "en")).toBe("Hưng Yên portal");
  });
});

describe("displayTitle", () => {
  it("drops the issuer the research appended to a Vietnamese title", () => {
    expect(displayTitle({ issuer: "Cổng TTĐT Ninh Thuận", title: "Kết quả Chỉ số SIPAS 2021 của tỉnh Ninh Thuận (Cổng TTĐT Ninh Thuận)" }))
      .toEqual({ text: "Kết quả Chỉ số SIPAS 2021 của tỉnh Ninh Thuận", lang: "vi" });
  });

  it("marks an English page as English, and titleText says so in Vietnamese", () => {
    const source = { issuer: "Sơn La external information portal", title: "Improving the administrative reform index (Sơn La external information portal, English)" };
    expect(displayTitle(source)).toEqual({ text: "Improving the administrative reform index", lang: "en" });
    expect(titleText(source)).toBe("Improving the administrative reform index (bài tiếng Anh)");
  });

  it("keeps a title without the suffix as it is", () => {
    expect(displayTitle({ issuer: "UBND huyện Tây Sơn", title: "Báo cáo (năm 2021)" })).toEqual({ text: "Báo cáo (năm 2021)", lang: "vi" });
  });
});

describe("reportFacts", () => {
  const base = { issuer: "UBND thị xã Vĩnh Châu", doc_number: null, issued_date: null };

  it("reads an unsigned draft, its blank number and its recipient", () => {
    const facts = reportFacts({ ...base, note: 'Unsigned draft: number and day left blank ("Số: /BC-UBND"); addressed to Sở Nội vụ tỉnh Sóc Trăng' });
    expect(facts).toMatchObject({ status: "draft", number: "để trống trong văn bản", date: "không ghi ngày cụ thể", recipient: "Sở Nội vụ tỉnh Sóc Trăng" });
    expect(facts.statusText).toBe("Dự thảo, chưa ký (số và ngày còn để trống)");
    expect(facts.obtain).toContain("Hỏi UBND thị xã Vĩnh Châu hoặc Sở Nội vụ tỉnh Sóc Trăng (nơi nhận báo cáo)");
  });

  it("names the signer and a digital signature, and the date when given", () => {
    const facts = reportFacts({ ...base, issued_date: "2020-12-05", note: "issued_date taken from the digital-signature timestamp 05.12.2020 (line 553); signed by Phó Chủ tịch Võ Thị Tuyết Nhung; addressed to Phòng CCHC" });
    expect(facts.statusText).toBe("Đã ký (Phó Chủ tịch Võ Thị Tuyết Nhung, chữ ký số)");
    expect(facts.date).toBe("5/12/2020");
    expect(facts.recipient).toBe("Phòng CCHC");
  });

  it("reads a recipient with a comma in it, and a report sent to a ministry", () => {
    expect(reportFacts({ ...base, note: "signed by Phó Chủ tịch X; addressed to Phòng CCHC&TCPCP, Sở Nội vụ Kiên Giang" }).recipient).toBe("Phòng CCHC&TCPCP, Sở Nội vụ Kiên Giang");
    expect(reportFacts({ ...base, note: "Six-month (H1 2020) report to Bộ Nội vụ; no document number or issue date in the text" }).recipient).toBe("Bộ Nội vụ");
  });

  it("says when it is not known whether the report was signed", () => {
    expect(reportFacts({ ...base, note: "no document number or date in the text" })).toMatchObject({ status: "unknown", number: "để trống trong văn bản" });
    expect(reportFacts({ ...base, doc_number: "12/BC-UBND", note: null }).number).toBe("12/BC-UBND");
  });
});
