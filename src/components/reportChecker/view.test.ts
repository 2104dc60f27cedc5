import { describe, expect, it } from "vitest";
import type { Candidate } from "../../extract/types";
import { candidateRow, excerptOf, formatCandidateValue, markSegments, measureText, type CheckerLabels } from "./view";

const LABELS: CheckerLabels = {
  datasets: { dossiers: "Hồ sơ thủ tục hành chính", par_index: "Chỉ số cải cách hành chính (PAR INDEX)" },
  levels: { district: "Cấp huyện" },
  assessors: { ministry: "Bộ Nội vụ thẩm định" },
  surveys: { sipas: "SIPAS (Bộ Nội vụ)" },
};

function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    dataset: "dossiers", measure: "received", level: "district", value: 12345, value_unit: "count", denominator: null,
    unit_id: "x/hoa-lac", unknown_place: null, period_start: "2024-01-01", period_end: "2024-12-31", year: null, assessor: null,
    line: 3, section: "I. KẾT QUẢ", quote: "đã tiếp nhận 12.345 hồ sơ", start: 10, end: 35, number_start: 23, number_end: 29, notes: [],
    ...over,
  };
}

describe("formatCandidateValue", () => {
  it.each<[Partial<Candidate>, string]>([
    [{ value: 12345, value_unit: "count" }, "12.345"],
    [{ value: 99.58, value_unit: "percent" }, "99,58%"],
    [{ value: 100, value_unit: "percent" }, "100%"],
    [{ value: 87.602, value_unit: "score", measure: "score" }, "87,602 điểm"],
    [{ value: 2, value_unit: "rank", measure: "rank" }, "thứ 2"],
    [{ value: 18, value_unit: "rank", measure: "rank_of" }, "18"],
  ])("%j -> %s", (over, text) => {
    expect(formatCandidateValue(candidate(over))).toBe(text);
  });
});

describe("measureText", () => {
  it("labels dossier and online measures with the datasets' own Vietnamese labels", () => {
    expect(measureText(candidate({ measure: "resolved_on_time_incl_early_pct" }), LABELS)).toBe("Tỷ lệ đúng hạn (theo báo cáo)");
  });
  it("labels an index figure with who assessed it", () => {
    expect(measureText(candidate({ dataset: "par_index", measure: "score", assessor: "ministry" }), LABELS)).toBe("Điểm Chỉ số CCHC · Bộ Nội vụ thẩm định");
    expect(measureText(candidate({ dataset: "satisfaction", measure: "value", assessor: "sipas" }), LABELS)).toBe("Chỉ số hài lòng · SIPAS (Bộ Nội vụ)");
  });
});

describe("candidateRow", () => {
  const names = (id: string) => (id === "x/hoa-lac" ? "huyện Hòa Lạc" : null);
  it("gives every cell as text: labels, Vietnamese number, place name, period", () => {
    expect(candidateRow(candidate({ notes: ["period from the title"] }), LABELS, names)).toEqual({
      line: 3, section: "I. KẾT QUẢ", dataset: "Hồ sơ thủ tục hành chính", measure: "Hồ sơ tiếp nhận", level: "Cấp huyện",
      value: "12.345", place: "huyện Hòa Lạc", period: "năm 2024", quote: "đã tiếp nhận 12.345 hồ sơ", notes: [{ text: "period from the title", english: true }],
    });
  });
  it("gives the extractor's notes in Vietnamese where it knows them", () => {
    expect(candidateRow(candidate({ notes: ["zero stated in words"] }), LABELS, names).notes).toEqual([{ text: "số 0 được nêu bằng chữ", english: false }]);
  });
  it("names a place missing from the unit list, and says when no place or period is known", () => {
    const row = candidateRow(candidate({ unit_id: null, unknown_place: "xã Tân Mới", period_start: null, period_end: null }), LABELS, names);
    expect([row.place, row.period]).toEqual(["xã Tân Mới (chưa có trong danh sách đơn vị)", "chưa rõ"]);
    expect(candidateRow(candidate({ unit_id: null }), LABELS, names).place).toBe("chưa rõ");
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
