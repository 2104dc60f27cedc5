import { describe, expect, it } from "vitest";
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { jsonArray, runExtract } from "./extractCommand";

const dir = mkdtempSync(join(tmpdir(), "cchc-extract-"));
const PARAGRAPH = "Năm 2024, Bộ phận Một cửa huyện Hòa Lạc đã tiếp nhận 12.345 hồ sơ, đã giải quyết 12.000 hồ sơ, trong đó đúng hạn 11.950 hồ sơ, đạt 99,58%; trễ hạn 50 hồ sơ.\n";

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** Runs the command in-process with FILE names relative to the temporary folder. */
function extract(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = runExtract(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, dataDir: resolve("data") });
  return { code, stdout, stderr };
}

describe("runExtract: bad input and flags get one line on stderr and exit code 2", () => {
  const sparse20MB = () => {
    // Sparse: the command must refuse it from its size, without reading it.
    const fd = openSync(join(dir, "lon.txt"), "w");
    ftruncateSync(fd, 20 * 1024 * 1024);
    closeSync(fd);
    return "lon.txt";
  };
  it.each<[string, () => string[], string]>([
    ["no file", () => [], "extract: no FILE given (see npm run extract -- --help)"],
    ["an unknown flag", () => [file("a.txt", PARAGRAPH), "--fromat", "json"], "extract: unknown option --fromat (see npm run extract -- --help)"],
    ["a wrong format", () => [file("a.txt", PARAGRAPH), "--format", "xlsx"], "extract: --format must be csv or json (got xlsx) (see npm run extract -- --help)"],
    ["a missing file", () => ["khong-co.txt"], "extract: khong-co.txt: no such file"],
    ["a folder", () => ["."], "extract: .: is a folder, not a file"],
    ["an empty file", () => [file("rong.txt", "")], "extract: rong.txt: the file is empty"],
    ["a binary file", () => [file("anh.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))], "extract: anh.txt: this is a binary file (an image, archive or program?), not text: save or export it as plain text (.txt, UTF-8) and try again"],
    ["a PDF", () => [file("bc.pdf", "%PDF-1.7\n")], "extract: bc.pdf: this is a PDF file, not plain text: save or export it as plain text (.txt, UTF-8) and try again"],
    ["an HTML page", () => [file("trang.html", "<!doctype html><html><body>12 hồ sơ</body></html>")], "extract: trang.html: this is a web page (HTML), not a report's text: open it in a browser, copy the report's text and save that as .txt"],
    ["a 20 MB file", () => [sparse20MB()], "extract: lon.txt: the file is 20.0 MB; the extractor reads at most 5.0 MB of text (a report is usually under 1 MB): split it or keep only the report's text"],
    ["Windows-1258 text", () => [file("cu.txt", Uint8Array.from([0x54, 0x68, 0xe0, 0x6e, 0x68]))], "extract: cu.txt: the text is not UTF-8 (saved in an old Vietnamese encoding such as Windows-1258, TCVN3 or VNI?): convert it to Unicode UTF-8 (e.g. with UniKey's converter, or \"Save as… UTF-8\") and try again"],
    ["an unknown unit", () => [file("a.txt", PARAGRAPH), "--unit", "khong-co/noi-nay"], "extract: --unit khong-co/noi-nay: no such unit in data/units.csv (ids look like soc-trang/my-xuyen)"],
  ])("%s", (_, argv, line) => {
    expect(extract(...argv())).toEqual({ code: 2, stdout: "", stderr: `${line}\n` });
  });

  it("an unexpected failure is one line too, with exit code 1", () => {
    let stderr = "";
    const failingOut = () => {
      throw new Error("disk full\n    at write (fs.js:1:1)");
    };
    const code = runExtract([file("a.txt", PARAGRAPH)], { stdout: failingOut, stderr: (t) => (stderr += t), cwd: dir, dataDir: resolve("data") });
    expect([code, stderr]).toEqual([1, "extract: unexpected error: disk full\n"]);
  });

  it("a missing data/ folder is named, with exit code 1", () => {
    let stderr = "";
    const code = runExtract([file("a.txt", PARAGRAPH)], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir, dataDir: join(dir, "no-data") });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n").pop()).toMatch(/^extract: .*no-data: no units in units\.csv/);
  });
});

describe("runExtract: output", () => {
  it("--help prints the usage on stdout", () => {
    expect(extract("--help")).toMatchObject({ code: 0, stderr: "", stdout: expect.stringMatching(/^Usage: npm run extract -- FILE/) });
  });

  it("--format json prints only a JSON array; the summary, checks and warnings go to stderr", () => {
    const { code, stdout, stderr } = extract("--format", "json", file("bao-cao-hoa-lac.txt", PARAGRAPH));
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);
    expect(stderr).toMatch(/^bao-cao-hoa-lac\.txt: \d+ figure\(s\).*; source_id bao-cao-hoa-lac\n/);
  });
});

describe("jsonArray", () => {
  it("writes one item per line, and [] when there is none", () => {
    expect(jsonArray([{ a: 1 }, { b: "x" }])).toBe('[\n{"a":1},\n{"b":"x"}\n]\n');
    expect(jsonArray([])).toBe("[]\n");
  });
});
