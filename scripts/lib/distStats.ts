/** What a build wrote: how many files in dist/, how many of them HTML pages, and their bytes. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface DistStats {
  files: number;
  /** HTML pages (files ending in .html). */
  pages: number;
  bytes: number;
}

/** Counts the files, HTML pages and bytes under `dir` (all 0 when it does not exist). */
export function distStats(dir: string): DistStats {
  const stats: DistStats = { files: 0, pages: 0, bytes: 0 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        stats.files++;
        if (entry.name.endsWith(".html")) stats.pages++;
        stats.bytes += statSync(path).size;
      }
    }
  };
  try {
    walk(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return stats;
}
