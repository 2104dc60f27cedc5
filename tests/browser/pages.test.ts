/**
 * Every page type in a real browser: zero axe violations, no CSP violation or script error, content and charts
 * without JavaScript, the compare page from a shared URL, and the Pagefind first-query payload budget.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { gzipSync } from "node:zlib";
import { artifactPath, axeViolations, launchBrowser, newPage, startSite, type Site } from "./harness";
import { headerSearch } from "./searchUi";

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGE_TYPES: Record<string, string> = {
  "home": "/",
  "provinces list": "/tinh/",
  "pre-2025 province": "/tinh/soc-trang/",
  "2025 province": "/tinh/an-giang-2025/",
  "district": "/huyen/soc-trang/vinh-chau/",
  "commune": "/xa/binh-dinh/tay-son/tay-xuan/",
  "ranking": "/xep-hang/par-index/2023/",
  "rankings list": "/xep-hang/",
  "compare": "/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau",
  "sources": "/nguon/",
  "source": "/nguon/bc-vinh-chau-2023/",
  "datasets": "/du-lieu/",
  "dataset": "/du-lieu/dossiers/",
  "data quality": "/chat-luong-du-lieu/",
  "methodology": "/phuong-phap/",
  "stories": "/bai-viet/",
  "story": "/bai-viet/bon-huyen-ho-so-dung-han/",
  "embed": "/nhung/ho-so/soc-trang/vinh-chau/",
  "search": "/tim-kiem/",
  "not found": "/khong-co-trang-nay/",
};

describe("every page type", () => {
  it.each(Object.entries(PAGE_TYPES))("%s (%s): no axe violation, no CSP violation, no script error", async (_, path) => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    page.on("console", (m) => {
      if (m.type() === "error" && !/404 \(Not Found\)/.test(m.text())) errors.push(m.text());
    });
    await page.goto(site.url(path), { waitUntil: "networkidle" });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  it("a district page shows its figures, charts and their data tables", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url("/huyen/soc-trang/vinh-chau/"));
    await expect(page.locator("h1").textContent()).resolves.toBe("Thị xã Vĩnh Châu");
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator("svg[role=img] desc").first().textContent()).toMatch(/\d/);
    const details = page.locator("details:has(table)").first();
    await details.locator("summary").click();
    expect(await details.locator("table").isVisible()).toBe(true);
    expect(await page.getByText("0,01%").count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath("no-js-vinh-chau-360px.png"), fullPage: true });
    await context.close();
  });

  it("the compare page lists every place's figures with links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau"));
    const list = page.locator("#tung-noi + details");
    expect(await list.locator("section").count()).toBeGreaterThan(10);
    expect(await list.locator('a[href$="/huyen/soc-trang/my-xuyen/"]').count()).toBe(1);
    await context.close();
  });
});

describe("without JavaScript, every page type", () => {
  // Search results need Pagefind (JS); without it the search page still offers its form. The compare page
  // builds its table from the URL with JS; without it, it lists every place's figures (tested above).
  const types = Object.entries(PAGE_TYPES).filter(([name]) => name !== "search" && name !== "compare");
  it.each(types)("%s (%s) shows its heading and at least 90%% of the text it shows with JS", async (_, path) => {
    const mainText = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: "networkidle" });
      const h1 = await page.locator("h1").first().isVisible();
      const text = (await page.locator("main").first().innerText()).replace(/\s+/g, " ");
      await context.close();
      return { h1, text };
    };
    const withJs = await mainText(true);
    const withoutJs = await mainText(false);
    expect(withoutJs.h1).toBe(true);
    expect(withoutJs.text.length).toBeGreaterThanOrEqual(0.9 * withJs.text.length);
  });
});

describe("narrow screens", () => {
  it.each(["/", "/tinh/soc-trang/", "/huyen/soc-trang/vinh-chau/", "/xep-hang/par-index/2023/", "/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau"])(
    "%s does not scroll sideways at 320 px (wide tables scroll inside their own box)",
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: "networkidle" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});

describe("print", () => {
  it.each([["/huyen/soc-trang/vinh-chau/", 2], ["/tinh/soc-trang/", 3], ["/huyen/soc-trang/my-xuyen/", 2]] as const)(
    "%s prints as a short summary (cards, charts, mismatches, the page address) in at most %i A4 pages",
    async (path, maxPages) => {
      const page = await newPage(browser);
      await page.goto(site.url(path), { waitUntil: "networkidle" });
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".print-only").first().isVisible()).toBe(true);
      expect(await page.locator(".print-only").first().textContent()).toContain(path);
      expect(await page.locator(".table-scroll").first().isVisible()).toBe(false);
      expect(await page.locator("svg.chart").first().isVisible()).toBe(true);
      expect(await page.locator("section:visible h2").allTextContents()).not.toContain("Đơn vị trực thuộc có trong dữ liệu");
      const pdf = await page.pdf({ format: "A4", path: artifactPath(`print${path.replace(/\/$/, "").replace(/\//g, "-")}.pdf`) });
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeLessThanOrEqual(maxPages);
      await page.context().close();
    },
  );
});

describe("compare", () => {
  it("a shared URL for Mỹ Xuyên and Vĩnh Châu shows both places' figures", async () => {
    const page = await newPage(browser);
    await page.goto(site.url("/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau"));
    const table = page.locator("#compare table").first();
    await table.waitFor();
    const head = await table.locator("thead").textContent();
    expect(head).toContain("huyện Mỹ Xuyên");
    expect(head).toContain("thị xã Vĩnh Châu");
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("7.927");
    expect(text).toContain("20.658");
    expect(text).toContain("Thang điểm tối đa là 96");
    expect(await page.locator("#chon-a").inputValue()).toBe("soc-trang/my-xuyen");
    await page.screenshot({ path: artifactPath("compare-my-xuyen-vinh-chau.png"), fullPage: true });
    await page.context().close();
  });
});

describe("Pagefind first-query payload", () => {
  it("stays under 150 KB gzipped (engine, WebAssembly, index, fragments); the search UI code loads on demand and stays under 50 KB", async () => {
    const page = await newPage(browser);
    await page.goto(site.url("/huyen/soc-trang/vinh-chau/"), { waitUntil: "networkidle" });
    const sizes: [string, number][] = [];
    page.on("response", async (r) => {
      if (!r.url().includes("/pagefind/")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      // Index files are already compressed; scripts count as a host would serve them, gzipped.
      sizes.push([new URL(r.url()).pathname, /\.(js|css|json)$/.test(new URL(r.url()).pathname) ? gzipSync(body).length : body.length]);
    });
    const results = await headerSearch(page, "vinh chau");
    expect(results[0]?.href).toBe("/huyen/soc-trang/vinh-chau/");
    const ui = sizes.filter(([path]) => path.includes("pagefind-component-ui"));
    const engine = sizes.filter(([path]) => !path.includes("pagefind-component-ui"));
    const sum = (list: [string, number][]) => list.reduce((a, [, b]) => a + b, 0);
    const detail = sizes.map(([p, b]) => `${p} ${b}`).join("\n");
    expect(engine.some(([path]) => path.endsWith(".pf_index"))).toBe(true);
    expect(sum(engine), detail).toBeLessThan(150 * 1024);
    expect(sum(ui), detail).toBeLessThan(50 * 1024);
    await page.context().close();
  });
});
