/**
 * The dataset downloads /du-lieu/<name>.csv and /du-lieu/<name>.json, written as files when Astro has built the
 * pages (src/tables/integration.ts), not rendered as routes: a route's response is one string, and the country's
 * dossiers are a million rows. The CSV is the data/ file copied in chunks (after a BOM, formulas neutralised); the
 * JSON is written from the validated tables a row at a time. Neither parses data/ again nor holds a whole file.
 */
import { closeSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index";
import type { Tables } from "../loaders/datasets";
import { csvNeutraliser } from "../lib/csvNeutralise";
import { UTF8_BOM } from "../lib/csvOut";

/**
 * A dataset has a JSON download when it has at most this many rows. Context: at the country's size (812,690 fact
 * rows) the JSON of dossiers and online services alone would be about 110 MB next to the same rows as CSV, within
 * a 1 GB site; a JSON user wants a file a script can fetch whole. Above the limit the dataset page says why there is
 * no JSON and points to the CSV (README, "Dataset downloads").
 */
export const JSON_MAX_ROWS = 100_000;

/** The download formats a dataset of `rows` rows has, in the order the pages list them. */
export function downloadFormats(rows: number): ("csv" | "json")[] {
  return rows <= JSON_MAX_ROWS ? ["csv", "json"] : ["csv"];
}

/** Where a dataset's download lies under the site's output folder. */
export function downloadPath(outDir: string, name: DatasetName, format: "csv" | "json"): string {
  return join(outDir, "du-lieu", `${name}.${format}`);
}

const CHUNK = 1 << 20;

/** Copies data/<file> to `target` as the CSV download: a BOM, then the file with formulas neutralised, 1 MB at a time. */
export function writeCsvDownload(source: string, target: string): void {
  const input = openSync(source, "r");
  const output = openSync(target, "w");
  try {
    const decoder = new StringDecoder("utf8");
    const neutraliser = csvNeutraliser();
    const buffer = Buffer.allocUnsafe(CHUNK);
    writeSync(output, UTF8_BOM);
    let first = true;
    for (let n = readSync(input, buffer); n > 0; n = readSync(input, buffer)) {
      let text = decoder.write(buffer.subarray(0, n));
      // A data/ file may start with its own BOM; the download carries exactly one.
      if (first && text.startsWith(UTF8_BOM)) text = text.slice(1);
      first = false;
      writeSync(output, neutraliser.push(text));
    }
    writeSync(output, neutraliser.push(decoder.end()) + neutraliser.end());
  } finally {
    closeSync(input);
    closeSync(output);
  }
}

/**
 * Writes a dataset's rows as JSON in the "row arrays" form of Frictionless tabular data: one array, the column names
 * first, then one array of values per row, one row per line (greps and diffs well). Values are the validated ones:
 * numbers as numbers, a missing value as null, a list as an array.
 */
export function writeJsonDownload(name: DatasetName, tables: Tables, target: string): void {
  const columns = Object.keys(DATASETS[name].columns);
  const output = openSync(target, "w");
  try {
    let batch = `[\n${JSON.stringify(columns)}`;
    for (const { row } of tables[name]) {
      const record = row as Record<string, unknown>;
      batch += `,\n${JSON.stringify(columns.map((column) => record[column]))}`;
      if (batch.length >= CHUNK) {
        writeSync(output, batch);
        batch = "";
      }
    }
    writeSync(output, `${batch}\n]\n`);
  } finally {
    closeSync(output);
  }
}

/** Writes every dataset's downloads into the built site at `outDir` (data read from `dataDir`, already validated). */
export function writeDatasetDownloads(outDir: string, dataDir: string, tables: Tables): void {
  for (const name of DATASET_NAMES) {
    const formats = downloadFormats(tables[name].length);
    mkdirSync(dirname(downloadPath(outDir, name, "csv")), { recursive: true });
    writeCsvDownload(join(dataDir, DATASETS[name].file), downloadPath(outDir, name, "csv"));
    if (formats.includes("json")) writeJsonDownload(name, tables, downloadPath(outDir, name, "json"));
  }
}
