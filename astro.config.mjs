// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
// A TypeScript module: Node cannot import it, so Astro loads this config through Vite (its documented fallback).
import { dataTables } from "./src/tables/integration.ts";
import { notFoundPages } from "./src/i18n/integration.ts";

// The site must work under any sub-path (e.g. CCHC_BASE=/cchc/) and the build writes to a temporary
// folder first (CCHC_OUT_DIR) so that a failed build leaves the previous dist/ untouched.
const base = process.env.CCHC_BASE ?? "/";

export default defineConfig({
  // The public address (canonical links, embed snippets, citations). Without it the build emits no absolute URL
  // of its own: the browser completes relative ones where the page is served (src/lib/url.ts publicUrl).
  ...(process.env.CCHC_SITE ? { site: process.env.CCHC_SITE } : {}),
  base,
  outDir: process.env.CCHC_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  // One CSS file for every page, cached after the first visit, instead of the same CSS inlined in each of the
  // place and embed pages (README, "One stylesheet file for the whole site").
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx(), dataTables(), notFoundPages()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
});
