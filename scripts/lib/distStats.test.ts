import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distStats } from "./distStats";

describe("distStats", () => {
  it("counts every file, the HTML pages among them, and their bytes, in nested folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-dist-"));
    try {
      mkdirSync(join(dir, "tinh", "soc-trang"), { recursive: true });
      writeFileSync(join(dir, "index.html"), "<p>a</p>");
      writeFileSync(join(dir, "tinh", "soc-trang", "index.html"), "<p>bb</p>");
      writeFileSync(join(dir, "tinh", "soc-trang", "par.csv"), "x,y\n");
      expect(distStats(dir)).toEqual({ files: 3, pages: 2, bytes: 8 + 9 + 4 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("is all zeros for a folder that does not exist", () => {
    expect(distStats("/nonexistent/cchc-dist")).toEqual({ files: 0, pages: 0, bytes: 0 });
  });
});
