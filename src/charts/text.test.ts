import { describe, expect, it } from "vitest";
import { FONT, fitAnchor, labelExtent, textWidth, truncateToWidth, wrapText } from "./text";

describe("textWidth", () => {
  it("errs wide of DejaVu Sans, the broadest usual fallback (measured: 0,56 em a character here)", () => {
    expect(textWidth("Đúng hạn hoặc trước hạn 99,35%", FONT.small)).toBeGreaterThanOrEqual(0.56 * 11 * 30);
  });
  it("counts digits and capitals wider than spaces and commas", () => {
    expect(textWidth("88")).toBeGreaterThan(textWidth(", "));
    expect(textWidth("ĐN")).toBeGreaterThan(textWidth("đn"));
  });
  it("makes bold text wider", () => expect(textWidth("Sóc Trăng", 13, true)).toBeGreaterThan(textWidth("Sóc Trăng", 13)));
});

describe("wrapText", () => {
  const label = "Toàn địa bàn (các cấp cộng lại) · 1/1/2023 – 15/12/2023";
  it("keeps a short text on one line", () => expect(wrapText("Cấp xã", 284)).toEqual(["Cấp xã"]));
  it("breaks at spaces into lines that fit", () => {
    const lines = wrapText(label, 200, FONT.base, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(label);
    for (const line of lines) expect(textWidth(line, FONT.base, true)).toBeLessThanOrEqual(200);
  });
  it("shortens the last allowed line with an ellipsis", () => {
    const lines = wrapText(label, 120, FONT.base, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(120);
  });
});

describe("wrapText measures each word once", () => {
  /** The rule as first written: measure the whole candidate line for every word. */
  const remeasured = (text: string, width: number, size: number, bold: boolean) => {
    const lines: string[] = [];
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const last = lines[lines.length - 1];
      if (last !== undefined && textWidth(`${last} ${word}`, size, bold) <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  };
  const texts = [
    "Mỗi thanh là 100% số hồ sơ đã giải quyết, cùng mẫu số với tỷ lệ đúng hạn ở các ô số liệu; hồ sơ đang giải quyết ghi riêng, ngoài thanh.",
    "Số liệu do Bộ Nội vụ công bố, theo: Cổng thông tin điện tử Chính phủ. Biểu đồ: CCHC Mở, /tinh/soc-trang/",
    "Toàn địa bàn (các cấp cộng lại) · 1/1/2023 – 15/12/2023",
  ];
  it.each(texts.flatMap((t) => [180, 276.5, 300, 504].flatMap((w) => [[t, w, FONT.base, false], [t, w, FONT.small, true]] as const)))(
    "breaks %j at %d px (size %d, bold %s) exactly where re-measuring the line would",
    (text, width, size, bold) => expect(wrapText(text, width, size, bold)).toEqual(remeasured(text, width, size, bold)),
  );
});

describe("truncateToWidth", () => {
  it("keeps text that fits", () => expect(truncateToWidth("Sóc Trăng", 200)).toBe("Sóc Trăng"));
  it("cuts text that does not, with an ellipsis", () => expect(truncateToWidth("2.2. Đánh giá của cán bộ lãnh đạo, quản lý", 100)).toMatch(/^2\.2\. Đánh.*…$/));
});

describe("fitAnchor", () => {
  it.each([
    [150, 100, { x: 150, anchor: "middle" }],
    [20, 100, { x: 0, anchor: "start" }],
    [280, 100, { x: 300, anchor: "end" }],
  ] as const)("a %i px label of width %i in [0, 300] is placed at %o", (x, w, expected) => {
    expect(fitAnchor(x, w, 0, 300)).toEqual(expected);
    const [a, b] = labelExtent(expected.x, w, expected.anchor);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(300);
  });
});
