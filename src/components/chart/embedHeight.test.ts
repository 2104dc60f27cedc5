import { describe, expect, it } from "vitest";
import { embedHeight, embedPageHeight, type EmbedParts } from "./embedHeight";

const parts: EmbedParts = {
  heading: "Hồ sơ được giải quyết đúng hạn, trễ hạn và đang giải quyết",
  wide: { width: 480, height: 300 },
  narrow: { width: 300, height: 420 },
  note: "Mỗi thanh là 100% số hồ sơ được vẽ (đã giải quyết cộng đang giải quyết khi nguồn có).",
  cite: "Nguồn: UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023. Biểu đồ: CCHC Mở, https://cchc-mo.invalid/huyen/soc-trang/vinh-chau/",
  maxWidth: 528,
};

describe("embedPageHeight", () => {
  it("wraps the text to more lines in a narrower iframe", () => {
    const flat = { ...parts, narrow: null, wide: { width: 480, height: 0 } };
    expect(embedPageHeight(flat, 300)).toBeGreaterThan(embedPageHeight(flat, 528));
  });
  it("draws the narrow layout below the switch and the wide one above it", () => {
    expect(embedPageHeight(parts, 300)).toBeGreaterThan(embedPageHeight({ ...parts, narrow: null }, 300) + 100);
    expect(embedPageHeight(parts, 528)).toBe(embedPageHeight({ ...parts, narrow: null }, 528));
  });
});

describe("embedPageHeight with a link to the whole", () => {
  it("adds the link's paragraph under the note", () => {
    const more = "Xem bảng xếp hạng đầy đủ 27 tỉnh, thành phố (PAR INDEX 2023)";
    expect(embedPageHeight({ ...parts, more }, 300)).toBeGreaterThan(embedPageHeight(parts, 300) + 2 * 15);
  });
});

describe("embedHeight", () => {
  it("covers the tallest page from 300 px to the iframe's max-width, in whole 10 px", () => {
    const height = embedHeight(parts);
    for (let w = 300; w <= 528; w++) expect(height).toBeGreaterThan(embedPageHeight(parts, w));
    expect(height % 10).toBe(0);
  });
  it("lets a tile map grow past its own width up to its max-width", () => {
    const map = { ...parts, narrow: null, wide: { width: 301, height: 903 }, maxWidth: 349 };
    expect(embedHeight({ ...map, wide: { ...map.wide, maxWidth: 400 } })).toBeGreaterThan(embedHeight(map));
  });
});
