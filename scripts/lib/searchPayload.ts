/**
 * Pagefind's first-query payload of a built site, measured as a reader meets it: open a page in headless Chromium,
 * type a query into the header search, and add up what is fetched under /pagefind/ (scripts and JSON gzipped, as
 * a host serves them; index chunks and fragments as stored, already compressed). The same measure as the browser
 * test's 150 KB budget, for a site of any size (npm run bench).
 */
import { gzipSync } from "node:zlib";
import { launchBrowser, newPage, startSite } from "../../tests/browser/harness";
import { headerSearch } from "../../tests/browser/searchUi";

export interface SearchPayload {
  /** Engine, WebAssembly, metadata, index chunks and fragments, in bytes. */
  engine: number;
  /** Pagefind's component UI code, loaded on first focus of the search box, in bytes. */
  ui: number;
  /** First result's link, to show the query found something. */
  first: string;
}

/** Measures one query typed on one page of the site in `dist` (served at "/"). */
export async function searchPayload(dist: string, page: string, query: string): Promise<SearchPayload> {
  const site = await startSite({ dist });
  const browser = await launchBrowser();
  try {
    const tab = await newPage(browser);
    await tab.goto(site.url(page), { waitUntil: "networkidle" });
    const sizes: [string, number][] = [];
    tab.on("response", async (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.includes("/pagefind/")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      sizes.push([path, /\.(js|css|json)$/.test(path) ? gzipSync(body).length : body.length]);
    });
    const results = await headerSearch(tab, query);
    const sum = (ui: boolean) => sizes.filter(([p]) => p.includes("pagefind-component-ui") === ui).reduce((a, [, b]) => a + b, 0);
    return { engine: sum(false), ui: sum(true), first: results[0]?.href ?? "" };
  } finally {
    await browser.close();
    await site.close();
  }
}
