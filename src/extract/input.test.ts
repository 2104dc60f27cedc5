import { describe, expect, it } from "vitest";
import { checkReportSize, checkReportText, MAX_REPORT_BYTES, normaliseReportText } from "./input";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));
const REPORT = "BÁO CÁO\nNăm 2024, huyện X đã tiếp nhận 12.345 hồ sơ, đúng hạn đạt 99,58%.\n";

function refusal(input: Uint8Array, name = "bao-cao.txt") {
  const result = checkReportText(input, name);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("checkReportText accepts a report's text", () => {
  it("returns UTF-8 text unchanged", () => {
    expect(checkReportText(utf8(REPORT), "a.txt")).toEqual({ ok: true, text: REPORT });
  });

  it("drops a UTF-8 BOM", () => {
    expect(checkReportText(bytes([0xef, 0xbb, 0xbf], REPORT), "a.txt")).toEqual({ ok: true, text: REPORT });
  });

  it("decodes UTF-16 with a byte-order mark, little- or big-endian", () => {
    const le = [0xff, 0xfe, ...[...REPORT].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...REPORT].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])];
    expect(checkReportText(Uint8Array.from(le), "a.txt")).toEqual({ ok: true, text: REPORT });
    expect(checkReportText(Uint8Array.from(be), "a.txt")).toEqual({ ok: true, text: REPORT });
  });

  it("keeps the file's line numbering: CRLF and lone CR each end one line", () => {
    const result = checkReportText(utf8("dòng 1\r\ndòng 2\rdòng 3\n\ndòng 5"), "a.txt");
    expect(result.ok && result.text.split("\n")).toEqual(["dòng 1", "dòng 2", "dòng 3", "", "dòng 5"]);
  });

  it("composes decomposed letters (NFD from some editors) into NFC", () => {
    const nfd = "Ho\u0302\u0300 so\u031b\u0309 đu\u0301ng ha\u0323n";
    const result = checkReportText(utf8(nfd), "a.txt");
    expect(result.ok && result.text).toBe("Hồ sở đúng hạn");
  });

  it("accepts Vietnamese without diacritics, tabs, form feeds and a few footnote marks", () => {
    expect(checkReportText(utf8("Da tiep nhan 120 ho so\tdung han 100%\f\n"), "a.txt").ok).toBe(true);
    expect(checkReportText(utf8(`${REPORT.repeat(3)}Ghi chú¹: số liệu đến 15/12² · 30°C`), "a.txt").ok).toBe(true);
  });

  it("accepts text that merely mentions a tag", () => {
    expect(checkReportText(utf8("Cổng dịch vụ công dùng thẻ <b> để in đậm.\n" + REPORT), "a.txt").ok).toBe(true);
  });

  it("accepts a file of exactly 5 MB", () => {
    expect(checkReportText(new Uint8Array(MAX_REPORT_BYTES).fill(0x61), "a.txt").ok).toBe(true);
  });
});

describe("checkReportText refuses, with one line in English and one in Vietnamese", () => {
  const cases: [string, Uint8Array, string, string][] = [
    ["an empty file", new Uint8Array(0), "empty", "a.txt"],
    ["blank lines only", utf8(" \n\r\n\t \n"), "empty", "a.txt"],
    ["a PDF", bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "document", "bao-cao.pdf"],
    ["a .docx (ZIP)", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), "document", "bao-cao.docx"],
    ["an old .doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "document", "bao-cao.doc"],
    ["an RTF file", bytes("{\\rtf1\\ansi Bao cao}"), "document", "bao-cao.rtf"],
    ["a PNG image", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "binary", "anh.txt"],
    ["text with many control characters", bytes("abc", [1, 2, 3, 4, 5, 6], "def"), "binary", "a.txt"],
    ["UTF-16 without a BOM", Uint8Array.from([...REPORT].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])), "not_utf8", "a.txt"],
    ["an HTML page", utf8("<!DOCTYPE html>\n<html lang=vi><body><p>Đã tiếp nhận 12 hồ sơ</p></body></html>"), "html", "a.txt"],
    ["an HTML fragment without doctype", utf8("  <html><head></head><body>x</body></html>"), "html", "a.htm"],
    ["mostly tags", utf8(`<div class="a"><span>1</span><span>2</span></div>\n`.repeat(10)), "html", "a.txt"],
    ["Windows-1258 bytes (invalid UTF-8)", bytes("Th", [0xe0], "nh ph", [0xf4, 0xec], " H", [0xf4, 0xcc]), "not_utf8", "a.txt"],
    ["TCVN3 text read as Windows-1252 and saved as UTF-8", utf8("Thµnh phè Hå ChÝ Minh ®· tiÕp nhËn 12.345 hå s¬, ®óng h¹n ®¹t 99,58%. Trong ®ã tr­íc h¹n"), "not_utf8", "a.txt"],
    ["UTF-8 read as Windows-1252 and saved again", utf8("Ä‘Ã£ tiáº¿p nháº­n 12.345 há»“ sÆ¡, Ä‘Ãºng háº¡n Ä‘áº¡t 99,58%"), "not_utf8", "a.txt"],
  ];
  it.each(cases)("%s", (_, input, code, name) => {
    const result = refusal(input, name);
    expect(result.code).toBe(code);
    expect(result.message).not.toContain("\n");
    expect(result.messageVi).not.toContain("\n");
    expect(result.messageVi.length).toBeGreaterThan(10);
  });

  it("names the kind of document", () => {
    expect(refusal(bytes("%PDF-1.4"), "x.pdf").message).toContain("PDF");
    expect(refusal(bytes("%PDF-1.4"), "x.pdf").messageVi).toContain("tệp PDF");
  });

  it("refuses a 20 MB file by its size, before looking at its content", () => {
    const result = refusal(new Uint8Array(20 * 1024 * 1024));
    expect(result.code).toBe("too_large");
    expect(result.message).toContain("20.0 MB");
    expect(result.messageVi).toContain("20,0 MB");
  });
});

describe("checkReportSize", () => {
  it("lets 5 MB through and refuses one byte more, so callers can refuse before reading a file", () => {
    expect(checkReportSize(MAX_REPORT_BYTES)).toBeNull();
    expect(checkReportSize(MAX_REPORT_BYTES + 1)?.code).toBe("too_large");
  });
});

describe("normaliseReportText", () => {
  it("never adds or removes a line", () => {
    const text = "a\r\nb\rc\n\u2028d\n";
    expect(normaliseReportText(text).split("\n")).toHaveLength(5);
  });
});
