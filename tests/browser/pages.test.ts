/**
 * Every page type in a real browser: zero axe violations, no CSP violation or script error, content and charts
 * without JavaScript, readable charts at 320 px, embed snippets that fit their pages, the compare page
 * (its own tests: compare.test.ts), and the Pagefind first-query payload budget.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { gzipSync } from "node:zlib";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withEnglish } from "../lib/editions";
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

const VI_PAGE_TYPES: Record<string, string> = {
  "home": "/",
  "provinces list": "/tinh/",
  "pre-2025 province": "/tinh/soc-trang/",
  "2025 province": "/tinh/an-giang-2025/",
  "district": "/huyen/soc-trang/vinh-chau/",
  "commune": "/xa/binh-dinh/tay-son/tay-xuan/",
  "ranking": "/xep-hang/par-index/2023/",
  "rankings list": "/xep-hang/",
  "compare": "/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau",
  "compare, one province's figures": "/so-sanh/tinh/soc-trang/",
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
  "report checker": "/kiem-tra-bao-cao/",
};
/** With every sample's English page, for the kinds built in both editions (tests/lib/editions.ts). */
const PAGE_TYPES = withEnglish(VI_PAGE_TYPES, {
  "search (English)": "/en/search/?q=methodology",
  "not found (English)": "/en/no-such-page/",
});

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

  it("the compare page links to static per-province lists of each place's figures, with links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau"));
    await expect(page.locator("noscript").first().textContent()).resolves.toContain("cần JavaScript");
    // Units formed in 2025 have no figures of their own: their former provinces are offered side by side instead.
    expect(await page.locator('#don-vi-moi ~ ul a[href$="/so-sanh/?a=can-tho&b=hau-giang&c=soc-trang"]').count()).toBe(1);
    await page.locator("#tung-noi + p a").click();
    await page.waitForURL(/\/so-sanh\/tinh\/$/);
    expect(await page.locator("main li a").count()).toBeGreaterThan(10);
    await page.locator('main li a[href$="/so-sanh/tinh/soc-trang/"]').click();
    await page.waitForURL(/\/so-sanh\/tinh\/soc-trang\/$/);
    expect(await page.locator('main section h2 a[href$="/huyen/soc-trang/my-xuyen/"]').count()).toBe(1);
    expect(await page.locator('main section a[href$="/so-sanh/?a=soc-trang%2Fmy-xuyen"]').count()).toBe(1);
    await page.goto(site.url("/so-sanh/tinh/binh-dinh/"));
    // Communes are comparable too: Tây Xuân is listed under its province, with its figures' sources.
    const tayXuan = page.locator("main section", { has: page.locator('h2 a[href$="/xa/binh-dinh/tay-son/tay-xuan/"]') });
    expect(await tayXuan.locator('li a[href*="/nguon/"]').count()).toBeGreaterThan(0);
    await page.goto(site.url("/so-sanh/tinh/ha-noi/"));
    const haNoi = page.locator("main section", { has: page.locator('h2 a[href$="/tinh/ha-noi/"]') });
    expect(await haNoi.locator("li", { hasText: /^SIPAS/ }).count()).toBe(1);
    await context.close();
  });

  it("the English compare page links to the English lists, whose figures are written the English way", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/en/compare/"));
    await expect(page.locator("noscript").first().textContent()).resolves.toContain("needs JavaScript");
    expect(await page.locator('#don-vi-moi ~ ul a[href$="/en/compare/?a=can-tho&b=hau-giang&c=soc-trang"]').count()).toBe(1);
    await page.locator("#tung-noi + p a").click();
    await page.waitForURL(/\/en\/compare\/province\/$/);
    await page.locator('main li a[href$="/en/compare/province/soc-trang/"]').click();
    await page.waitForURL(/\/en\/compare\/province\/soc-trang\/$/);
    const vinhChau = page.locator("main section", { has: page.locator("h2", { hasText: "Vĩnh Châu town" }) });
    expect(await vinhChau.locator("li", { hasText: "Applications received · District level" }).textContent()).toContain("20,658");
    await context.close();
  });
});

