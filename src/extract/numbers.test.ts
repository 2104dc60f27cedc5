import { describe, expect, it } from "vitest";
import { findNumbers, parseViNumber, printedForms } from "./numbers";
import { foldForMatch } from "./fold";

const read = (text: string) => findNumbers(foldForMatch(text)).map((t) => ({ text: t.text, value: t.value, kind: t.kind, over: t.over }));

describe("parseViNumber", () => {
  it.each([
    ["7.927", 7927], ["84,11", 84.11], ["01", 1], ["1.006", 1006], ["178.770", 178770], ["98,7", 98.7], ["84.11", 84.11], ["84, 69", 84.69],
  ])("parseViNumber(%j) is %d", (printed, value) => expect(parseViNumber(printed)).toBe(value));
  it("is null for what is not a number", () => expect(parseViNumber("12a")).toBeNull());
});

describe("printedForms", () => {
  it("lists the ways a report prints a value", () => {
    expect(printedForms(7927)).toEqual(["7927", "7.927"]);
    expect(printedForms(2)).toEqual(["2", "02"]);
    expect(printedForms(84.1)).toContain("84,10");
  });
});

describe("findNumbers", () => {
  it("reads counts, shares, scores and fractions", () => {
    expect(read("đã tiếp nhận 21.686 hồ sơ, đúng hạn đạt 98,28%")).toEqual([
      { text: "21.686", value: 21686, kind: "count", over: null },
      { text: "98,28%", value: 98.28, kind: "percent", over: null },
    ]);
    expect(read("đạt 87,602/100 điểm, xếp thứ 2/18")).toEqual([
      { text: "87,602/100", value: 87.602, kind: "decimal", over: 100 },
      { text: "2/18", value: 2, kind: "count", over: 18 },
    ]);
  });
  it("multiplies by the word after it: 10,18 nghìn is 10180, 2,5 triệu is 2500000", () => {
    expect(read("khoảng 10,18 nghìn hồ sơ và 2,5 triệu lượt")[0]?.value).toBe(10180);
    expect(read("2,5 triệu lượt")[0]?.value).toBe(2500000);
  });
  it("leaves out dates, years, document numbers and level numbers", () => {
    expect(read("ngày 15/12/2023, Kế hoạch số 192/KH-UBND, năm 2021, Nghị định 45/2020/NĐ-CP, mức độ 3, 4 và ISO 9001:2015")).toEqual([]);
  });
  it("reads a share printed with a stray space as one number", () => {
    expect(read("đạt 84, 69%")).toEqual([{ text: "84, 69%", value: 84.69, kind: "percent", over: null }]);
  });
  it("does not take a footnote marker for a figure", () => {
    expect(read("chiếm 0,07%¹¹¹; còn 24 hồ sơ").map((t) => t.value)).toEqual([0.07, 24]);
  });
});
