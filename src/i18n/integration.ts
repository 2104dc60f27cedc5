/**
 * An Astro integration that puts each edition's "page not found" where the route table says it is. Astro writes
 * only src/pages/404.astro as /404.html; src/pages/en/404.astro comes out as /en/404/index.html, which hosts that
 * look for the nearest 404.html (and scripts/serve.ts) would never serve.
 */
import type { AstroIntegration } from "astro";
import { existsSync, renameSync, rmdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { DEFAULT_LOCALE, LOCALES } from "./locale";
import { ROUTES } from "./routes";

/** Moves <edition>/404/index.html to the notFound route of every edition but the default one. */
export function notFoundPages(): AstroIntegration {
  return {
    name: "cchc-not-found-pages",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const locale of LOCALES) {
          if (locale === DEFAULT_LOCALE) continue;
          const target = ROUTES.notFound[locale];
          const built = join(root, target.replace(/\.html$/, ""), "index.html");
          if (!existsSync(built)) throw new Error(`${built} is missing: is there a src/pages${target.replace(/\.html$/, ".astro")}?`);
          renameSync(built, join(root, target));
          rmdirSync(join(root, target.replace(/\.html$/, "")));
        }
      },
    },
  };
}
