import { describe, expect, it } from "vitest";
import { findCutoff, findPeriod } from "./period";
import { foldForMatch } from "./fold";

const period = (text: string) => {
  const p = findPeriod(foldForMatch(text));
  return p && [p.start, p.end];
};

describe("findPeriod", () => {
  it.each([
    ["Báo cáo kết quả CCHC năm 2021", ["2021-01-01", "2021-12-31"]],
    ["tình hình 6 tháng đầu năm 2020", ["2020-01-01", "2020-06-30"]],
    ["kết quả quý I năm 2024", ["2024-01-01", "2024-03-31"]],
    ["trong quý III/2025", ["2025-07-01", "2025-09-30"]],
    ["tháng 10 năm 2024", ["2024-10-01", "2024-10-31"]],
    ["tháng 2/2024", ["2024-02-01", "2024-02-29"]],
    ["9 tháng năm 2023", ["2023-01-01", "2023-09-30"]],
    ["từ ngày 15/12/2022 đến ngày 15/12/2023", ["2022-12-15", "2023-12-15"]],
  ])("findPeriod(%j)", (text, expected) => expect(period(text)).toEqual(expected));
  it("is null without a period", () => expect(period("Kính gửi: Sở Nội vụ")).toBeNull());
});

describe("findCutoff", () => {
  it("takes the latest data cut-off date", () => {
    expect(findCutoff(foldForMatch("Tính đến ngày 15/9/2023 đã xong 30/31 việc; số liệu tính đến ngày 15/12/2023"))).toBe("2023-12-15");
  });
});
