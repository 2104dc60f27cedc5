import { describe, expect, it } from "vitest";
import { csvResponse, neutraliseCell, toCsv, UTF8_BOM } from "./csvOut";

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

describe("csvResponse", () => {
  it("starts with the UTF-8 byte order mark so Excel on Windows reads Vietnamese correctly", async () => {
    const bytes = new Uint8Array(await csvResponse("tên\nMỹ Xuyên\n").arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(`${UTF8_BOM}tên\nMỹ Xuyên\n`);
  });
});
