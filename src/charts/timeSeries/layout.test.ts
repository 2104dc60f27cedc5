import { describe, expect, it } from "vitest";
import { completeYears, layoutTimeSeries, summarizeTimeSeries, timeSeriesTable } from "./layout";
import { en, timeSeries } from "../fixtures";

describe("completeYears", () => {
  it("fills a missing year with null, never skips or zeroes it", () => {
    expect(completeYears([{ year: 2019, value: 1 }, { year: 2021, value: 3 }])).toEqual([
      { year: 2019, value: 1 }, { year: 2020, value: null }, { year: 2021, value: 3 },
    ]);
  });
});

describe("layoutTimeSeries", () => {
  const layout = layoutTimeSeries(timeSeries);
  it("breaks the line where a year is missing (two sub-paths)", () => {
    expect(layout.gaps).toEqual([2021]);
    expect(layout.linePath.match(/M/g)).toHaveLength(2);
  });
  it("marks the method break between 2021 and 2022 on the x axis", () => {
    const x2021 = layout.xTicks.find((t) => t.value === 2021)!.position;
    const x2022 = layout.xTicks.find((t) => t.value === 2022)!.position;
    expect(layout.breakPositions).toEqual([{ year: 2022, x: (x2021 + x2022) / 2 }]);
  });
  it("has a tick per year", () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(["2019", "2020", "2021", "2022", "2023"]);
  });
});

describe("summarizeTimeSeries", () => {
  it("gives the range, extremes, latest value, gap years and breaks in one sentence", () => {
    expect(summarizeTimeSeries(timeSeries)).toBe(
      "Điểm PAR INDEX của tỉnh A từ 2019 đến 2023; thấp nhất 80,50 (2019), cao nhất 86,00 (2023), năm 2023 là 86,00; chưa có số liệu năm 2021; phương pháp đổi từ năm 2022.",
    );
  });
  it("says the same in English, with English numbers (summarizeTimeSeries(data, 'en'))", () => {
    expect(summarizeTimeSeries(en.timeSeries, "en")).toBe(
      "PAR INDEX score of province A from 2019 to 2023; lowest 80.50 (2019), highest 86.00 (2023), 86.00 in 2023; no figure for 2021; the method changed in 2022.",
    );
  });
});

describe("timeSeriesTable", () => {
  it("has one row per year, the gap year with an empty value", () => {
    expect(timeSeriesTable(timeSeries).rows[2]).toEqual({ year: 2021, value: null, method_break: "" });
  });
});
