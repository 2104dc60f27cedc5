/** Page weight as a first visit loads it: gzipped HTML plus the local CSS and JS files it references. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

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
  const text = raw.toString("utf8");
  const assets = [
    ...[...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => ["css", m[1]] as const),
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => ["js", m[1]] as const),
  ];
  for (const [kind, url] of assets) {
    if (!url?.startsWith(base)) continue;
    const asset = join(dist, url.slice(base.length));
    if (existsSync(asset)) weight[kind] += gzipSync(readFileSync(asset)).length;
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/**
 * Gzipped bytes of every local script a built page loads (path relative to dist -> bytes), with the modules those
 * import statically, which a first visit loads too.
 */
export function pageScripts(dist: string, page: string, base = "/"): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (path: string) => {
    const file = join(dist, path);
    if (out.has(path) || !existsSync(file)) return;
    const code = readFileSync(file);
    out.set(path, gzipSync(code).length);
    for (const m of code.toString("utf8").matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g)) visit(join(dirname(path), m[1] ?? ""));
  };
  const html = readFileSync(join(dist, page, "index.html"), "utf8");
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) if (m[1]?.startsWith(base)) visit(m[1].slice(base.length));
  return out;
}
