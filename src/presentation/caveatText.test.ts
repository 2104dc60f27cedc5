import { describe, expect, it } from "vitest";
import type { Caveat } from "../metrics/caveats";
import { caveatText } from "./caveatText";
import { rankText } from "./rankText";

// Each Vietnamese sentence is the one src/metrics/caveats.ts wrote before caveats returned codes.
const CASES: [Caveat, string, string][] = [
  [{ code: "par.scale", params: { max: 1000 } }, "Thang điểm tối đa là 1.000, không phải 100: so sánh theo tỷ lệ phần trăm.", "The maximum score is 1,000, not 100: compare percentages, not points."],
  [{ code: "par.self" }, "Điểm tự đánh giá của đơn vị, chưa phải kết quả thẩm định chính thức.", "The unit's own self-assessment, not the official appraised result."],
  [{ code: "par.province" }, "Chỉ số CCHC cấp huyện do tỉnh đánh giá theo bộ tiêu chí riêng của tỉnh; không so sánh với PAR INDEX cấp tỉnh của Bộ Nội vụ.", "A district-level index assessed by the province with its own criteria; not comparable with the provincial PAR INDEX of the Ministry of Home Affairs."],
  [{ code: "par.criteriaChanged", params: { year: 2022 } }, "Năm 2022 Bộ Nội vụ thay đổi bộ tiêu chí: so sánh điểm với năm trước cần thận trọng.", "In 2022 the Ministry of Home Affairs changed the criteria: compare scores with earlier years with care."],
  [{ code: "par.reportYear", params: { year: 2022, reportYear: 2023 } }, "Đây là kết quả năm 2022, được nêu trong báo cáo năm 2023.", "This is the result for 2022, given in the report for 2023."],
  [{ code: "method.par", params: { year: 2024 } }, "Bộ tiêu chí PAR INDEX đổi từ năm 2024: không so sánh điểm với năm 2023 trở về trước.", "The PAR INDEX criteria changed in 2024: do not compare scores with 2023 or earlier."],
  [{ code: "method.sipas", params: { year: 2022 } }, "Từ năm 2022 SIPAS đo thêm sự hài lòng với chính sách công: không so sánh mức điểm với năm 2021 trở về trước.", "From 2022 SIPAS also measures satisfaction with public policies: do not compare its levels with 2021 or earlier."],
  [{ code: "survey.local" }, "Khảo sát do chính đơn vị tự tổ chức, không phải SIPAS của Bộ Nội vụ.", "A survey the unit ran itself, not the SIPAS of the Ministry of Home Affairs."],
  [{ code: "survey.provincial" }, "Khảo sát do tỉnh tổ chức, không phải SIPAS của Bộ Nội vụ.", "A survey the province ran, not the SIPAS of the Ministry of Home Affairs."],
  [{ code: "quality.listing_order" }, "Thứ hạng suy ra từ thứ tự liệt kê trong nguồn, không được ghi trực tiếp.", "Rank inferred from the order in which the source lists places; the source does not state it."],
  [{ code: "quality.inferred" }, "Giá trị suy luận từ số liệu trong nguồn (độ tin cậy thấp hơn).", "Value inferred from the source's figures (less reliable)."],
  [{ code: "quality.derived" }, "Giá trị tính từ số liệu trong nguồn (độ tin cậy thấp hơn).", "Value calculated from the source's figures (less reliable)."],
  [{ code: "period.half" }, "Số liệu 6 tháng, không phải cả năm.", "Figures for six months, not a whole year."],
  [{ code: "period.month" }, "Số liệu một tháng, không phải cả năm.", "Figures for one month, not a whole year."],
  [{ code: "period.cutoff", params: { date: "2023-12-15" } }, "Số liệu tính đến ngày 15/12/2023, chưa hết kỳ.", "Figures up to 15 Dec 2023, before the period ended."],
];

describe("caveatText", () => {
  it.each(CASES)("words %j as before in Vietnamese and in English", (caveat, vi, en) => {
    expect(caveatText(caveat, "vi")).toBe(vi);
    expect(caveatText(caveat, "en")).toBe(en);
  });
});

describe("rankText", () => {
  const parent = { unit_id: "binh-dinh", name: "Bình Định", kind: "tinh" } as never;
  it.each([
    [{ rank: 4, of: 63, scope: "national", parent: undefined }, "xếp thứ 4/63 tỉnh, thành phố", "ranked 4 of 63 provinces and centrally run cities"],
    [{ rank: 4, of: 11, scope: "district", parent }, "xếp thứ 4/11 đơn vị cấp huyện của tỉnh Bình Định", "ranked 4 of 11 district-level units of Bình Định province"],
    [{ rank: 1, of: 11, scope: "district", parent: undefined }, "xếp thứ 1/11 đơn vị cấp huyện", "ranked 1 of 11 district-level units"],
  ] as const)("words %j", (context, vi, en) => {
    expect(rankText(context, "vi")).toBe(vi);
    expect(rankText(context, "en")).toBe(en);
  });
  it("is null without a rank", () => expect(rankText(null, "en")).toBeNull());
});
