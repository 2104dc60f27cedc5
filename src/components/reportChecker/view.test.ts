import { describe, expect, it } from "vitest";
import type { Candidate } from "../../extract/types";
import { MESSAGES } from "../../i18n/messages";
import { candidateRow, checkText, excerptOf, formatCandidateValue, markSegments, measureText } from "./view";
import { pickWords, sayIn } from "./words";

// The words each page hands its script, as the build picks them.
const vi = sayIn(pickWords(MESSAGES.vi), "vi");
const en = sayIn(pickWords(MESSAGES.en), "en");

function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    dataset: "dossiers", measure: "received", level: "district", value: 12345, value_unit: "count", denominator: null,
    unit_id: "x/hoa-lac", unknown_place: null, period_start: "2024-01-01", period_end: "2024-12-31", year: null, assessor: null,
    line: 3, section: "I. KẾT QUẢ", quote: "đã tiếp nhận 12.345 hồ sơ", start: 10, end: 35, number_start: 23, number_end: 29, notes: [],
    ...over,
  };
}

describe("formatCandidateValue", () => {
  it.each<[Partial<Candidate>, string, string]>([
    [{ value: 12345, value_unit: "count" }, "12.345", "12,345"],
    [{ value: 99.58, value_unit: "percent" }, "99,58%", "99.58%"],
    [{ value: 100, value_unit: "percent" }, "100%", "100%"],
    [{ value: 87.602, value_unit: "score", measure: "score" }, "87,602 điểm", "87.602 points"],
    [{ value: 2, value_unit: "rank", measure: "rank" }, "thứ 2", "ranked 2"],
    [{ value: 18, value_unit: "rank", measure: "rank_of" }, "18", "18"],
  ])("%j -> %s / %s", (over, vietnamese, english) => {
    expect(formatCandidateValue(candidate(over), vi)).toBe(vietnamese);
    expect(formatCandidateValue(candidate(over), en)).toBe(english);
  });
});

describe("measureText", () => {
  it("labels dossier and online measures with the datasets' own labels", () => {
    expect(measureText(candidate({ measure: "resolved_on_time_incl_early_pct" }), vi)).toBe("Tỷ lệ đúng hạn (theo báo cáo)");
    expect(measureText(candidate({ measure: "resolved_on_time_incl_early_pct" }), en)).toMatch(/^[\x20-\x7e]+$/);
  });
  it("labels an index figure with who assessed it", () => {
    expect(measureText(candidate({ dataset: "par_index", measure: "score", assessor: "ministry" }), vi)).toBe("Điểm Chỉ số CCHC · Bộ Nội vụ đánh giá");
    expect(measureText(candidate({ dataset: "par_index", measure: "score", assessor: "ministry" }), en)).toBe("PAR INDEX score · assessed by the Ministry of Home Affairs");
    expect(measureText(candidate({ dataset: "satisfaction", measure: "value", assessor: "sipas" }), vi)).toBe("Chỉ số hài lòng · SIPAS (Bộ Nội vụ)");
  });
  it("falls back to the code for a measure the catalogue does not know", () => {
    expect(measureText(candidate({ measure: "brand_new" }), en)).toBe("brand_new");
  });
});

