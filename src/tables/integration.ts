/**
 * An Astro integration that loads data/ when a build starts: invalid data stops the build before any page is
 * rendered, with every error listed, and the pages then reuse the parsed tables (src/tables/tables.ts).
 */
import type { AstroIntegration } from "astro";
import { DataInvalidError, loadTables } from "./tables";

/** Validates data/ at `astro:build:start`; errors go to stderr one per line and the build exits with status 1. */
export function dataTables(): AstroIntegration {
  return {
    name: "cchc-data-tables",
    hooks: {
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
    },
  };
}
