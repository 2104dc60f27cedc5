import { describe, expect, it } from "vitest";
import { formatDataError, parseCsv } from "./csv";
import { rowSchema, col } from "../schemas/fields";

const columns = {
  unit_id: col.id({ en: "id", vi: "mã" }),
  received: col.count({ en: "count", vi: "số lượng" }),
  rate: col.optionalDecimal({ en: "rate", vi: "tỷ lệ" }),
  period_end: col.date({ en: "date", vi: "ngày" }),
};
const schema = rowSchema(columns);
const names = Object.keys(columns);
const HEADER = "unit_id,received,rate,period_end";

function parse(text: string) {
  return parseCsv(text, "data/t.csv", schema, names);
}

describe("parseCsv", () => {
  it("parses valid rows with their CSV line numbers", () => {
    const { rows, errors } = parse(`${HEADER}\na/b,7927,84.11,2021-12-31\nc,0,,2021-12-31\n`);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { csvLine: 2, row: { unit_id: "a/b", received: 7927, rate: 84.11, period_end: "2021-12-31" } },
      { csvLine: 3, row: { unit_id: "c", received: 0, rate: null, period_end: "2021-12-31" } },
    ]);
  });

  it("turns an empty optional cell into null, never 0", () => {
    expect(parse(`${HEADER}\nx,1,,2021-01-01\n`).rows[0]?.row.rate).toBeNull();
  });

  it("accepts a UTF-8 BOM and CRLF line ends", () => {
    const { rows, errors } = parse(`\uFEFF${HEADER}\r\nx,1,2.5,2021-01-01\r\n`);
    expect(errors).toEqual([]);
    expect(rows[0]?.row.unit_id).toBe("x");
  });

  it("keeps line numbers right after a quoted newline", () => {
    const text = `unit_id,note\n"a","two\nlines"\nb,x\n`;
    const s = rowSchema({ unit_id: col.id({ en: "id", vi: "mã" }), note: col.text({ en: "t", vi: "t" }) });
    const { rows, errors } = parseCsv(text, "data/t.csv", s, ["unit_id", "note"]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.csvLine)).toEqual([2, 4]);
    expect(rows[0]?.row.note).toBe("two\nlines");
  });

  const bad: [string, string, string][] = [
    ["a wrong type", `${HEADER}\nx,abc,1,2021-01-01\n`, 'data/t.csv:2:2 received: got "abc", expected a whole number ≥ 0 without separators'],
    ["an empty required cell", `${HEADER}\nx,,1,2021-01-01\n`, 'data/t.csv:2:2 received: got "", expected a whole number ≥ 0 without separators'],
    ["a Vietnamese thousands separator", `${HEADER}\nx,7.927,1,2021-01-01\n`, 'data/t.csv:2:2 received: got "7.927", expected a whole number without separators (Vietnamese thousands dot? write 7927)'],
    ["a Vietnamese decimal comma", `${HEADER}\nx,1,"84,11",2021-01-01\n`, 'data/t.csv:2:3 rate: got "84,11", expected a number with "." as decimal mark (Vietnamese decimal comma? write 84.11)'],
    ["an impossible date", `${HEADER}\nx,1,1,2021-02-30\n`, 'data/t.csv:2:4 period_end: got "2021-02-30", expected a real calendar date as YYYY-MM-DD'],
    ["a missing column", "unit_id,received,rate\nx,1,1\n", 'data/t.csv:1:4 period_end: got "", expected this column in the header (missing column)'],
    ["an extra column", `${HEADER},extra\nx,1,1,2021-01-01,9\n`, `data/t.csv:1:5 (header): got "extra", expected one of the columns ${names.join(",")}`],
    ["a short row", `${HEADER}\nx,1\n`, 'data/t.csv:2:0 (row): got "x,1", expected 4 cells, found 2'],
    ["a blank line inside the file", `${HEADER}\n\nx,1,1,2021-01-01\n`, 'data/t.csv:2:0 (row): got "", expected a data row, found an empty line'],
    ["surrounding spaces", `${HEADER}\nx, 1,1,2021-01-01\n`, 'data/t.csv:2:2 received: got " 1", expected no leading or trailing spaces'],
  ];
  it.each(bad)("reports %s with file, line, column, value and expectation", (_, text, message) => {
    const { errors } = parse(text);
    expect(errors.map(formatDataError)).toContain(message);
  });

  it("reports every error of a file at once, not just the first", () => {
    const { errors, rows } = parse(`${HEADER}\nx,abc,1,2021-01-01\ny,1,zz,2021-01-01\nz,2,1,2021-01-01\n`);
    expect(errors).toHaveLength(2);
    expect(rows).toHaveLength(1);
  });
});
