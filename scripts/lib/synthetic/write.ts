/**
 * Writes one dataset file in bounded memory: the real file's text exactly as it is (so every real row stays
 * byte for byte), then synthetic rows as they are generated, flushed in chunks of about a megabyte.
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, type DatasetName } from "../../../src/schemas/index";
import { csvLine } from "../../../src/lib/csvCell";
import type { Row } from "./scores";

const CHUNK = 1 << 20;

function cell(value: Row[string] | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  return typeof value === "object" ? value.join(";") : value;
}

/** Appends `rows` to a copy of `realDir`'s file of the dataset in `outDir`; returns the rows appended and bytes written. */
export function writeDataset(name: DatasetName, realDir: string, outDir: string, rows: Iterable<Row>): { rows: number; bytes: number } {
  const { file, columns } = DATASETS[name];
  const names = Object.keys(columns);
  const real = readFileSync(join(realDir, file), "utf8");
  const header = real.slice(0, real.indexOf("\n")).replace(/\r$/, "");
  if (header !== names.join(",")) throw new Error(`${file}: header ${header} is not the registry's columns ${names.join(",")}`);
  const fd = openSync(join(outDir, file), "w");
  let bytes = 0;
  let count = 0;
  let chunk = real.endsWith("\n") ? real : `${real}\n`;
  const flush = () => {
    bytes += writeSync(fd, chunk);
    chunk = "";
  };
  try {
    for (const row of rows) {
      chunk += `${csvLine(names.map((n) => cell(row[n])))}\n`;
      count++;
      if (chunk.length > CHUNK) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { rows: count, bytes };
}
