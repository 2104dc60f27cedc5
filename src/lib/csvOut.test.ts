import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./csvOut";

describe("neutraliseCell", () => {
  it.each([
    ["=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["+1+2", "'+1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-x", "'-x"],
    ["\tcmd", "'\tcmd"],
    ["-1.58", "-1.58"],
    ["7927", "7927"],
    ["Mỹ Xuyên", "Mỹ Xuyên"],
  ])("neutraliseCell(%j) is %j", (input, output) => expect(neutraliseCell(input)).toBe(output));
});

describe("toCsv", () => {
  it("writes lists with ';', nulls as empty cells and quotes when needed", () => {
    expect(toCsv(["a", "b", "c"], [{ a: ["x", "y"], b: null, c: "1,5" }])).toBe('a,b,c\nx;y,,"1,5"\n');
  });
  it("writes just the header line for an empty table", () => expect(toCsv(["a", "b"], [])).toBe("a,b\n"));
});
