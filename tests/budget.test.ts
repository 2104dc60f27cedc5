/** Weight budgets (sizes, never times): a first visit to any page type stays light. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { firstVisitWeight, pageScripts } from "../scripts/lib/weight";
import { withEnglishFolders } from "./lib/editions";

const DIST = process.env.CCHC_DIST ?? "dist";
const BUDGET = 60 * 1024;
const VI_PAGES: Record<string, string> = {
  "home": "",
  "province": "tinh/soc-trang",
  "new province": "tinh/can-tho-2025",
  "district": "huyen/soc-trang/vinh-chau",
  "commune": "xa/binh-dinh/tay-son/tay-xuan",
  "ranking": "xep-hang/par-index/2023",
  "compare": "so-sanh",
  "source": "nguon/bc-vinh-chau-2023",
  "dataset": "du-lieu/dossiers",
  "story": "bai-viet/bon-huyen-ho-so-dung-han",
  "search": "tim-kiem",
  "report checker": "kiem-tra-bao-cao",
  "provinces list": "tinh",
  "rankings list": "xep-hang",
  "compare, one province's figures": "so-sanh/tinh/soc-trang",
  "sources": "nguon",
  "datasets": "du-lieu",
  "data quality": "chat-luong-du-lieu",
  "methodology": "phuong-phap",
  "stories": "bai-viet",
  "embed": "nhung/ho-so/soc-trang/vinh-chau",
};
/** With the English page of each sample whose kind is built in both editions (tests/lib/editions.ts). */
const PAGES = withEnglishFolders(VI_PAGES);

describe("first-visit weight (HTML + CSS + JS, gzipped, search index excluded)", () => {
  it.each(Object.entries(PAGES))("%s page stays under 60 KB", (_, page) => {
    const weight = firstVisitWeight(DIST, page);
    expect(weight, `${page} exists`).not.toBeNull();
    expect(weight?.total ?? Infinity).toBeLessThan(BUDGET);
  });
});

describe("the compare page's own script (table, bars and CSV; gzipped, with what it imports)", () => {
  // 5 KB since the English edition: the script writes the shared slices' numbers, periods and caveats in the page's
  // language (format.ts for both locales and compareView.ts), instead of a second set of per-language slices.
  it("stays under 5 KB beyond the scripts every page loads", () => {
    const common = pageScripts(DIST, "phuong-phap");
    const own = [...pageScripts(DIST, "so-sanh")].filter(([path]) => !common.has(path));
    expect(own.length).toBeGreaterThan(0);
    expect(own.reduce((sum, [, bytes]) => sum + bytes, 0), own.map(([p, b]) => `${p} ${b}`).join("\n")).toBeLessThan(5 * 1024);
  });
});

describe("the report checker's own script (form, table, CSV) and its worker (input checks, extractor; gzipped)", () => {
  it("stay under 40 KB together beyond the scripts every page loads, and load only on that page", () => {
    const common = pageScripts(DIST, "phuong-phap");
    const own = [...pageScripts(DIST, "kiem-tra-bao-cao")].filter(([path]) => !common.has(path));
    expect(own.length).toBeGreaterThan(0);
    // The worker is started with new Worker(new URL(...)), which pageScripts does not follow: add it and its imports.
    const workers = own.flatMap(([path]) => [...readFileSync(join(DIST, path), "utf8").matchAll(/new Worker\(new URL\("\/([^"]+)"/g)].map((m) => m[1] ?? ""));
    expect(workers).toHaveLength(1);
    const worker = workers[0] ?? "";
    const total = [...own, [worker, gzipSync(readFileSync(join(DIST, worker))).length] as const];
    expect(total.reduce((sum, [, bytes]) => sum + bytes, 0), total.map(([p, b]) => `${p} ${b}`).join("\n")).toBeLessThan(40 * 1024);
    // Words reach the script as the page's JSON slice of the catalogue (reportChecker/words.ts), never bundled:
    // no message of either language (a page-chrome one, the checker's own) is in the script or the worker.
    for (const [path] of total) expect(readFileSync(join(DIST, path), "utf8"), path).not.toMatch(/Skip to main content|Đọc số liệu|Read the figures/);
    // The English page runs the same script and worker (its words come with the page, tests/browser/report-checker.test.ts).
    expect([...pageScripts(DIST, "en/report-check").keys()]).toEqual(expect.arrayContaining(own.map(([path]) => path)));
    // The checker's own script (and so its worker) loads on no other page; a small helper chunk it shares with
    // another page's script (the message template filler) may.
    const entry = own.map(([path]) => path).filter((path) => path.includes("ReportChecker"));
    expect(entry).toHaveLength(1);
    for (const page of Object.values(PAGES).filter((p) => p !== "kiem-tra-bao-cao" && p !== "en/report-check")) {
      expect([...pageScripts(DIST, page).keys()].filter((p) => entry.includes(p)), page).toEqual([]);
    }
  });
});

describe.each(["so-sanh", "en/compare"])("the compare page (/%s/) names no place of its own, so its weight does not grow with the data", (dir) => {
  const html = () => readFileSync(join(DIST, dir, "index.html"), "utf8");
  it("has no <option> (the picker's list is JSON fetched on demand) and an empty shared suggestion listbox", () => {
    expect(html().match(/<option/g) ?? []).toEqual([]);
    expect(html()).toMatch(/<ul id="goi-y-noi" role="listbox"[^>]*><\/ul>/);
  });
  it("lists no figure and links to no district, commune or per-province list: those live on /so-sanh/tinh/", () => {
    const links = [...html().matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(links.filter((l) => /\/(nguon|huyen|xa|district|commune)\/.|\/so-sanh\/(tinh|du-lieu)\/.|\/compare\/(province|data)\/./.test(l))).toEqual([]);
  });
});

describe("what the compare page loads on demand, measured too", () => {
  it("its one on-demand module (place boxes, name matching, resolution of typed names, CSV) stays under 3 KB gzipped", () => {
    const files = readdirSync(join(DIST, "_astro")).filter((f) => /^compareOnDemand\..*\.js$/.test(f));
    expect(files).toHaveLength(1);
    expect(gzipSync(readFileSync(join(DIST, "_astro", files[0] ?? ""))).length).toBeLessThan(3 * 1024);
  });
  it("the picker's list, name variants included, costs under 40 bytes gzipped per place", () => {
    const raw = readFileSync(join(DIST, "so-sanh", "du-lieu", "danh-sach.json"));
    const places = (JSON.parse(raw.toString("utf8")) as unknown[]).length;
    expect(places).toBeGreaterThan(10);
    expect(gzipSync(raw).length / places).toBeLessThan(40);
  });
});
