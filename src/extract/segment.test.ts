import { describe, expect, it } from "vitest";
import { footnoteNumber, isHeading, lineAt, segmentReport } from "./segment";

describe("isHeading", () => {
  it.each([
    ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", true],
    ["2. Kết quả giải quyết thủ tục hành chính", true],
    ["#### **b) Về rà soát, đánh giá thủ tục hành chính**", true],
    ["Trong năm 2023, đã tiếp nhận 60.133 hồ sơ.", false],
  ])("isHeading(%j) is %s", (line, heading) => expect(isHeading(line)).toBe(heading));
});

describe("footnoteNumber", () => {
  it("reads superscript markers and flattened ones after a blank line", () => {
    expect(footnoteNumber("¹¹¹ Gồm: Phường 2 có 03 hồ sơ", false)).toBe("111");
    expect(footnoteNumber("163 Đạt 54,84% so với tổng số", true)).toBe("163");
    expect(footnoteNumber("163 hồ sơ đã nhận", true)).toBeNull();
  });
});

describe("segmentReport", () => {
  const text = [
    "II. KẾT QUẢ",
    "",
    "Bộ phận một cửa của huyện đã tiếp nhận 4.858 hồ sơ, đã giải quyết",
    "4.516 hồ sơ, còn 342 hồ sơ đang giải quyết.",
    "",
    "Cấp xã tiếp nhận 31.651 hồ sơ, đối với 267",
    "",
    "¹⁸ Gồm các lĩnh vực: hộ tịch, chứng thực.",
    "",
    "TTHC, trong đó: quy định mới 131 thủ tục.",
  ].join("\n");
  const paragraphs = segmentReport(text);
  it("joins wrapped lines and keeps each offset's line", () => {
    const p = paragraphs[1]!;
    expect(p.section).toBe("II. KẾT QUẢ");
    expect(lineAt(p, p.text.indexOf("4.516"))).toEqual({ line: 4, column: 0 });
  });
  it("joins a sentence cut by a page break and its footnotes", () => {
    const p = paragraphs.find((q) => q.text.includes("267"))!;
    expect(p.text).toContain("267 TTHC, trong đó");
    expect(lineAt(p, p.text.indexOf("131")).line).toBe(10);
    expect(paragraphs.find((q) => q.footnote === "18")).toBeDefined();
  });
});
