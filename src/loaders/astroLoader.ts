/** csvLoader(name): an Astro content loader that reads one dataset through the shared CSV boundary. */
import type { Loader } from "astro/loaders";
import { loadDataset } from "./datasets";
import { formatDataError } from "./csv";
import { rowKey } from "./crossChecks";
import type { DatasetName } from "../schemas/index";

/** Wraps one data/ CSV file as a content collection; each entry's data is the typed row plus its line. */
export function csvLoader(name: DatasetName, dataDir = process.env.CCHC_DATA_DIR ?? "data"): Loader {
  return {
    name: `csv-${name}`,
    load: async ({ store }) => {
      const { rows, errors } = loadDataset(dataDir, name);
      if (errors.length > 0) throw new Error(`Invalid data:\n${errors.map(formatDataError).join("\n")}`);
      store.clear();
      for (const { csvLine, row } of rows) {
        store.set({ id: rowKey(name, row as Record<string, unknown>), data: { ...(row as Record<string, unknown>), _csvLine: csvLine } });
      }
    },
  };
}
