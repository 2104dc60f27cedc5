import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataVersion, rawCells } from "./dataFiles";

describe("rawCells", () => {
  it("keeps every cell as written: 99.90 stays 99.90, the header is the first row", () => {
    const rows = rawCells("dossiers", "data");
    expect(rows[0]?.[0]).toBe("unit_id");
    expect(rows.some((cells) => cells.includes("99.90"))).toBe(true);
    expect(rows.length).toBe(readFileSync("data/dossiers.csv", "utf8").trim().split("\n").length);
  });
});

describe("dataVersion", () => {
  it("is 10 hex digits, the same for the same files", () => {
    expect(dataVersion("data")).toMatch(/^[0-9a-f]{10}$/);
    expect(dataVersion("data")).toBe(dataVersion("data"));
  });

  it("changes when one figure changes", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cchc-version-")), "data");
    cpSync("data", dir, { recursive: true });
    const file = join(dir, "dossiers.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(",99.90,", ",99.91,"));
    expect(dataVersion(dir)).not.toBe(dataVersion("data"));
  });
});
