import { describe, expect, it } from "vitest";
import { parseExtractArgs, sourceIdFromFile } from "./extractArgs";

describe("parseExtractArgs", () => {
  it("reads FILE alone as CSV with a source id from the file name", () => {
    expect(parseExtractArgs(["bao-cao/BC CCHC 2024.txt"])).toEqual({
      kind: "run", args: { file: "bao-cao/BC CCHC 2024.txt", unitId: undefined, sourceId: "bc-cchc-2024", format: "csv" },
    });
  });

  it("takes flags in any order, as `--flag value` or `--flag=value`", () => {
    const expected = { kind: "run", args: { file: "r.txt", unitId: "soc-trang/my-xuyen", sourceId: "bc-my-xuyen-2024", format: "json" } };
    expect(parseExtractArgs(["--format", "json", "r.txt", "--unit", "soc-trang/my-xuyen", "--source-id", "bc-my-xuyen-2024"])).toEqual(expected);
    expect(parseExtractArgs(["--unit=soc-trang/my-xuyen", "--format=json", "--source-id=bc-my-xuyen-2024", "r.txt"])).toEqual(expected);
  });

  it("treats everything after -- as a file name, even one starting with a dash", () => {
    expect(parseExtractArgs(["--", "-bao-cao.txt"])).toMatchObject({ kind: "run", args: { file: "-bao-cao.txt", sourceId: "bao-cao" } });
  });

  it("answers -h and --help with the usage, whatever else is given", () => {
    expect(parseExtractArgs(["r.txt", "--help"])).toEqual({ kind: "help" });
    expect(parseExtractArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [[], "no FILE given"],
    [["a.txt", "b.txt"], "one FILE at a time (got 2: a.txt, b.txt)"],
    [["a.txt", "--fromat", "json"], "unknown option --fromat"],
    [["a.txt", "--format"], "--format needs a value"],
    [["--unit", "--format", "json", "a.txt"], "--unit needs a value"],
    [["a.txt", "--format=xml"], "--format must be csv or json (got xml)"],
    [["a.txt", "--unit", "x", "--unit", "y"], "--unit given twice"],
    [["a.txt", "--source-id", "BC 2024"], "--source-id must be lower-case ASCII letters, digits and hyphens (got BC 2024)"],
  ])("refuses %j: %s", (argv, message) => {
    expect(parseExtractArgs(argv)).toEqual({ kind: "error", message });
  });
});

describe("sourceIdFromFile", () => {
  it.each([
    ["Báo cáo CCHC huyện Mỹ Xuyên 2021.txt", "bao-cao-cchc-huyen-my-xuyen-2021"],
    ["C:\\Users\\a\\Đồng Tháp.TXT", "dong-thap"],
    ["../shared/seeds/000_de81c90d456168f3.txt", "000-de81c90d456168f3"],
    ["!!!.txt", "report"],
  ])("%s -> %s", (file, id) => {
    expect(sourceIdFromFile(file)).toBe(id);
  });
});
