// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// The site must work under any sub-path (e.g. CCHC_BASE=/cchc/) and the build writes to a temporary
// folder first (CCHC_OUT_DIR) so that a failed build leaves the previous dist/ untouched.
const base = process.env.CCHC_BASE ?? "/";

export default defineConfig({
  site: process.env.CCHC_SITE ?? "https://cchc-mo.example",
  base,
  outDir: process.env.CCHC_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
