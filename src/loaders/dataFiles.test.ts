import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataVersion } from "./dataFiles";

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
