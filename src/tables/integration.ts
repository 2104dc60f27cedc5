/**
 * An Astro integration that loads data/ when a build starts: invalid data stops the build before any page is
 * rendered, with every error listed, and the pages then reuse the parsed tables (src/tables/tables.ts). When the
 * pages are built it writes the dataset downloads beside them (src/tables/downloads.ts); the dev server serves the
 * same files.
 */
import type { AstroIntegration } from "astro";
import { createReadStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataInvalidError, dataDir, loadTables } from "./tables";
import { downloadFormats, writeCsvDownload, writeDatasetDownloads, writeJsonDownload } from "./downloads";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index";

/** Validates data/ at `astro:build:start` (errors to stderr, exit status 1) and writes the downloads at `astro:build:done`. */
export function dataTables(): AstroIntegration {
  let base = "/";
  return {
    name: "cchc-data-tables",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:start": () => {
        try {
          loadTables();
        } catch (error) {
          if (!(error instanceof DataInvalidError)) throw error;
          // The list is the whole message a reader needs; Astro's stack trace of the hook would only bury it.
          console.error(`${error.message}\n\nBuild stopped before any page was rendered.`);
          process.exit(1);
        }
      },
      "astro:build:done": ({ dir }) => {
        writeDatasetDownloads(fileURLToPath(dir), dataDir(), loadTables());
      },
      "astro:server:setup": ({ server }) => {
        const scratch = mkdtempSync(join(tmpdir(), "cchc-downloads-"));
        server.middlewares.use((request, response, next) => {
          const match = /^du-lieu\/([a-z_]+)\.(csv|json)$/.exec((request.url ?? "").split("?")[0]?.slice(base.length) ?? "");
          const name = match?.[1] as DatasetName | undefined;
          const format = match?.[2] as "csv" | "json" | undefined;
          if (!name || !format || !DATASET_NAMES.includes(name)) return next();
          const tables = loadTables();
          if (!downloadFormats(tables[name].length).includes(format)) return next();
          const file = join(scratch, `${name}.${format}`);
          if (format === "csv") writeCsvDownload(join(dataDir(), DATASETS[name].file), file);
          else writeJsonDownload(name, tables, file);
          response.setHeader("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
