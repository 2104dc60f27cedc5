import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAll } from "./datasets";
import { formatDataError } from "./csv";
import { dataPackage } from "../schemas/datapackage";

/** Copies data/ to a temp folder and applies edits: file -> text transform. */
function corrupted(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cchc-data-"));
  cpSync("data", dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

describe("loadAll on the bundled data", () => {
  it("finds no errors", () => {
    const { errors } = loadAll("data");
    expect(errors.map(formatDataError)).toEqual([]);
  });

  it("declares only required fields as primary keys and no foreign key on a list column (Table Schema)", () => {
    for (const resource of dataPackage().resources) {
      const required = new Set(resource.schema.fields.filter((f) => f.constraints.required).map((f) => f.name));
      expect(resource.schema.primaryKey.filter((k) => !required.has(k)), resource.name).toEqual([]);
      expect(resource.schema.foreignKeys.map((k) => k.fields), resource.name).not.toContain("successor_ids");
    }
  });

  it("keeps data/datapackage.json in step with the schemas (run npm run datapackage)", () => {
    expect(JSON.parse(readFileSync("data/datapackage.json", "utf8"))).toEqual(JSON.parse(JSON.stringify(dataPackage())));
  });
});

describe("cross-file checks", () => {
  it("reports an unknown unit with file and line", () => {
    const dir = corrupted({ "dossiers.csv": (t) => t.replace("\nsoc-trang/my-xuyen,", "\nsoc-trang/khong-co,") });
    const messages = loadAll(dir).errors.map(formatDataError);
    expect(messages.some((m) => /^data\/dossiers\.csv:\d+:1 unit_id: got "soc-trang\/khong-co", expected an existing units id/.test(m))).toBe(true);
  });

  it("reports a duplicate key and names the first line", () => {
    const dir = corrupted({ "units.csv": (t) => `${t}${t.split("\n")[1]}\n` });
    const messages = loadAll(dir).errors.map(formatDataError);
    expect(messages.some((m) => m.includes('unit_id: got "viet-nam", expected a unique key (unit_id); line 2 has the same'))).toBe(true);
  });

  it("reports an unknown source", () => {
    const dir = corrupted({ "par_index.csv": (t) => t.replace(",bc-tay-son-2021,", ",bc-khong-co,") });
    expect(loadAll(dir).errors.map(formatDataError).some((m) => m.includes('source_id: got "bc-khong-co"'))).toBe(true);
  });

  it("reports a period that ends before it starts", () => {
    const dir = corrupted({ "dossiers.csv": (t) => t.replace("2021-01-01,2021-12-31", "2022-01-01,2021-12-31") });
    expect(loadAll(dir).errors.map(formatDataError).some((m) => m.includes("expected period_start on or before period_end"))).toBe(true);
  });

  it("reports errors of several files in one run", () => {
    const dir = corrupted({
      "dossiers.csv": (t) => t.replace(",7927,", ",abc,"),
      "par_index.csv": (t) => t.replace(",72.63,", ",72,63,"),
    });
    const files = new Set(loadAll(dir).errors.map((e) => e.file));
    expect(files).toEqual(new Set(["data/dossiers.csv", "data/par_index.csv"]));
  });
});

describe("data/README.md", () => {
  it("holds the generated column reference (run npm run datapackage)", async () => {
    const { withColumnReference } = await import("../schemas/dataDocs");
    const readme = readFileSync("data/README.md", "utf8");
    expect(withColumnReference(readme)).toBe(readme);
  });
});
