import { describe, expect, it } from "vitest";
import { LEVEL_LABEL, SURVEY_LABEL, surveyLabel as viSurveyLabel } from "../lib/labels";
import { KIND_LABEL } from "../metrics/places";
import { INDICATOR_LABEL, INDICATORS } from "../metrics/rankings";
import { LEVELS } from "../schemas/figures";
import { DOSSIER_MEASURES, measureLabel as viMeasureLabel, ONLINE_MEASURES } from "../schemas/measures";
import { SURVEYS } from "../schemas/satisfaction";
import * as stat from "../schemas/statLabels";
import { UNIT_KINDS } from "../schemas/units";
import { indicatorLabel, kindLabel, levelLabel, measureLabel, satisfactionIndicatorLabel, statIndicatorLabel, statLabel, surveyLabel } from "./labels";

/** Every stats.csv code combination the label tables know, overrides included. */
const statCodes = Object.keys(stat.STAT_INDICATOR_LABELS).flatMap((indicator) =>
  Object.keys(stat.STAT_POPULATION_NOUNS).flatMap((population) =>
    [...Object.keys(stat.STAT_STATISTIC_LABELS), "not_a_statistic"].map((statistic) => ({ indicator, population, statistic })),
  ),
);

// The Vietnamese catalogue is a copy of the label tables pages use today; until the pages read the catalogue,
// these tests keep the copies equal, so converting a page cannot change its Vietnamese text.
describe("Vietnamese labels equal the tables they were copied from", () => {
  it("kinds of unit (KIND_LABEL)", () => {
    for (const kind of UNIT_KINDS) expect(kindLabel(kind, "vi"), kind).toBe(KIND_LABEL[kind]);
  });
  it("levels (LEVEL_LABEL)", () => {
    for (const level of LEVELS) expect(levelLabel(level, "vi"), level).toBe(LEVEL_LABEL[level]);
  });
  it("surveys, with and without a sub-index (SURVEY_LABEL, surveyLabel)", () => {
    for (const survey of SURVEYS) {
      expect(surveyLabel({ survey, indicator: "overall" }, "vi")).toBe(SURVEY_LABEL[survey]);
      expect(surveyLabel({ survey, indicator: "iso_feedback_satisfaction" }, "vi")).toBe(viSurveyLabel({ survey, indicator: "iso_feedback_satisfaction" }));
    }
  });
  it("national indices (INDICATOR_LABEL)", () => {
    for (const indicator of INDICATORS) expect(indicatorLabel(indicator, "vi")).toBe(INDICATOR_LABEL[indicator]);
  });
  it("measures of both datasets (measureLabel), and an unknown measure stays its code", () => {
    for (const m of [...DOSSIER_MEASURES, ...ONLINE_MEASURES, "not_a_measure"]) expect(measureLabel(m, "vi"), m).toBe(viMeasureLabel(m));
  });
  it("stats.csv indicators, statistics with their population nouns and overrides (statLabel)", () => {
    for (const codes of statCodes) expect(statLabel(codes, "vi"), JSON.stringify(codes)).toBe(stat.statLabel(codes));
    for (const indicator of [...Object.keys(stat.STAT_INDICATOR_LABELS), "nope"]) expect(statIndicatorLabel(indicator, "vi")).toBe(stat.statIndicatorLabel(indicator));
    for (const indicator of [...Object.keys(stat.SATISFACTION_INDICATOR_LABELS), "nope"]) {
      expect(satisfactionIndicatorLabel(indicator, "vi")).toBe(stat.satisfactionIndicatorLabel(indicator));
    }
  });
  it("every override has its own English message, never the code as a fallback", () => {
    const overrides = Object.keys(stat.STAT_LABEL_OVERRIDES).map((k) => k.split("."));
    for (const [indicator = "", statistic = ""] of overrides) {
      expect(statLabel({ indicator, population: "communes", statistic }, "en"), `${indicator}.${statistic}`).not.toContain(statistic);
    }
  });
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
