/** Runs scripts/build.ts into a temporary folder with optional data, base and site, for tests that need their own build. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function buildInto(options: { dataDir?: string; base?: string; site?: string } = {}): { dist: string; status: number | null; stderr: string } {
  const dist = join(mkdtempSync(join(tmpdir(), "cchc-build-")), "dist");
  // Vitest sets BASE_URL and NODE_ENV, which Astro would take over CCHC_BASE; the build gets a clean copy.
  const { BASE_URL: _base, NODE_ENV: _env, ...env } = process.env;
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    env: { ...env, CCHC_DIST: dist, ...(options.dataDir ? { CCHC_DATA_DIR: options.dataDir } : {}), ...(options.base ? { CCHC_BASE: options.base } : {}), ...(options.site ? { CCHC_SITE: options.site } : {}) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dist, status: result.status, stderr: result.stderr };
}
