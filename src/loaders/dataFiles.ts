/**
 * The data/ files as published: their raw cells (so downloads keep each value exactly as stated, "99.90" not
 * "99.9") and a version id of their content (cited with every figure, so a reader can tell which data a
 * citation refers to).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index";
import { readCsvRows } from "./csv";

const dataDir = () => process.env.CCHC_DATA_DIR ?? "data";

/** Header and rows of one dataset file as string cells, exactly as written in data/ (read after validation). */
export function rawCells(name: DatasetName, dir = dataDir()): string[][] {
  const text = readFileSync(join(dir, DATASETS[name].file), "utf8");
  return readCsvRows(text, DATASETS[name].file).rows.map((r) => r.cells).filter((cells) => !(cells.length === 1 && cells[0] === ""));
}

const versions = new Map<string, string>();

/** First 10 hex digits of the SHA-256 of every dataset file in registry order: changes whenever any figure does. */
export function dataVersion(dir = dataDir()): string {
  let version = versions.get(dir);
  if (!version) {
    const hash = createHash("sha256");
    for (const name of DATASET_NAMES) hash.update(`${DATASETS[name].file}\n`).update(readFileSync(join(dir, DATASETS[name].file)));
    version = hash.digest("hex").slice(0, 10);
    versions.set(dir, version);
  }
  return version;
}