describe("without JavaScript, every page type", () => {
  // Search results need Pagefind (JS); without it the search page still offers its form. The compare page
  // builds its table from the URL with JS; without it, it links to static lists of each place's figures (tested above).
  // The report checker's form needs JS; without it the page explains the command line (report-checker.test.ts).
  // Each in both editions: a derived English entry is named "<kind> (English)".
  const types = Object.entries(PAGE_TYPES).filter(([name]) => {
    const kind = name.replace(/ \(English\)$/, "");
    return !kind.startsWith("search") && kind !== "compare" && kind !== "report checker";
  });
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

/** A page opened in a 320 px wide phone viewport (close its context when done). */
async function at320(path: string) {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: "networkidle" });
  return page;
}

describe("narrow screens", () => {
  it.each(["/", "/tinh/soc-trang/", "/huyen/soc-trang/vinh-chau/", "/xep-hang/par-index/2023/", "/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau", "/en/rankings/par-index/2023/", "/en/compare/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau"])(
    "%s does not scroll sideways at 320 px (wide tables scroll inside their own box)",
    async (path) => {
      const page = await at320(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );

  // Between them these pages draw every chart type that has text.
  it.each(["/", "/huyen/soc-trang/vinh-chau/", "/huyen/binh-dinh/tay-son/", "/tinh/soc-trang/", "/xep-hang/par-index/2023/"])(
    "%s: at 320 px every visible chart label is at least 9.5 px on screen, and each chart shows one drawing",
    async (path) => {
      const page = await at320(path);
      const found = await page.evaluate(() => {
        const shown = (svg: Element) => svg.getBoundingClientRect().width > 0;
        // On-screen size of a label = its CSS font size times the factor its SVG's viewBox is scaled by.
        const labels = [...document.querySelectorAll<SVGSVGElement>("svg.chart")].filter(shown).flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map((t) => ({ text: t.textContent ?? "", px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 100) / 100 }));
        });
        const pairs = [...document.querySelectorAll(".chart-switch")].map((pair) => [...pair.querySelectorAll("svg.chart")].filter(shown).length);
        return { labels, pairs };
      });
      expect(found.labels.length).toBeGreaterThan(0);
      expect(found.labels.filter((l) => l.px < 9.5)).toEqual([]);
      // Wide and narrow twins: exactly one is displayed (the other is display:none, so also hidden from screen readers).
      expect(found.pairs.length).toBeGreaterThan(0);
      expect(found.pairs.every((n) => n === 1)).toBe(true);
      await page.screenshot({ path: artifactPath(`charts-320${path.replace(/\/$/, "").replace(/\//g, "-") || "-home"}.png`), fullPage: true });
      await page.context().close();
    },
  );
});

/** Every iframe snippet on the built pages (embed path, height, max-width), read from their textareas. */
function embedSnippets(): { path: string; height: number; maxWidth: number }[] {
  const found = new Map<string, { path: string; height: number; maxWidth: number }>();
  const pattern = /&lt;iframe src=&quot;(?:[a-z]+:\/\/[^/]+)?(\/nhung\/[^&]+)&quot;.*?height=&quot;(\d+)&quot; style=&quot;border:0;max-width:(\d+)px/g;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        for (const m of readFileSync(file, "utf8").matchAll(pattern)) found.set(m[1]!, { path: m[1]!, height: Number(m[2]), maxWidth: Number(m[3]) });
      }
    }
  };
  walk(site.root);
  return [...found.values()];
}