describe("candidateRow", () => {
  const names = (id: string) => (id === "x/hoa-lac" ? "huyện Hòa Lạc" : null);
  it("gives every cell as text: labels, Vietnamese number, place name, period", () => {
    expect(candidateRow(candidate({ notes: ["period from the title"] }), vi, names)).toEqual({
      line: 3, section: "I. KẾT QUẢ", dataset: "Hồ sơ thủ tục hành chính", measure: "Hồ sơ tiếp nhận", level: "Cấp huyện",
      value: "12.345", place: ["huyện Hòa Lạc"], period: "năm 2024", quote: "đã tiếp nhận 12.345 hồ sơ", notes: [{ pieces: ["period from the title"], english: true }],
    });
  });
  it("gives the same row in English: English labels and numbers, the place name, the quote and the section as the report has them", () => {
    expect(candidateRow(candidate({ notes: ["zero stated in words"] }), en, names)).toEqual({
      line: 3, section: "I. KẾT QUẢ", dataset: "Administrative applications (dossiers)", measure: "Applications received", level: "District level",
      value: "12,345", place: [{ vi: "huyện Hòa Lạc" }], period: "2024", quote: "đã tiếp nhận 12.345 hồ sơ", notes: [{ pieces: ["zero stated in words"], english: false }],
    });
  });
  it("gives the extractor's notes in Vietnamese where it knows them", () => {
    expect(candidateRow(candidate({ notes: ["zero stated in words"] }), vi, names).notes).toEqual([{ pieces: ["số 0 được nêu bằng chữ"], english: false }]);
  });
  it("names a place missing from the unit list, and says when no place or period is known", () => {
    const row = candidateRow(candidate({ unit_id: null, unknown_place: "xã Tân Mới", period_start: null, period_end: null }), vi, names);
    expect([row.place, row.period]).toEqual([["xã Tân Mới (chưa có trong danh sách đơn vị)"], "chưa rõ"]);
    expect(candidateRow(candidate({ unit_id: null }), vi, names).place).toEqual(["chưa rõ"]);
    const english = candidateRow(candidate({ unit_id: null, unknown_place: "xã Tân Mới", period_start: null, period_end: null, year: 2023 }), en, names);
    expect([english.place, english.period]).toEqual([[{ vi: "xã Tân Mới" }, " (not in the list of units)"], "2023"]);
  });
});

describe("checkText", () => {
  it("gives a check's sentence in the page's language, from the page's slice of the catalogue", () => {
    const check = { ok: false, grade: "contradiction", stated: 1000, computed: 1010, words: { code: "levels", measure: "received" } } as const;
    expect(checkText(check, vi)).toEqual(["Nguồn ghi hồ sơ tiếp nhận toàn địa bàn là 1.000, nhưng cộng các cấp được 1.010 (lệch -10)."]);
    expect(checkText(check, en)).toEqual(["The source states 1,000 applications received at all levels of government together, but the levels add up to 1,010 (10 more)."]);
  });
});

describe("excerptOf", () => {
  const text = ["BÁO CÁO", "", "Huyện tiếp nhận 120 hồ sơ, trễ hạn 2 hồ sơ.", "Ý kiến khác.", "", "", "Cuối.", "Đúng hạn 118 hồ sơ."].join("\n");
  it("keeps lines with figures and one line of context around each, skipping blank ones", () => {
    const { lines, omitted } = excerptOf(text, [{ line: 3, start: 7, end: 23 }, { line: 3, start: 26, end: 41 }, { line: 8, start: 0, end: 19 }]);
    expect(lines.map((l) => [l.line, l.hasFigure])).toEqual([[3, true], [4, false], [7, false], [8, true]]);
    expect(lines[0]?.marks).toEqual([[7, 23], [26, 41]]);
    expect(omitted).toBe(0);
  });
  it("merges overlapping quotes into one mark", () => {
    expect(excerptOf(text, [{ line: 3, start: 7, end: 23 }, { line: 3, start: 16, end: 30 }]).lines[0]?.marks).toEqual([[7, 30]]);
  });
  it("shows at most maxFigureLines lines with figures and counts the rest", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ line: i + 1, start: 0, end: 1 }));
    const { lines, omitted } = excerptOf("x\n".repeat(10), many, { maxFigureLines: 4, context: 0 });
    expect([lines.length, omitted]).toEqual([4, 6]);
  });
  it("cuts a very long line to a window around its first figure, shifting the marks", () => {
    const long = `${"a".repeat(5000)}tiếp nhận 120 hồ sơ${"b".repeat(5000)}`;
    const [line] = excerptOf(long, [{ line: 1, start: 5000, end: 5019 }], { maxChars: 200 }).lines;
    expect(line).toMatchObject({ cutStart: true, cutEnd: true, marks: [[80, 99]] });
    expect(line?.text).toHaveLength(200);
    expect(line?.text.slice(80, 99)).toBe("tiếp nhận 120 hồ sơ");
  });
});

describe("markSegments", () => {
  it("splits a line into plain and marked pieces", () => {
    expect(markSegments("đã nhận 120 hồ sơ.", [[3, 17]])).toEqual([
      { text: "đã ", marked: false }, { text: "nhận 120 hồ sơ", marked: true }, { text: ".", marked: false },
    ]);
    expect(markSegments("", [])).toEqual([{ text: "", marked: false }]);
  });
});
