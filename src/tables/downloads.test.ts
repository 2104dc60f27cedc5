import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { downloadFormats, JSON_MAX_ROWS, writeCsvDownload, writeDatasetDownloads, writeJsonDownload } from "./downloads";
import { loadTables } from "./tables";
import { DATASETS, DATASET_NAMES } from "../schemas/index";

const scratch = () => mkdtempSync(join(tmpdir(), "cchc-downloads-"));

describe("downloadFormats", () => {
  it("offers JSON up to JSON_MAX_ROWS rows, CSV always", () => {
    expect(downloadFormats(0)).toEqual(["csv", "json"]);
    expect(downloadFormats(JSON_MAX_ROWS)).toEqual(["csv", "json"]);
    expect(downloadFormats(JSON_MAX_ROWS + 1)).toEqual(["csv"]);
  });
});

describe("writeCsvDownload", () => {
  it("is a BOM, then the data/ file byte for byte but for formulas neutralised", () => {
    const dir = scratch();
    writeCsvDownload("data/par_index.csv", join(dir, "p.csv"));
    const data = readFileSync("data/par_index.csv", "utf8");
    const download = readFileSync(join(dir, "p.csv"), "utf8");
    expect(download.startsWith("\uFEFF")).toBe(true);
    expect(download.slice(1).replace(/,("?)'([+\-=@])/g, ",$1$2")).toBe(data);
    expect(download).toContain(",'+1.95 points vs 2016");
  });

  it("writes one BOM when the data/ file has its own", () => {
    const dir = scratch();
    writeFileSync(join(dir, "in.csv"), "\uFEFFa,b\n-1,-x\n");
    writeCsvDownload(join(dir, "in.csv"), join(dir, "out.csv"));
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("\uFEFFa,b\n-1,'-x\n");
  });
});

describe("writeJsonDownload", () => {
  it("writes Frictionless row arrays: the column names, then one array of validated values per row", () => {
    const dir = scratch();
    const tables = loadTables("data");
    writeJsonDownload("dossiers", tables, join(dir, "d.json"));
    const text = readFileSync(join(dir, "d.json"), "utf8");
    const [header, ...rows] = JSON.parse(text) as unknown[][];
    expect(header).toEqual(Object.keys(DATASETS.dossiers.columns));
    expect(rows.length).toBe(tables.dossiers.length);
    expect(rows[1]).toEqual(header!.map((c) => (tables.dossiers[1]!.row as Record<string, unknown>)[c as string]));
    // One row per line: greps and diffs well.
    expect(text.split("\n").length).toBe(rows.length + 4);
  });
});

describe("writeDatasetDownloads", () => {
  it("writes every dataset's files under du-lieu/", () => {
    const dir = scratch();
    writeDatasetDownloads(dir, "data", loadTables("data"));
    for (const name of DATASET_NAMES) {
      expect(readFileSync(join(dir, "du-lieu", `${name}.csv`)).length, name).toBeGreaterThan(0);
      expect(JSON.parse(readFileSync(join(dir, "du-lieu", `${name}.json`), "utf8")), name).toHaveLength(loadTables("data")[name].length + 1);
    }
  });
});
