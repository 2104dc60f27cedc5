import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { csvNeutraliser } from "./csvNeutralise";
import { csvLine } from "./csvCell";

/** Runs the neutraliser over `text` cut at the given positions. */
function inChunks(text: string, cuts: number[]): string {
  const n = csvNeutraliser();
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let out = "";
  let at = 0;
  for (const p of [...points, text.length]) {
    out += n.push(text.slice(at, p));
    at = p;
  }
  return out + n.end();
}

describe("csvNeutraliser", () => {
  it.each([
    ["a,b\n1,=SUM(A1)\n", "a,b\n1,'=SUM(A1)\n"],
    ["x,-1.58,-x,-,-1.,+1.95 vs 2016\n", "x,-1.58,'-x,'-,'-1.,'+1.95 vs 2016\n"],
    ['x,"=HYPERLINK(""a"",""b"")",@me\n', `x,"'=HYPERLINK(""a"",""b"")",'@me\n`],
    ['"-1","-1,5","""-"""\n', `"-1","'-1,5","""-"""\n`],
    ["a,b\r\n-3,\r\n", "a,b\r\n-3,\r\n"],
    ["Mỹ Xuyên,99.90,", "Mỹ Xuyên,99.90,"],
    ["last,-y", "last,'-y"],
  ])("csvNeutraliser over %j writes %j", (input, output) => {
    expect(inChunks(input, [])).toBe(output);
    for (let cut = 0; cut <= input.length; cut++) expect(inChunks(input, [cut])).toBe(output);
  });

  it("writes what the cell-by-cell writer (csvLine) writes for any file written with papaparse's quoting, however it is cut", () => {
    const cell = fc.oneof(
      fc.constantFrom("", "-1.58", "-x", "-", "7927", "99.90", "=1+2", "+1", "@a", "\tt", "a,b", 'say "hi"', "a\nb", "\rx", "Mỹ Xuyên", "-1,5", '"-"'),
      fc.string({ maxLength: 5, unit: fc.constantFrom("-", "=", "+", "1", ".", ",", '"', "\n", "a", " ") }),
    );
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(rows, fc.array(fc.nat(200), { maxLength: 4 }), (cells, cuts) => {
      const file = `${Papa.unparse(cells, { newline: "\n", quotes: false })}\n`;
      expect(inChunks(file, cuts)).toBe(`${cells.map((r) => csvLine(r)).join("\n")}\n`);
    }), { numRuns: 2000 });
  });
});