describe("embed snippets", () => {
  it("every embed page fits its snippet's iframe at 300 px and 600 px wide, without a scrollbar", async () => {
    const snippets = embedSnippets();
    expect(snippets.map((s) => s.path)).toEqual(expect.arrayContaining(["/nhung/ho-so/soc-trang/vinh-chau/", "/nhung/ban-do-63/viet-nam/"]));
    const page = await newPage(browser);
    await page.setViewportSize({ width: 700, height: 2400 });
    // The snippet as a host page pastes it (100% wide up to its max-width) in a column 300 or 600 px wide.
    const host = (s: { path: string; height: number; maxWidth: number }, width: number) =>
      page.setContent(`<div style="width:${width}px"><iframe src="${site.url(s.path)}" title="biểu đồ" width="100%" height="${s.height}" style="border:0;max-width:${s.maxWidth}px"></iframe></div>`);
    const overflowing: string[] = [];
    for (const s of snippets) {
      for (const width of [300, 600]) {
        await host(s, width);
        const frame = page.frames()[1];
        await frame?.waitForLoadState("load");
        const size = await frame?.evaluate(() => {
          const root = document.documentElement;
          return { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
        });
        if (!size || size.scrollHeight > size.clientHeight || size.scrollWidth > size.clientWidth) overflowing.push(`${s.path} at ${width} px: ${JSON.stringify(size)}`);
      }
    }
    expect(overflowing).toEqual([]);
    await host(snippets.find((s) => s.path === "/nhung/ho-so/soc-trang/vinh-chau/")!, 300);
    await page.frames()[1]?.waitForLoadState("load");
    await page.screenshot({ path: artifactPath("embed-ho-so-vinh-chau-300px.png") });
    await page.context().close();
  });
});

describe("cite this (Trích dẫn)", () => {
  const PATH = "/huyen/soc-trang/vinh-chau/";

  it("copies a citation with the served address and today's date; the embed snippet gets the served address too", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(site.url(PATH), { waitUntil: "networkidle" });
    const control = page.locator("details.cite-this").first();
    await control.locator("summary").click();
    const now = new Date();
    const text = (await control.locator(".cite-text").textContent()) ?? "";
    expect(text).toContain(`${site.url(PATH)} (truy cập ngày ${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}; phiên bản dữ liệu `);
    expect(text).toContain("UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, bản dự thảo chưa ký");
    await control.getByRole("button", { name: "Sao chép trích dẫn" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    const snippet = await page.locator(".chart-embed textarea").first().inputValue();
    expect(snippet).toMatch(new RegExp(`^<iframe src="${site.url("/nhung/").replace(/[.]/g, "\\.")}[a-z-]+/soc-trang/vinh-chau/"`));
    await context.close();
  });

  it("without JavaScript shows the citation as text, with the page's own path and a place for the date", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(PATH));
    const control = page.locator("details.cite-this").first();
    await control.locator("summary").click();
    expect(await control.locator(".cite-text").innerText()).toMatch(/^CCHC Mở, “Số liệu cải cách hành chính: Thị xã Vĩnh Châu, tỉnh Sóc Trăng”\..* \/huyen\/soc-trang\/vinh-chau\/ \(truy cập ngày \[ngày truy cập\]; phiên bản dữ liệu [0-9a-f]{10}\)\.$/);
    expect(await control.getByRole("button").isVisible()).toBe(false);
    await context.close();
  });
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

describe("Pagefind first-query payload", () => {
  // Each edition has its own index (one per <html lang>): the English one holds the English place pages.
  it.each(["/huyen/soc-trang/vinh-chau/", "/en/district/soc-trang/vinh-chau/"])("on %s: stays under 150 KB gzipped (engine, WebAssembly, index, fragments); the search UI code loads on demand and stays under 50 KB", async (path) => {
    const page = await newPage(browser);
    await page.goto(site.url(path), { waitUntil: "networkidle" });
    const sizes: [string, number][] = [];
    page.on("response", async (r) => {
      if (!r.url().includes("/pagefind/")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      // Index files are already compressed; scripts count as a host would serve them, gzipped.
      sizes.push([new URL(r.url()).pathname, /\.(js|css|json)$/.test(new URL(r.url()).pathname) ? gzipSync(body).length : body.length]);
    });
    const results = await headerSearch(page, "vinh chau");
    expect(results[0]?.href).toBe(path);
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
