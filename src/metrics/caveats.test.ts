import { describe, expect, it } from "vitest";
import { methodBreakNote, methodEra, PAR_METHOD_BREAKS, periodCaveats, SIPAS_METHOD_BREAKS } from "./caveats";

describe("methodEra", () => {
  it.each([
    [PAR_METHOD_BREAKS, 2021, "trước năm 2022"],
    [PAR_METHOD_BREAKS, 2022, "2022–2023"],
    [PAR_METHOD_BREAKS, 2023, "2022–2023"],
    [PAR_METHOD_BREAKS, 2024, "từ năm 2024"],
    [SIPAS_METHOD_BREAKS, 2019, "trước năm 2022"],
    [SIPAS_METHOD_BREAKS, 2024, "từ năm 2022"],
    [[2022, 2023], 2022, "năm 2022"],
  ] as const)("methodEra(%j, %i) is %s", (breaks, year, era) => expect(methodEra(breaks, year)).toBe(era));

  it("puts years on either side of a break in different eras, and years between breaks in one", () => {
    expect(methodEra(SIPAS_METHOD_BREAKS, 2019)).not.toBe(methodEra(SIPAS_METHOD_BREAKS, 2024));
    expect(methodEra(PAR_METHOD_BREAKS, 2018)).toBe(methodEra(PAR_METHOD_BREAKS, 2021));
  });
});

describe("methodBreakNote", () => {
  it("names the break and what not to compare with, only in a break year", () => {
    expect(methodBreakNote("sipas", 2022)).toBe("Từ năm 2022 SIPAS đo thêm sự hài lòng với chính sách công: không so sánh mức điểm với năm 2021 trở về trước.");
    expect(methodBreakNote("par-index", 2024)).toBe("Bộ tiêu chí PAR INDEX đổi từ năm 2024: không so sánh điểm với năm 2023 trở về trước.");
    expect(methodBreakNote("par-index", 2023)).toBeNull();
    expect(methodBreakNote("sipas", 2024)).toBeNull();
  });
});

describe("periodCaveats", () => {
  it("says a half year is not a whole year, and a figure cut off before the period's end is early", () => {
    expect(periodCaveats("2020-01-01", "2020-06-30")).toEqual(["Số liệu 6 tháng, không phải cả năm."]);
    expect(periodCaveats("2023-01-01", "2023-12-15")).toEqual(["Số liệu tính đến ngày 15/12/2023, chưa hết kỳ."]);
    expect(periodCaveats("2021-01-01", "2021-12-31")).toEqual([]);
  });

  it("takes a whole calendar month as a complete month, not as a cut-off", () => {
    expect(periodCaveats("2025-11-01", "2025-11-30")).toEqual(["Số liệu một tháng, không phải cả năm."]);
    expect(periodCaveats("2024-02-01", "2024-02-29")).toEqual(["Số liệu một tháng, không phải cả năm."]);
    expect(periodCaveats("2025-02-01", "2025-02-28")).toEqual(["Số liệu một tháng, không phải cả năm."]);
    expect(periodCaveats("2025-11-01", "2025-11-20")).toEqual(["Số liệu tính đến ngày 20/11/2025, chưa hết kỳ."]);
  });
});
