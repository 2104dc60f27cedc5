import { describe, expect, it } from "vitest";
import { csvLine } from "./csvCell";
import { toCsv } from "./csvOut";

describe("csvLine", () => {
  it("writes numbers as they are, null as an empty cell and neutralises formulas in text", () => {
    expect(csvLine(["=1+2", -1.58, null, "@x", 7927])).toBe("'=1+2,-1.58,,'@x,7927");
  });

  it.each([["1,5"], ['say "hi"'], ["two\nlines"], [" padded "], ["-x"], ["Mỹ Xuyên"], ["=HYPERLINK(\"x\")"]])(
    "quotes %j exactly as the build's CSV downloads do",
    (text) => expect(`${csvLine(["a"])}\n${csvLine([text])}\n`).toBe(toCsv(["a"], [{ a: text }])),
  );
});
