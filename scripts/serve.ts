/**
 * `npm run serve`: serves dist/ on 127.0.0.1 only, under the configured base path (CCHC_BASE, default /).
 * A tiny static server so that tests and `npm start` need no extra dependency.
 */
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".csv": "text/csv; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml",
  ".wasm": "application/wasm", ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream", ".pagefind": "application/octet-stream",
};

/** Starts a static server for `root` mounted at `base`; resolves once listening. */
export function serveStatic(root: string, base = "/", port = 4321): Promise<Server> {
  const dir = resolve(root);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    if (!url.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let path = normalize(join(dir, url.slice(prefix.length)));
    if (!path.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      // The nearest 404.html, as static hosts do: /en/… gets the English page (/en/404.html), the rest /404.html.
      const edition = join(dir, url.slice(prefix.length).split("/")[0] ?? "", "404.html");
      const notFound = url.slice(prefix.length).includes("/") && existsSync(edition) ? edition : join(dir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] ?? "" });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.CCHC_BASE ?? "/";
  await serveStatic(process.env.CCHC_DIST ?? "dist", base, port);
  console.log(`CCHC Mở: http://127.0.0.1:${port}${base}`);
}
