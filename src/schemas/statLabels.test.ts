import { describe, expect, it } from "vitest";
import { loadDataset } from "../loaders/datasets";
import {
  SATISFACTION_INDICATOR_LABELS,
  STAT_INDICATOR_LABELS,
  STAT_LABEL_OVERRIDES,
  STAT_POPULATION_NOUNS,
  STAT_STATISTIC_LABELS,
  isPercentStatistic,
  satisfactionIndicatorLabel,
  statIndicatorLabel,
  statLabel,
  unlabelledSatisfactionIndicators,
  unlabelledStatCodes,
} from "./statLabels";

describe("labels for the codes in data/", () => {
  it("every indicator, population and statistic of data/stats.csv has a Vietnamese label", () => {
    const { rows } = loadDataset("data", "stats");
    expect(rows.length).toBeGreaterThan(0);
    expect(unlabelledStatCodes(rows.map((r) => r.row))).toEqual([]);
  });

  it("every indicator of data/satisfaction.csv has a Vietnamese label", () => {
    const { rows } = loadDataset("data", "satisfaction");
    expect(rows.length).toBeGreaterThan(0);
    expect(unlabelledSatisfactionIndicators(rows.map((r) => r.row))).toEqual([]);
  });
});

describe("unlabelledStatCodes", () => {
  it("names each unknown code once, by column", () => {
    const rows = [
      { indicator: "new_indicator", population: "communes", statistic: "count_total" },
      { indicator: "new_indicator", population: "towns", statistic: "count_new" },
    ];
    expect(unlabelledStatCodes(rows)).toEqual(["indicator: new_indicator", "population: towns", "statistic: count_new"]);
  });

  it("does not take inherited object properties for labels", () => {
    expect(unlabelledStatCodes([{ indicator: "constructor", population: "toString", statistic: "valueOf" }])).toHaveLength(3);
    expect(unlabelledSatisfactionIndicators([{ indicator: "constructor" }])).toEqual(["constructor"]);
  });

  it("accepts a statistic that only an override labels", () => {
    expect(unlabelledStatCodes([{ indicator: "sci_tech_autonomy", population: "public_service_units", statistic: "count_autonomous" }])).toEqual([]);
  });
});

describe("statLabel", () => {
  it.each([
    [{ indicator: "admin_units", population: "departments", statistic: "count_total" }, "Tổng số cơ quan chuyên môn"],
    [{ indicator: "par_index", population: "provinces", statistic: "count_above_90" }, "Số tỉnh, thành phố đạt từ 90% trở lên"],
    [{ indicator: "par_index", population: "provinces", statistic: "mean" }, "Trung bình của các tỉnh, thành phố"],
    [{ indicator: "cchc_inspection", population: "communes", statistic: "count_planned" }, "Số xã, phường, thị trấn theo kế hoạch kiểm tra"],
    [{ indicator: "admin_autonomy", population: "departments", statistic: "count_total_district_level" }, "Tổng số phòng, ban cấp huyện"],
    [{ indicator: "sipas", population: "all_units", statistic: "count_sample_list_officials" }, "Số cán bộ, công chức trong danh sách khảo sát xã hội học xác định Chỉ số CCHC"],
  ])("statLabel(%o) is %s", (codes, label) => {
    expect(statLabel(codes)).toBe(label);
  });

  it("falls back to the codes when a statistic has no label", () => {
    expect(statLabel({ indicator: "x", population: "communes", statistic: "count_new" })).toBe("count_new (communes)");
  });
});

describe("the label tables", () => {
  const all = [
    ...Object.values(STAT_INDICATOR_LABELS),
    ...Object.values(STAT_POPULATION_NOUNS),
    ...Object.values(STAT_STATISTIC_LABELS),
    ...Object.values(STAT_LABEL_OVERRIDES),
    ...Object.values(SATISFACTION_INDICATOR_LABELS),
  ];

  it("hold no codes: no underscores and no template left after filling in", () => {
    expect(all.filter((l) => l.includes("_"))).toEqual([]);
    expect(all.filter((l) => /\{(?!u\})/.test(l))).toEqual([]);
  });

  it("use {u} at most once per template", () => {
    expect([...Object.values(STAT_STATISTIC_LABELS), ...Object.values(STAT_LABEL_OVERRIDES)].filter((l) => l.split("{u}").length > 2)).toEqual([]);
  });

  it("override only statistics of indicators that exist", () => {
    expect(Object.keys(STAT_LABEL_OVERRIDES).filter((k) => !(k.split(".")[0]! in STAT_INDICATOR_LABELS))).toEqual([]);
  });

  it("give indicator and satisfaction labels for known codes", () => {
    expect(statIndicatorLabel("par_inspection")).toBe("Kiểm tra công tác CCHC");
    expect(satisfactionIndicatorLabel("iso_feedback_satisfaction")).toContain("ISO 9001");
  });
});

describe("isPercentStatistic", () => {
  it.each([["pct_issued", true], ["mean_pct", true], ["mean", false], ["count_total", false]] as const)("isPercentStatistic(%s) is %s", (code, expected) => {
    expect(isPercentStatistic(code)).toBe(expected);
  });
});
