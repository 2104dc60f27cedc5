/**
 * Runs scripts/build.ts into a temporary folder with optional data, base, site and heap cap, for tests that need
 * their own build. Asynchronous on purpose: a build takes a minute or more, and a test worker blocked that long in
 * spawnSync misses Vitest's RPC deadlines ("Timeout calling onTaskUpdate"), which fails the run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface BuildOptions {
  dataDir?: string;
  base?: string;
  site?: string;
  /** Heap cap of the Astro process in MB (CCHC_HEAP_MB). */
  heapMb?: number;
  /** Where to build; a new temporary folder when absent. */
  dist?: string;
}

export function buildInto(options: BuildOptions = {}): Promise<{ dist: string; status: number | null; stderr: string }> {
  const dist = options.dist ?? join(mkdtempSync(join(tmpdir(), "cchc-build-")), "dist");
  // Vitest sets BASE_URL and NODE_ENV, which Astro would take over CCHC_BASE; the build gets a clean copy.
  const { BASE_URL: _base, NODE_ENV: _env, ...env } = process.env;
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    env: {
      ...env, CCHC_DIST: dist,
      ...(options.dataDir ? { CCHC_DATA_DIR: options.dataDir } : {}), ...(options.base ? { CCHC_BASE: options.base } : {}),
      ...(options.site ? { CCHC_SITE: options.site } : {}), ...(options.heapMb ? { CCHC_HEAP_MB: String(options.heapMb) } : {}),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ dist, status, stderr }));
  });
}
