/**
 * Page weight as a first visit loads it: gzipped HTML plus the local CSS and JS files it references, and the
 * modules those scripts import statically (dynamic import() loads on demand, e.g. the search UI, and is not counted).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** Local files a JS module imports statically (`import x from "./a.js"`, `import "./b.js"`, `export … from`). */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(file, "utf8");
  const specifiers = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  return specifiers
    .filter((s) => s.startsWith("./") || s.startsWith("../") || s.startsWith("/"))
    .map((s) => (s.startsWith("/") ? join(dist, s) : join(dirname(file), s)))
    .filter((f) => existsSync(f) && !relative(dist, f).startsWith(".."));
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Gzipped bytes of a built page (path relative to dist, "" for home); null when the page does not exist. */
export function firstVisitWeight(dist: string, page: string, base = "/"): PageWeight | null {
  const file = join(dist, page, "index.html");
  if (!existsSync(file)) return null;
  const raw = readFileSync(file);
  const weight: PageWeight = { html: gzipSync(raw).length, css: 0, js: 0, total: 0 };
  for (const m of raw.toString("utf8").matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const asset = m[1]?.startsWith(base) ? join(dist, m[1].slice(base.length)) : null;
    if (asset && existsSync(asset)) weight.css += gzipSync(readFileSync(asset)).length;
  }
  for (const bytes of pageScripts(dist, page, base).values()) weight.js += bytes;
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/**
 * Gzipped bytes of every local script a built page loads (path relative to dist -> bytes), with the modules those
 * import statically, which a first visit loads too.
 */
export function pageScripts(dist: string, page: string, base = "/"): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (file: string) => {
    const path = relative(dist, file);
    if (out.has(path) || !existsSync(file)) return;
    out.set(path, gzipSync(readFileSync(file)).length);
    for (const imported of staticImports(dist, file)) visit(imported);
  };
  const html = readFileSync(join(dist, page, "index.html"), "utf8");
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) if (m[1]?.startsWith(base)) visit(join(dist, m[1].slice(base.length)));
  return out;
}
