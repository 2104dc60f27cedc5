/** Reads the validated content collections back as typed tables (the loader has already validated every row). */
import { getCollection } from "astro:content";
import type { Tables } from "../loaders/datasets";
import { DATASET_NAMES } from "../schemas/index";

let cached: Promise<Tables> | undefined;

/** All datasets, each as rows with their data/ CSV line, in file order. */
export function getTables(): Promise<Tables> {
  cached ??= (async () => {
    const tables: Record<string, unknown> = {};
    for (const name of DATASET_NAMES) {
      const entries = await getCollection(name);
      tables[name] = entries
        .map((e) => {
          const { _csvLine, ...row } = e.data as Record<string, unknown> & { _csvLine: number };
          return { csvLine: _csvLine, row };
        })
        .sort((a, b) => a.csvLine - b.csvLine);
    }
    return tables as Tables;
  })();
  return cached;
}
