/**
 * The extractor on paragraphs written for these tests (in the genre's formulas, not copied from any report):
 * each case lists the figures a careful reader would take, as dataset / measure / level / value.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "./index";
import { checkText } from "../presentation/checkText";
import type { PlaceRecord } from "./types";

const unit = (unit_id: string, name: string, kind: string, parent_id: string | null): PlaceRecord =>
  ({ unit_id, name, kind, parent_id, aliases: [], valid_from: null, valid_to: "2025-06-30" });
const places = [
  unit("tinh-x", "Bạc Liêu", "tinh", null),
  unit("tinh-x/huyen-y", "Hồng Dân", "huyen", "tinh-x"),
  unit("tinh-x/huyen-y/ninh-qui", "Ninh Quới", "xa", "tinh-x/huyen-y"),
  unit("tinh-x/huyen-y/ngan-dua", "Ngan Dừa", "thi_tran", "tinh-x/huyen-y"),
];
const figures = (text: string, unitId?: string) =>
  extractReport(text, { places, ...(unitId ? { unitId } : {}) }).candidates.map((c) => `${c.dataset} ${c.measure} ${c.level} ${c.value}${c.unit_id && c.unit_id !== unitId ? ` @${c.unit_id}` : ""}`);

describe("extractReport: dossiers", () => {
  it("reads received, resolved, on time and late with their stated share", () => {
    expect(figures("Năm 2024, Bộ phận Một cửa huyện Hồng Dân đã tiếp nhận 12.345 hồ sơ, đã giải quyết 12.000 hồ sơ, trong đó đúng hạn 11.950 hồ sơ, đạt 99,58%; trễ hạn 50 hồ sơ.", "tinh-x/huyen-y")).toEqual([
      "dossiers received district 12345",
      "dossiers resolved district 12000",
      "dossiers resolved_on_time_incl_early district 11950",
      "dossiers resolved_on_time_incl_early_pct district 99.58",
      "dossiers resolved_late district 50",
    ]);
  });
  it("keeps early and on time apart when the text splits them, and reads pending within deadline", () => {
    expect(figures("Trong quý I/2025, cấp xã tiếp nhận 1.024 hồ sơ (trực tuyến 870 hồ sơ, chiếm 84,96%); đã trả kết quả 1.001 hồ sơ, trong đó trước hạn 640 hồ sơ, đúng hạn 355 hồ sơ, quá hạn 06 hồ sơ; 23 hồ sơ chưa đến hạn.", "tinh-x/huyen-y")).toEqual([
      "dossiers received commune 1024",
      "dossiers received_online commune 870",
      "dossiers received_online_pct commune 84.96",
      "dossiers resolved commune 1001",
      "dossiers resolved_early commune 640",
      "dossiers resolved_on_time commune 355",
      "dossiers resolved_late commune 6",
      "dossiers pending_within_deadline commune 23",
    ]);
  });
  it("reads new and carried-over dossiers, pending overdue, and a count after 'là:'", () => {
    expect(figures("Toàn huyện có tổng số hồ sơ cần giải quyết là: 5.210 hồ sơ, trong đó số mới tiếp nhận 5.001 hồ sơ, từ kỳ trước chuyển sang 209 hồ sơ; có 86 hồ sơ đang giải quyết quá hạn.", "tinh-x/huyen-y")).toEqual([
      "dossiers received total 5210",
      "dossiers received_new total 5001",
      "dossiers carried_over total 209",
      "dossiers pending_overdue total 86",
    ]);
  });
  it("gives a share its own measure when words before it name one ('đã giải quyết N hồ sơ, đúng hạn đạt X%')", () => {
    expect(figures("Cấp xã tiếp nhận 9.870 hồ sơ, đã giải quyết 9.860 hồ sơ, đúng hạn đạt 99,9%.", "tinh-x/huyen-y")).toEqual([
      "dossiers received commune 9870",
      "dossiers resolved commune 9860",
      "dossiers resolved_on_time_incl_early_pct commune 99.9",
    ]);
  });
  it("reads a zero stated in words", () => {
    expect(figures("Cấp huyện không có hồ sơ trễ hạn.", "tinh-x/huyen-y")).toEqual(["dossiers resolved_late district 0"]);
  });
  it("gives a commune's figure in a list to that commune", () => {
    expect(figures("Hồ sơ trễ hạn tập trung ở xã Ninh Quới có 12 hồ sơ; thị trấn Ngan Dừa: 03 hồ sơ.", "tinh-x/huyen-y")).toEqual([
      "dossiers resolved_late commune 12 @tinh-x/huyen-y/ninh-qui",
      "dossiers resolved_late commune 3 @tinh-x/huyen-y/ngan-dua",
    ]);
  });
  it("does not count officials, meetings or candidates' files", () => {
    expect(figures("Đã tổ chức 12 cuộc tuyên truyền cho 1.500 lượt người; tiếp nhận 40 hồ sơ dự tuyển công chức.", "tinh-x/huyen-y")).toEqual([]);
  });
});

describe("extractReport: procedures and online services", () => {
  it("reads procedures in force by tier and online services by kind", () => {
    expect(figures("Hiện nay, huyện có 301 thủ tục hành chính đang áp dụng tại cấp huyện và 118 thủ tục áp dụng tại cấp xã; đã cung cấp 150 dịch vụ công trực tuyến toàn trình và 95 dịch vụ công trực tuyến một phần.", "tinh-x/huyen-y")).toEqual([
      "online_services procedures_in_force district 301",
      "online_services procedures_in_force commune 118",
      "online_services procedures_online_full district 150",
      "online_services procedures_online_partial district 95",
    ]);
  });
  it("reads the tier of 'x/y thủ tục' from a count given earlier", () => {
    const text = "Cấp huyện có 240 thủ tục đang áp dụng.\n\nĐến nay có 180/240 thủ tục cung cấp trực tuyến toàn trình, chiếm 75,00%.";
    expect(figures(text, "tinh-x/huyen-y")).toEqual([
      "online_services procedures_in_force district 240",
      "online_services procedures_online_full district 180",
      "online_services procedures_online_full_pct district 75",
    ]);
  });
});

describe("extractReport: indices", () => {
  it("reads a province's PAR INDEX and SIPAS share and rank", () => {
    expect(figures("Theo công bố của Bộ Nội vụ, Chỉ số CCHC năm 2023 của tỉnh Bạc Liêu đạt 84,15%, xếp thứ 37/63 tỉnh, thành phố; Chỉ số SIPAS đạt 81,10%, xếp hạng 40/63.")).toEqual([
      "par_index percent_stated province 84.15 @tinh-x",
      "par_index rank province 37 @tinh-x",
      "par_index rank_of province 63 @tinh-x",
      "satisfaction value province 81.1 @tinh-x",
      "satisfaction rank province 40 @tinh-x",
      "satisfaction rank_of province 63 @tinh-x",
    ]);
  });
  it("reads a district's score out of its maximum and says who assessed it", () => {
    const result = extractReport("Chỉ số cải cách hành chính năm 2022 của huyện đạt 80,5/100 điểm, xếp thứ 3/7.", { places, unitId: "tinh-x/huyen-y" });
    expect(result.candidates.map((c) => `${c.measure} ${c.value} ${c.assessor} ${c.year}`)).toEqual(["score 80.5 province 2022", "max_score 100 province 2022", "rank 3 province 2022", "rank_of 7 province 2022"]);
    expect(result.candidates[0]?.notes.join(" ")).toMatch(/assessed by its province/);
  });
  it("skips changes and bands: 'tăng 5 bậc', 'từ 80% đến dưới 90%'", () => {
    expect(figures("Chỉ số CCHC của tỉnh tăng 05 bậc; nhóm có Chỉ số CCHC từ 80% đến dưới 90% gồm 3 đơn vị.", "tinh-x")).toEqual([]);
  });
});

describe("extractReport: what it assumes, it says", () => {
  const result = extractReport("Năm 2024, huyện đã tiếp nhận 900 hồ sơ, đúng hạn 890 hồ sơ.", { places, unitId: "tinh-x/huyen-y" });
  it("notes a tier read from 'huyện đã ...' and 'đúng hạn' read as including early", () => {
    expect(result.candidates[0]?.notes.join(" ")).toMatch(/district tier/);
    expect(result.candidates[1]?.notes.join(" ")).toMatch(/including early/);
  });
  it("names an unknown place instead of dropping it", () => {
    const unknown = extractReport("Năm 2024, UBND huyện Krông Pắc đã tiếp nhận 900 hồ sơ.", { places });
    expect(unknown.context.unknown_unit).toBe("huyện Krông Pắc");
    expect(unknown.candidates[0]?.unknown_place).toBe("huyện Krông Pắc");
  });
  it("names a place printed in capitals, and reads a heading that holds a figure", () => {
    const r = extractReport("UBND HUYỆN ĐẦM DƠI\n\n2. Chỉ số CCHC năm 2023 của huyện đạt 85,12/100 điểm, xếp thứ 3/9.", { places });
    expect(r.context.unknown_unit).toBe("huyện Đầm Dơi");
    expect(r.candidates.map((c) => `${c.measure} ${c.value}`)).toEqual(["score 85.12", "max_score 100", "rank 3", "rank_of 9"]);
  });
  it("checks the arithmetic with the site's checks", () => {
    const checked = extractReport("Cấp huyện đã giải quyết 1.000 hồ sơ, trong đó đúng hạn 990 hồ sơ, trễ hạn 20 hồ sơ.", { places, unitId: "tinh-x/huyen-y" });
    expect(checked.checks.filter((c) => !c.ok).map((c) => checkText(c, "vi"))).toEqual([expect.stringMatching(/1\.000.*1\.010/)]);
  });
});

describe("extractReport: OCR damage", () => {
  it("reads 'hd so', 'ding han' and '13' standing for 'là'", () => {
    const text = "Bo phan tiep nhan cua huyen da tiep nhan la: 4000 hd so. Trong do da giai quyet la: 3900 hd so; hd so ding han la: 3880 hé so; qua han 13: 20 hd so chiem 0,5%.";
    expect(figures(text, "tinh-x/huyen-y")).toEqual([
      "dossiers received district 4000",
      "dossiers resolved district 3900",
      "dossiers resolved_on_time_incl_early district 3880",
      "dossiers resolved_late district 20",
      "dossiers resolved_late_pct district 0.5",
    ]);
  });
});
