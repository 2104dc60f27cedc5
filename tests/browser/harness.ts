/**
 * Shared harness for browser tests: serve a built site on 127.0.0.1, drive Debian's Chromium through
 * playwright-core, run axe, and save artifacts under test-results/. Never downloads a browser.
 *
 * Typical use:
 *   const site = await startSite();                 // dist/ at "/", or { dist: "dist-base", base: "/cchc/" }
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await page.goto(site.url("/tinh/soc-trang/"));
 *   expect(await axeViolations(page)).toEqual([]);
 *   await browser.close(); await site.close();
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { serveStatic } from "../../scripts/serve";

/** Where Chromium is expected; override with CHROMIUM_PATH. `.ci/run` installs Debian's package here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Folder for screenshots and other artifacts (gitignored). */
export const ARTIFACTS_DIR = resolve("test-results");

// Flags for a quiet, offline, sandbox-free headless run (containers run as root without a sandbox).
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export interface Site {
  /** Absolute URL of a site path ("/tinh/soc-trang/"), with the base path prefixed. */
  url(path?: string): string;
  /** The base path the site is mounted at, always ending in "/". */
  base: string;
  /** Folder being served. */
  root: string;
  close(): Promise<void>;
}

/** Serves a built site folder on 127.0.0.1 on a free port, mounted at `base`. Fails if the folder is missing. */
export async function startSite(options: { dist?: string; base?: string } = {}): Promise<Site> {
  const root = resolve(options.dist ?? "dist");
  const base = withSlashes(options.base ?? "/");
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build\` before the browser tests.`);
  }
  const server: Server = await serveStatic(root, base, 0);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    base,
    root,
    url: (path = "/") => `${origin}${base}${path.replace(/^\//, "")}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

/**
 * Launches headless Chromium from CHROMIUM_PATH. Throws a clear error when it is missing, so a test run
 * never skips the browser checks silently. Playwright gives each launch a fresh temporary profile.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get update && apt-get install -y chromium\` ` +
        "(or run .ci/run, which does), or set CHROMIUM_PATH. Browser tests are never skipped.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page in a fresh context with a fixed viewport and Vietnamese locale; logs page errors into `errors`. */
export async function newPage(browser: Browser, errors: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  return page;
}

/** One line per axe violation: rule id, impact, help and the first few offending selectors. */
export type AxeSummary = string;

/** Runs axe (WCAG 2.0/2.1 A and AA plus best practices) on the page and returns readable violations. */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeSummary[]> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
    return `${v.id} (${v.impact ?? "?"}): ${v.help} [${v.nodes.length} node(s): ${targets}]`;
  });
}

/** Full path for an artifact under test-results/, creating folders as needed. */
export function artifactPath(name: string): string {
  const path = join(ARTIFACTS_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
