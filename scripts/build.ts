/**
 * `npm run build`: builds the site (which validates data/ first) into a temporary folder, indexes it with Pagefind,
 * and only then replaces dist/. Any failure exits non-zero and leaves the previous dist/ untouched.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { totalmem } from "node:os";
import { headersFile } from "../src/lib/csp";

const outDir = resolve(process.env.CCHC_DIST ?? "dist");
// Astro always builds inside the project: when its outDir lies elsewhere it stages the build in .astro/ and
// copies that whole folder out, content-layer internals (content-modules.mjs, collections/) included.
const astroDir = resolve(".build-astro");
const tmpDir = `${outDir}.build-tmp`;
const oldDir = `${outDir}.build-old`;

/** Renames a folder, copying it when the target sits on another file system (e.g. a tmpfs /tmp). */
function moveDir(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
const dataDir = process.env.CCHC_DATA_DIR ?? "data";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(astroDir, { recursive: true, force: true });
    console.error(`\nBuild failed in: ${command} ${args.join(" ")}. The previous ${outDir} is untouched.`);
    process.exit(result.status ?? 1);
  }
}

// data/ is validated once, inside the Astro process, when the build starts (src/tables/integration.ts): a data
// error stops the build there with every error listed, before any page is rendered.
rmSync(astroDir, { recursive: true, force: true });
// The heap the Astro process may use: CCHC_HEAP_MB when set, else 1.25 GB (or 70% of a smaller machine's memory).
// The whole country's tables (text interned), indexes and check summary are 171 MB of heap; the dataset downloads
// are streamed and a place's checks made when its page asks. The cap leaves room for the pages being rendered and for
// garbage between collections, and keeps the process under 1.6 GB resident (840 MB seen for the country), so that Astro, then Pagefind, stay within 2 GB. A much larger cap only
// lets garbage pile up (a 16 GB cap let a country build reach 4.4 GB resident). docs/performance.md.
const heapMb = Number(process.env.CCHC_HEAP_MB ?? Math.min(1280, Math.floor((totalmem() / 2 ** 20) * 0.7)));
run(process.execPath, [`--max-old-space-size=${heapMb}`, "node_modules/astro/astro.js", "build"], { CCHC_OUT_DIR: astroDir, CCHC_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" });
// Search finds places by their names (metadata weighted in metrics/search.ts, aliases, the heading and summary), not
// by the figures on their pages: leaving the figure sections out of the index halves Pagefind's memory and time for
// the whole country (3.7 GB -> 1.8 GB, docs/performance.md) and the search-order tests hold.
const NOT_INDEXED = [".place-page section", ".place-page .cards"];
run(process.execPath, ["node_modules/pagefind/lib/runner/bin.cjs", "--site", astroDir, "--quiet", ...NOT_INDEXED.flatMap((s) => ["--exclude-selectors", s])]);
// Astro does not route files whose name starts with "_", so the hosts' /_headers file is written here.
writeFileSync(resolve(astroDir, "_headers"), headersFile((process.env.CCHC_BASE ?? "/").replace(/\/?$/, "/")));

rmSync(tmpDir, { recursive: true, force: true });
moveDir(astroDir, tmpDir);
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Built ${outDir}`);
