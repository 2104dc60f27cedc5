import { describe, expect, it } from "vitest";
import { extractReport } from "../../extract/index";
import type { PlaceRecord } from "../../extract/types";
import { MESSAGES } from "../../i18n/messages";
import { vietnameseLetters } from "../../i18n/letters";
import { noteCode, noteText } from "./noteText";
import { pickWords, plainText, sayIn } from "./words";

const vi = sayIn(pickWords(MESSAGES.vi), "vi");
const en = sayIn(pickWords(MESSAGES.en), "en");

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

/** Every note and warning the engine writes for TEXTS. */
function engineNotes(): string[] {
  const said = new Set<string>();
  for (const text of TEXTS) {
    const r = extractReport(text, { places, ...(text.includes("Krông") ? {} : { unitId: "t/h" }) });
    for (const c of r.candidates) c.notes.forEach((n) => said.add(n));
    r.warnings.forEach((w) => said.add(w));
  }
  return [...said];
}

describe("noteCode", () => {
  it("gives every note and warning the engine writes a message", () => {
    const said = engineNotes();
    expect(said.length).toBeGreaterThan(8);
    expect(said.filter((n) => noteCode(n) === null)).toEqual([]);
  });
});

describe("noteText", () => {
  it("keeps the numbers and names of a note", () => {
    expect(plainText(noteText("level read from the denominator: 271 is the count of procedures in force at that level", vi).pieces)).toBe("cấp suy từ mẫu số: 271 là số thủ tục đang áp dụng ở cấp đó");
    expect(plainText(noteText("place: Vĩnh Phước (soc-trang/vinh-chau/vinh-phuoc)", vi).pieces)).toBe("đơn vị: Vĩnh Phước");
    expect(plainText(noteText("level read from the denominator: 271 is the count of procedures in force at that level", en).pieces)).toBe("level inferred from the denominator: 271 is the number of procedures in force at that level");
  });
  it("quotes the Vietnamese phrase a note is about, marked as Vietnamese only on the English page", () => {
    const note = "\"đúng hạn\" with no separate early count: read as on time including early";
    expect(noteText(note, vi).pieces).toEqual(["“đúng hạn” không tách riêng trước hạn: hiểu là gồm cả trước hạn"]);
    expect(noteText(note, en).pieces).toEqual(["“", { vi: "đúng hạn" }, "” (on time) with no separate count of early ones: read as on time including early"]);
  });
  it("marks a place name on the English page, so its letters are read as Vietnamese", () => {
    expect(noteText("place: Vĩnh Phước (soc-trang/vinh-chau/vinh-phuoc)", en).pieces).toEqual(["unit: ", { vi: "Vĩnh Phước" }]);
  });
  it("says every note of the engine in English with no Vietnamese letter outside the marked pieces", () => {
    for (const note of engineNotes()) {
      const plain = noteText(note, en).pieces.filter((p): p is string => typeof p === "string").join("");
      expect(vietnameseLetters(plain), `${note} -> ${plain}`).toEqual([]);
    }
  });
  it("shows a note it does not know as the engine wrote it, in English", () => {
    expect(noteText("period from the title", vi)).toEqual({ pieces: ["period from the title"], english: true });
  });
});
