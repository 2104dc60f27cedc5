/**
 * A version id of the data/ files' content, cited with every figure, so a reader can tell which data a citation
 * refers to.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, DATASET_NAMES } from "../schemas/index";

const dataDir = () => process.env.CCHC_DATA_DIR ?? "data";

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
