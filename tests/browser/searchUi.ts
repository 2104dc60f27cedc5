/** Drives the site's two search UIs (search page and header box) and reads what a reader sees. */
import type { Page } from "playwright-core";
import type { Site } from "./harness";

export interface ShownResult {
  /** Link target as written in the page (includes the base path). */
  href: string;
  title: string;
  /** The kind · province · validity line. */
  meta: string;
}

/**
 * Opens the search page (/tim-kiem/, or another edition's such as /en/search/) with ?q=… and returns the
 * results shown, best first, once the first one has rendered.
 */
export async function searchPage(page: Page, site: Site, query: string, count = 3, path = "/tim-kiem/"): Promise<ShownResult[]> {
  await page.goto(site.url(`${path}?q=${encodeURIComponent(query)}`));
  return shownResults(page, count);
}

/** Results currently listed by <pagefind-results>. */
export async function shownResults(page: Page, count = 3): Promise<ShownResult[]> {
  const items = page.locator("pagefind-results .search-result");
  await items.first().locator("a[href]").waitFor({ timeout: 15_000 });
  await settled(page, "pagefind-results .search-result a[href]");
  const n = Math.min(count, await items.count());
  const out: ShownResult[] = [];
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const link = item.locator("a[href]").first();
    await link.waitFor();
    out.push({
      href: (await link.getAttribute("href")) ?? "",
      title: (await link.innerText()).trim(),
      meta: (await item.locator(".search-meta").innerText()).trim(),
    });
  }
  return out;
}

/** Types into the header search box and returns the options of its dropdown, best first. */
/** The header's Pagefind input, after the plain form has been swapped for it (SearchBox.astro loads it on focus). */
export const HEADER_INPUT = ".search-box pagefind-searchbox input";

/** Focuses the header's plain search field, which loads Pagefind's searchbox, and waits until it has taken over. */
export async function openHeaderSearch(page: Page): Promise<void> {
  if (!(await page.locator(HEADER_INPUT).isVisible())) await page.locator("#tim-nhanh").focus();
  await page.locator(HEADER_INPUT).waitFor({ state: "visible", timeout: 15_000 });
}

export async function headerSearch(page: Page, query: string): Promise<ShownResult[]> {
  await openHeaderSearch(page);
  const input = page.locator(HEADER_INPUT);
  await input.fill(query);
  const options = page.locator(".search-box [role=option]");
  await page.waitForFunction(
    (q) => {
      const box = document.querySelector(".search-box pagefind-searchbox input") as HTMLInputElement | null;
      return box?.value === q && document.querySelectorAll(".search-box [role=option][href]").length > 0;
    },
    query,
    { timeout: 15_000 },
  );
  await settled(page, ".search-box [role=option][href]");
  const n = await options.count();
  const out: ShownResult[] = [];
  for (let i = 0; i < n; i++) {
    const o = options.nth(i);
    out.push({
      href: (await o.getAttribute("href")) ?? "",
      title: (await o.locator(".pf-searchbox-result-title").innerText()).trim(),
      meta: (await o.locator(".search-meta").innerText()).trim(),
    });
  }
  return out;
}

/** Presses Tab until `selector` has focus; fails after `max` presses (keyboard-only reachability). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached after ${max} Tab presses`);
}

/**
 * Waits until the links matching `selector` stop changing: both UIs render results as each one's data
 * arrives, so the first link seen is not necessarily the first result yet.
 */
export async function settled(page: Page, selector: string, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  const read = () => page.evaluate((s) => [...document.querySelectorAll(s)].map((a) => a.getAttribute("href")).join(" "), selector);
  let last = await read();
  let quietSince = Date.now();
  const start = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - start > timeoutMs) throw new Error(`results for ${selector} kept changing for ${timeoutMs} ms`);
    await page.waitForTimeout(100);
    const now = await read();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
}
