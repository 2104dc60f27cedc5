import { describe, expect, it } from "vitest";
import type { CheckWords } from "../metrics/checks";
import type { CheckGrade } from "../metrics/grade";
import { checkText, gradeLabel } from "./checkText";

const check = (words: CheckWords, stated: number, computed: number, grade: CheckGrade = "contradiction") => ({ words, stated, computed, grade, ok: grade === "ok" });

// Each Vietnamese sentence is the one src/metrics/checks.ts wrote before checks returned codes (the built site's
// 83 real checks were also compared one by one, old sentence against new).
const CASES: [string, ReturnType<typeof check>, string, string][] = [
  ["a total equal to its parts", check({ code: "sum", total: "resolved", parts: ["resolved_on_time_incl_early", "resolved_late"] }, 7836, 7836, "ok"),
    "Hồ sơ đã giải quyết 7.836 bằng tổng các phần (giải quyết đúng hạn (gồm cả trước hạn) + giải quyết trễ hạn).",
    "Applications resolved: 7,836, equal to the sum of its parts (resolved on time (including before the deadline) + resolved late)."],
  ["parts that exceed their total", check({ code: "sum", total: "received", parts: ["received_online", "received_in_person"] }, 39475, 39480),
    "Nguồn ghi hồ sơ tiếp nhận là 39.475, nhưng cộng hồ sơ tiếp nhận trực tuyến + hồ sơ tiếp nhận trực tiếp được 39.480 (lệch -5).",
    "The source states 39,475 applications received, but its parts (applications received online + applications received in person) add up to 39,480 (5 more)."],
  ["parts short of their total", check({ code: "sum", total: "received", parts: ["resolved", "pending"] }, 21690, 21686),
    "Nguồn ghi hồ sơ tiếp nhận là 21.690, nhưng cộng hồ sơ đã giải quyết + hồ sơ đang giải quyết được 21.686 (lệch 4).",
    "The source states 21,690 applications received, but its parts (applications resolved + applications still being processed) add up to 21,686 (4 fewer)."],
  ["a part not given", check({ code: "missing", total: "received", given: ["resolved"], absent: ["pending"] }, 100, 90, "missing"),
    "Nguồn ghi hồ sơ tiếp nhận là 100, hồ sơ đã giải quyết được 90, nhưng không nêu hồ sơ đang giải quyết (còn 10 chưa rõ).",
    "The source states 100 applications received; applications resolved make 90, but it does not give applications still being processed (10 unaccounted for)."],
  ["given parts already over the total", check({ code: "missing", total: "received", given: ["resolved"], absent: ["pending"] }, 100, 120),
    "Nguồn ghi hồ sơ tiếp nhận là 100, nhưng riêng hồ sơ đã giải quyết đã là 120 (vượt 20).",
    "The source states 100 applications received, but applications resolved alone already make 120 (20 more than the total)."],
  ["levels that add up", check({ code: "levels", measure: "received" }, 39578, 39578, "ok"),
    "Hồ sơ tiếp nhận toàn địa bàn 39.578 bằng tổng các cấp.",
    "Applications received at all levels of government together: 39,578, equal to the sum of the levels."],
  ["levels that do not", check({ code: "levels", measure: "received" }, 1000, 1010),
    "Nguồn ghi hồ sơ tiếp nhận toàn địa bàn là 1.000, nhưng cộng các cấp được 1.010 (lệch -10).",
    "The source states 1,000 applications received at all levels of government together, but the levels add up to 1,010 (10 more)."],
  ["a share that matches", check({ code: "percent", measure: "resolved_on_time_incl_early_pct", numerator: 34593, denominator: 34640, base: "resolved", others: null }, 99.86, 99.864, "ok"),
    "Tỷ lệ 99,86% khớp với 34.593/34.640.", "The share 99.86% matches 34,593/34,640."],
  ["a share off by rounding, printed with the digits that show it", check({ code: "percent", measure: "resolved_on_time_incl_early_pct", numerator: 4455, denominator: 4516, base: "resolved", others: null }, 98.7, (4455 / 4516) * 100, "rounding"),
    "Nguồn ghi tỷ lệ đúng hạn là 98,7%; 4.455 / 4.516 (hồ sơ đã giải quyết) cho 98,649%: lệch dưới một đơn vị ở chữ số cuối, do cách làm tròn (cắt bớt chữ số hoặc làm tròn hai lần).",
    "The source states the on-time share as 98.7%; 4,455 of 4,516 (applications resolved) gives 98.649%: less than one unit of the last printed digit apart, a matter of rounding (digits cut off, or rounded twice)."],
  ["a share that contradicts its counts", check({ code: "percent", measure: "resolved_late_pct", numerator: 62, denominator: 59802, base: "resolved", others: null }, 0.01, (62 / 59802) * 100),
    "Nguồn ghi tỷ lệ trễ hạn là 0,01%, nhưng 62 / 59.802 (hồ sơ đã giải quyết) cho 0,10%.",
    "The source states the share resolved late as 0.01%, but 62 of 59,802 (applications resolved) gives 0.10%."],
  ["a share printed as 100% minus the other", check({ code: "percent", measure: "received_in_person_pct", numerator: 13535, denominator: 39475, base: "received", others: [65.73] }, 34.27, (13535 / 39475) * 100, "rounding"),
    "Nguồn ghi tỷ lệ hồ sơ trực tiếp là 34,27%, bằng 100% trừ 65,73% (tỷ lệ các phần còn lại); tính trực tiếp 13.535 / 39.475 (hồ sơ tiếp nhận) cho 34,29%, vì các số đếm không cộng đúng tổng.",
    "The source states the share of applications made in person as 34.27%, which is 100% minus 65.73% (the shares of the other parts); computed directly, 13,535 of 39,475 (applications received) gives 34.29%, because the counts do not add up to the total."],
  ["two values for one figure, lines as printed", check({ code: "conflict", measure: "resolved_late", percent: false, lines: [375, 1705] }, 34, 30),
    "Cùng một nguồn ghi hai số khác nhau cho giải quyết trễ hạn: 34 (dòng 375) và 30 (dòng 1705).",
    "The same source gives two different figures for resolved late: 34 (line 375) and 30 (line 1705)."],
  ["two shares, a line unknown", check({ code: "conflict", measure: "resolved_late_pct", percent: true, lines: [375, null] }, 0.17, 0.07),
    "Cùng một nguồn ghi hai số khác nhau cho tỷ lệ trễ hạn: 0,17% (dòng 375) và 0,07% (dòng ?).",
    "The same source gives two different figures for share resolved late: 0.17% (line 375) and 0.07% (line ?)."],
  ["a total score equal to its items", check({ code: "components", item: null, parts: 8 }, 84.11, 84.11, "ok"),
    "Điểm tổng điểm 84,11 bằng tổng các mục con.", "The total score, 84.11, equals the sum of its sub-items."],
  ["an item's score off by rounding", check({ code: "components", item: "1.2", parts: 3 }, 5.5, 5.51, "rounding"),
    "Nguồn ghi điểm mục 1.2 là 5,5; cộng 3 mục con được 5,51: chênh lệch nằm trong sai số làm tròn của các điểm thành phần.",
    "The source gives the score of item 1.2 as 5.5; its sub-items (3) add up to 5.51: the gap is within the rounding of the item scores."],
  ["an item's score that contradicts its items", check({ code: "components", item: "2", parts: 4 }, 10, 12),
    "Nguồn ghi điểm mục 2 là 10, nhưng cộng 4 mục con được 12.",
    "The source gives the score of item 2 as 10, but its sub-items (4) add up to 12."],
  ["a rank outside the ranking", check({ code: "rankRange" }, 12, 11), "Nguồn ghi xếp hạng 12/11: thứ hạng nằm ngoài số đơn vị được xếp.",
    "The source gives rank 12 of 11: outside the number of places ranked."],
  ["a score above the maximum", check({ code: "max" }, 1002.5, 1000), "Nguồn ghi 1.002,5 điểm, vượt điểm tối đa 1.000.",
    "The source gives 1,002.5 points, more than the maximum of 1,000."],
  ["a share of the maximum that matches", check({ code: "parPercent", score: 58.84, max: 70 }, 84.1, 84.057, "ok"),
    "Tỷ lệ 84,1% khớp với 58,84/70 điểm.", "The share 84.1% matches 58.84 of 70 points."],
  ["a share of the maximum that does not", check({ code: "parPercent", score: 58.84, max: 70 }, 84.69, (58.84 / 70) * 100),
    "Nguồn ghi 84,69%, nhưng 58,84/70 điểm cho 84,06%.", "The source states 84.69%, but 58.84 of 70 points gives 84.06%."],
  ["ranks against scores", check({ code: "rankOrder", indicator: "par-index", year: 2020, a: { name: "Thừa Thiên Huế", value: 88.47, rank: 3 }, b: { name: "Đồng Tháp", value: null, rank: 5 } }, 3, 5),
    "PAR INDEX 2020: thứ hạng không khớp với điểm giữa Thừa Thiên Huế (88,47, hạng 3) và Đồng Tháp (hạng 5).",
    "PAR INDEX 2020: the ranks do not follow the scores between Thừa Thiên Huế (88.47, rank 3) and Đồng Tháp (rank 5)."],
];

describe("checkText", () => {
  it.each(CASES)("words %s as the checks always did in Vietnamese", (_, c, vi) => {
    expect(checkText(c, "vi")).toBe(vi);
  });
  it.each(CASES)("words %s in English, with English number formats", (_, c, __, en) => {
    expect(checkText(c, "en")).toBe(en);
  });
});

describe("gradeLabel", () => {
  it.each([["contradiction", "Mâu thuẫn", "Contradiction"], ["missing", "Thiếu", "Missing part"], ["rounding", "Làm tròn", "Rounding"], ["ok", "Khớp", "Matches"]] as const)(
    "gradeLabel('%s') is %s / %s", (grade, vi, en) => {
      expect(gradeLabel(grade, "vi")).toBe(vi);
      expect(gradeLabel(grade, "en")).toBe(en);
    });
});
