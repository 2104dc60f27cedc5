import { describe, expect, it } from "vitest";
import { extractReport } from "../../extract/index";
import type { PlaceRecord } from "../../extract/types";
import { noteText } from "./noteText";

const places: PlaceRecord[] = [
  { unit_id: "t", name: "Bạc Liêu", kind: "tinh", parent_id: null, aliases: [], valid_from: null, valid_to: null },
  { unit_id: "t/h", name: "Hồng Dân", kind: "huyen", parent_id: "t", aliases: [], valid_from: null, valid_to: null },
  { unit_id: "t/h/x", name: "Ninh Quới", kind: "xa", parent_id: "t/h", aliases: [], valid_from: null, valid_to: null },
];
// Texts written to make the engine say each of its notes at least once.
const TEXTS = [
  "Năm 2024, huyện đã tiếp nhận 900 hồ sơ, đúng hạn 890 hồ sơ; không có hồ sơ trễ hạn. Đã ban hành 3 quyết định công bố.",
  "Chỉ số cải cách hành chính năm 2022 của huyện đạt 80,5/100 điểm; điểm khảo sát mức độ hài lòng đạt 92,1 điểm, 300/300 phiếu hài lòng, đạt 100%.",
  "Cấp huyện có 240 thủ tục đang áp dụng.\n\nĐến nay có 180/240 thủ tục cung cấp trực tuyến toàn trình.\n\nCác sở, ngành tỉnh và UBND cấp huyện đã rà soát 13 thủ tục.",
  "Đã giải quyết 50 hồ sơ trễ hạn¹.\n\n¹ Gồm: xã Ninh Quới có 12 hồ sơ; cấp xã có 20 hồ sơ, chiếm 0,5%.",
  "Bo phan tiep nhan cua huyen da tiep nhan la: 4000 hd so.",
  "UBND huyện Krông Pắc đã tiếp nhận 10 hồ sơ.",
];

describe("noteText", () => {
  it("gives every note and warning the engine writes a Vietnamese text", () => {
    const said = new Set<string>();
    for (const text of TEXTS) {
      const r = extractReport(text, { places, ...(text.includes("Krông") ? {} : { unitId: "t/h" }) });
      for (const c of r.candidates) c.notes.forEach((n) => said.add(n));
      r.warnings.forEach((w) => said.add(w));
    }
    expect(said.size).toBeGreaterThan(8);
    expect([...said].filter((n) => noteText(n) === null)).toEqual([]);
  });
  it("keeps the numbers and names of a note", () => {
    expect(noteText("level read from the denominator: 271 is the count of procedures in force at that level")).toBe("cấp suy từ mẫu số: 271 là số thủ tục đang áp dụng ở cấp đó");
    expect(noteText("place: Vĩnh Phước (soc-trang/vinh-chau/vinh-phuoc)")).toBe("đơn vị: Vĩnh Phước");
  });
});
