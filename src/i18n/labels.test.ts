import { describe, expect, it } from "vitest";
import { loadDataset } from "../loaders/datasets";
import { displayName } from "../metrics/places";
import {
  indicatorLabel,
  kindLabel,
  levelLabel,
  measureLabel,
  statIndicatorLabel,
  statLabel,
  surveyLabel,
  unlabelledSatisfactionIndicators,
  unlabelledStatCodes,
} from "./labels";

describe("Vietnamese labels (what the pages printed before the catalogue)", () => {
  it.each([
    [kindLabel("thanh_pho_truc_thuoc_tw", "vi"), "thành phố trực thuộc Trung ương"],
    [levelLabel("total", "vi"), "Toàn địa bàn (các cấp cộng lại)"],
    [surveyLabel({ survey: "sipas", indicator: "overall" }, "vi"), "SIPAS (Bộ Nội vụ)"],
    [surveyLabel({ survey: "local_survey", indicator: "iso_feedback_satisfaction" }, "vi"), "Khảo sát của đơn vị · Hài lòng qua phiếu thăm dò theo hệ thống quản lý chất lượng ISO 9001"],
    [indicatorLabel("par-index", "vi"), "Chỉ số cải cách hành chính (PAR INDEX)"],
    [measureLabel("resolved_on_time_incl_early_pct", "vi"), "Tỷ lệ đúng hạn (theo báo cáo)"],
    [measureLabel("not_a_measure", "vi"), "not_a_measure"],
    [statLabel({ indicator: "admin_units", population: "departments", statistic: "count_total" }, "vi"), "Tổng số cơ quan chuyên môn"],
    [statLabel({ indicator: "par_index", population: "provinces", statistic: "count_above_90" }, "vi"), "Số tỉnh, thành phố đạt từ 90% trở lên"],
    [statLabel({ indicator: "x", population: "communes", statistic: "count_new" }, "vi"), "count_new (communes)"],
    [statIndicatorLabel("par_inspection", "vi"), "Kiểm tra công tác CCHC"],
  ])("%s", (label, text) => expect(label).toBe(text));
});

describe("English labels", () => {
  it.each([
    [kindLabel("thanh_pho_truc_thuoc_tw", "en"), "centrally run city"],
    [kindLabel("thi_tran", "en"), "township"],
    [levelLabel("department", "en"), "Provincial departments and agencies"],
    [measureLabel("resolved_late", "en"), "Resolved late"],
    [measureLabel("procedures_online_full", "en"), "Fully online public services"],
    [statLabel({ indicator: "org_structure", population: "departments", statistic: "count_total" }, "en"), "Total number of specialised agencies"],
    [statLabel({ indicator: "admin_autonomy", population: "all_units", statistic: "count_total_provincial_level" }, "en"), "Total number of provincial agencies"],
    [statLabel({ indicator: "par_index", population: "provinces", statistic: "mean" }, "en"), "Average across provinces and centrally run cities"],
    [surveyLabel({ survey: "local_survey", indicator: "iso_feedback_satisfaction" }, "en"), "The unit’s own survey · Satisfaction stated on feedback forms of the ISO 9001 quality system"],
  ])("%s", (label, text) => expect(label).toBe(text));
  it("name who assesses the PAR INDEX, for a reader who does not know it", () => {
    expect(indicatorLabel("par-index", "en")).toBe("PAR INDEX (Public Administration Reform Index, assessed by the Ministry of Home Affairs)");
  });
});

describe("displayName (src/metrics/places.ts)", () => {
  const name = displayName;
  it.each([
    [{ name: "Vĩnh Châu", kind: "thi_xa" }, "thị xã Vĩnh Châu", "Vĩnh Châu town"],
    [{ name: "Hà Nội", kind: "thanh_pho_truc_thuoc_tw" }, "thành phố Hà Nội", "Hà Nội city"],
    [{ name: "1", kind: "phuong" }, "phường 1", "ward 1"],
    [{ name: "TP. Hồ Chí Minh", kind: "thanh_pho_truc_thuoc_tw" }, "TP. Hồ Chí Minh", "TP. Hồ Chí Minh"],
    [{ name: "Việt Nam", kind: "quoc_gia" }, "Việt Nam", "Việt Nam"],
  ] as const)("%o is “%s” / “%s”", (unit, vi, en) => {
    expect(name(unit, "vi")).toBe(vi);
    expect(name(unit, "en")).toBe(en);
  });
});

describe("labels for the codes in data/", () => {
  it("every indicator, population and statistic of data/stats.csv has a label", () => {
    const { rows } = loadDataset("data", "stats");
    expect(rows.length).toBeGreaterThan(0);
    expect(unlabelledStatCodes(rows.map((r) => r.row))).toEqual([]);
  });
  it("every indicator of data/satisfaction.csv has a label", () => {
    const { rows } = loadDataset("data", "satisfaction");
    expect(rows.length).toBeGreaterThan(0);
    expect(unlabelledSatisfactionIndicators(rows.map((r) => r.row))).toEqual([]);
  });
  it("unlabelledStatCodes names each unknown code once, by column, and takes no inherited property for a label", () => {
    const rows = [
      { indicator: "new_indicator", population: "communes", statistic: "count_total" },
      { indicator: "new_indicator", population: "towns", statistic: "count_new" },
    ];
    expect(unlabelledStatCodes(rows)).toEqual(["indicator: new_indicator", "population: towns", "statistic: count_new"]);
    expect(unlabelledStatCodes([{ indicator: "constructor", population: "toString", statistic: "valueOf" }])).toHaveLength(3);
    expect(unlabelledSatisfactionIndicators([{ indicator: "constructor" }])).toEqual(["constructor"]);
  });
  it("accepts a statistic that only an override labels", () => {
    expect(unlabelledStatCodes([{ indicator: "sci_tech_autonomy", population: "public_service_units", statistic: "count_autonomous" }])).toEqual([]);
  });
});
