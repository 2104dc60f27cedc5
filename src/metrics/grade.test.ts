import { describe, expect, it } from "vitest";
import { bySeverity, countGrades, decimalsOf, gradeConflict, gradeStated, gradeSum, isComplement, lastDigitUnit, worseGrade } from "./grade";

describe("decimalsOf", () => {
  it.each([[84.1, 1], [0.01, 2], [84, 0], [34.27, 2], [1e-7, 7]])("decimalsOf(%s) is %s", (v, d) => expect(decimalsOf(v)).toBe(d));
  it("cannot see trailing zeros once parsed: 99.90 reads as one decimal", () => expect(decimalsOf(Number("99.90"))).toBe(1));
});

describe("lastDigitUnit", () => {
  it.each([[0, 1], [1, 0.1], [2, 0.01]])("lastDigitUnit(%s) is %s", (d, u) => expect(lastDigitUnit(d)).toBeCloseTo(u, 12));
});

describe("gradeStated", () => {
  it.each([
    // stated, computed, grade, why
    [99.9, (59740 / 59802) * 100, "ok", "99,896% printed 99,9%: correctly rounded"],
    [0.17, (34 / 20351) * 100, "ok", "0,167% printed 0,17%"],
    [34.27, 34.265, "ok", "exactly half a unit away still rounds to the stated figure (float slack)"],
    [34.27, 34.275, "ok", "the other half"],
    [1.3, (61 / 4516) * 100, "rounding", "1,351% cut to 1,3% (truncation)"],
    [98.7, (4455 / 4516) * 100, "rounding", "98,649% -> 98,65% -> 98,7% (rounded twice)"],
    [84, 84.9, "rounding", "a whole percentage cut from 84,9%"],
    [34.28, 34.2899, "rounding", "truncation just below one unit"],
    [34.27, 34.2876, "contradiction", "34,27% for 34,29%: two units of the last digit"],
    [0.06, 0.07, "contradiction", "a full unit of the last digit is never rounding"],
    [0.01, (62 / 59802) * 100, "contradiction", "0,01% for 0,10%"],
    [84.69, (58.84 / 70) * 100, "contradiction", "84,69% for 84,06%"],
  ] as const)("gradeStated(%s, %s) is %s: %s", (stated, computed, grade, _why) => expect(gradeStated(stated, computed)).toBe(grade));
  it("takes the printed decimals when the parsed number lost a trailing zero (99.90 printed with two)", () => {
    expect(gradeStated(99.9, 99.96)).toBe("rounding");
    expect(gradeStated(99.9, 99.96, 2)).toBe("contradiction");
  });
});

describe("gradeSum", () => {
  it("accepts no gap between whole counts", () => {
    expect(gradeSum(39475, 39475, 2, 0)).toBe("ok");
    expect(gradeSum(39475, 39480, 2, 0)).toBe("contradiction");
    expect(gradeSum(107, 104, 2, 0)).toBe("contradiction");
  });
  it("allows (n + 1) half-units for n rounded scores", () => {
    expect(gradeSum(84.11, 84.11, 2, 2)).toBe("ok");
    expect(gradeSum(84.11, 84.12, 2, 2)).toBe("rounding"); // 2 parts: up to 1,5 hundredths
    expect(gradeSum(84.11, 84.125, 2, 2)).toBe("rounding");
    expect(gradeSum(84.11, 84.13, 2, 2)).toBe("contradiction");
    expect(gradeSum(84.11, 84.16, 9, 2)).toBe("rounding"); // 9 parts: up to 5 hundredths
  });
});

describe("gradeConflict", () => {
  it.each([
    [34, 30, "contradiction"], [0.07, 0.06, "contradiction"], [0.17, 0.07, "contradiction"],
    [98.65, 98.7, "rounding"], [98.649, 98.6, "rounding"], [98.65, 98.8, "contradiction"], [12, 12, "ok"],
  ] as const)("gradeConflict(%s, %s) is %s", (a, b, grade) => expect(gradeConflict(a, b)).toBe(grade));
});

describe("isComplement", () => {
  it("recognises a share printed as 100% minus the others (Vĩnh Châu: 34,27% = 100% - 65,73%)", () => {
    expect(isComplement(34.27, [65.73])).toBe(true);
    expect(isComplement(98.7, [1.3])).toBe(true);
    expect(isComplement(33.33, [33.33, 33.34])).toBe(true);
  });
  it("rejects a share that is not the rest", () => {
    expect(isComplement(0.01, [99.9])).toBe(false);
    expect(isComplement(34.29, [65.73])).toBe(false);
    expect(isComplement(50, [])).toBe(false);
  });
});

describe("worseGrade, countGrades and bySeverity", () => {
  it("order contradiction > missing > rounding > ok", () => {
    expect(worseGrade("rounding", "missing")).toBe("missing");
    expect(worseGrade("ok", "rounding")).toBe("rounding");
    const checks = [{ grade: "ok" }, { grade: "rounding" }, { grade: "contradiction" }, { grade: "missing" }, { grade: "rounding" }] as const;
    expect(bySeverity(checks).map((c) => c.grade)).toEqual(["contradiction", "missing", "rounding", "rounding", "ok"]);
    expect(countGrades(checks)).toEqual({ contradiction: 1, missing: 1, rounding: 2, ok: 1 });
  });
});
