/**
 * The report checker (/kiem-tra-bao-cao/) in a real browser: paste or open a report, the extractor runs in a worker
 * (the page never freezes, even on a 5 MB paste), bad files get one Vietnamese line, the figures table, the marked
 * lines and the CSV download, axe clean, and the command-line way without JavaScript; and the English page
 * (/en/report-check/), which reads the same Vietnamese reports and says everything else in English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { excerptOf } from "../../src/components/reportChecker/view";
import { vietnameseLetters } from "../../src/i18n/letters";
import { toCsv } from "../../src/extract/index";
import type { Candidate, ExtractResult } from "../../src/extract/types";
import { artifactPath, axeViolations, launchBrowser, newPage, startSite, type Site } from "./harness";

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

// A paragraph composed for this test (no such district exists): received = resolved + …, resolved = on time + late.
const PARAGRAPH =
  "Năm 2024, Bộ phận Một cửa huyện Hòa Lạc đã tiếp nhận 12.345 hồ sơ, đã giải quyết 12.000 hồ sơ, trong đó đúng hạn 11.950 hồ sơ, đạt 99,58%; trễ hạn 50 hồ sơ.";

/** A page that records script errors and CSP violations. */
async function open(errors: string[] = []): Promise<Page> {
  const page = await newPage(browser, errors);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(site.url("/kiem-tra-bao-cao/"), { waitUntil: "networkidle" });
  return page;
}

/** Pastes a text, runs the checker and waits until the status says it has read the text (or refused it). */
async function check(page: Page, text: string, button = "Đọc số liệu"): Promise<string> {
  // As a paste does: the whole text lands in the box at once (typing 5 MB through fill() would take minutes).
  await page.locator("#kt-van-ban").evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.getByRole("button", { name: button }).click();
  const status = page.locator("#kt-trang-thai p");
  await expect.poll(async () => (await page.locator("#kt-trang-thai progress").count()) === 0 && (await status.count()) > 0, { timeout: 110_000 }).toBe(true);
  return (await status.textContent()) ?? "";
}

/** Full-page screenshots at 1280 and 375 px under test-results/ (the page is left at 375 px). */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(`${name}-1280px.png`), fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: artifactPath(`${name}-375px.png`), fullPage: true });
}

describe("the report checker", () => {
  it("reads a pasted paragraph in a worker, with no script error, CSP violation or axe violation", async () => {
    const errors: string[] = [];
    const page = await open(errors);
    expect(await page.locator("#kiem-tra").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    expect(await check(page, PARAGRAPH)).toMatch(/^Đã đọc 1 dòng: /);
    expect(workers).toEqual([expect.stringMatching(/\/_astro\/worker[^/]*\.js$/)]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("never freezes on a 5 MB paste: the work happens in the worker and the page stays small", async () => {
    const page = await open();
    const filler = "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo, triển khai đồng bộ trên các lĩnh vực.";
    const block = [PARAGRAPH, ...Array<string>(40).fill(filler)].join("\n");
    const text = Array<string>(Math.floor((4.8 * 1024 * 1024) / new TextEncoder().encode(`${block}\n`).length)).fill(block).join("\n");
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(4.5 * 1024 * 1024);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const status = await check(page, text);
    expect(workers).toHaveLength(1);
    expect(status).toMatch(new RegExp(`^Đã đọc ${(text.split("\n").length).toLocaleString("vi-VN")} dòng`));
    // The text is never rendered whole (its tens of thousands of lines would be over 100,000 elements): at most 300 lines with
    // figures and their neighbours, and 500 table rows.
    expect(await page.evaluate(() => document.querySelectorAll("#kt-ket-qua *").length)).toBeLessThan(20_000);
    await page.context().close();
  });

  it("refuses a web page, a PDF and a file over 5 MB with one Vietnamese line", async () => {
    const page = await open();
    expect(await check(page, "<!DOCTYPE html><html><body><p>Đã tiếp nhận 12 hồ sơ</p></body></html>")).toMatch(/^Đây là một trang web \(HTML\)/);
    await page.locator("#kt-tep").setInputFiles({ name: "bao-cao.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%âãÏÓ\n") });
    await expect.poll(() => page.locator("#kt-trang-thai p").textContent()).toMatch(/^Đây là tệp PDF, không phải văn bản thuần/);
    await page.locator("#kt-tep").setInputFiles({ name: "lon.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) });
    await expect.poll(() => page.locator("#kt-trang-thai p").textContent()).toBe("lon.txt: Tệp nặng 6,0 MB; công cụ chỉ đọc tối đa 5,0 MB văn bản (một báo cáo thường dưới 1 MB): hãy tách nhỏ hoặc chỉ giữ phần nội dung báo cáo.");
    await page.context().close();
  });

  it("opens a .txt file and names the CSV's source after it", async () => {
    const page = await open();
    await page.locator("#kt-tep").setInputFiles({ name: "Báo cáo Hòa Lạc 2024.txt", mimeType: "text/plain", buffer: Buffer.from(`BÁO CÁO\n${PARAGRAPH}\n`) });
    await expect.poll(() => page.locator("#kt-trang-thai p").textContent()).toMatch(/^Đã đọc 3 dòng/);
    expect(await page.locator("#kt-nguon").inputValue()).toBe("bao-cao-hoa-lac-2024");
    await page.context().close();
  });

  it("without JavaScript, hides the form and explains the command line", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/kiem-tra-bao-cao/"));
    expect(await page.locator("#kiem-tra").isVisible()).toBe(false);
    expect(await page.locator("noscript").first().textContent()).toContain("npm run extract -- bao-cao.txt");
    expect(await page.locator("#dong-lenh + p + pre").textContent()).toContain("npm run extract -- bao-cao.txt");
    await context.close();
  });

  it("is linked from the footer of every page and from the data page", async () => {
    const page = await open();
    await page.goto(site.url("/du-lieu/"));
    expect(await page.locator('main a[href$="/kiem-tra-bao-cao/"]').count()).toBe(1);
    expect(await page.locator('footer a[href$="/kiem-tra-bao-cao/"]').count()).toBe(1);
    await page.context().close();
  });
});

/**
 * The page's rendering, fed a fixed extraction result: the real worker is swapped for one that answers with
 * candidates in the engine's contract (types.ts), so this holds whatever the engine reads.
 */
describe("the report checker's results (fixed extraction result)", () => {
  const TEXT = `BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024\n${PARAGRAPH}\n`;
  const line = TEXT.split("\n")[1] ?? "";
  const at = (quote: string, number: string): Pick<Candidate, "quote" | "start" | "end" | "number_start" | "number_end"> => {
    const start = line.indexOf(quote);
    const n = line.indexOf(number, start);
    return { quote, start, end: start + quote.length, number_start: n, number_end: n + number.length };
  };
  const base = {
    dataset: "dossiers", level: "district", value_unit: "count", denominator: null, unit_id: null, unknown_place: "huyện Hòa Lạc",
    period_start: "2024-01-01", period_end: "2024-12-31", year: null, assessor: null, line: 2, section: "",
  } as const;
  const candidates: Candidate[] = [
    { ...base, measure: "received", value: 12345, notes: [], ...at("đã tiếp nhận 12.345 hồ sơ", "12.345") },
    { ...base, measure: "resolved", value: 12000, notes: [], ...at("đã giải quyết 12.000 hồ sơ", "12.000") },
    { ...base, measure: "resolved_on_time_incl_early_pct", value: 99.58, value_unit: "percent", denominator: "resolved", notes: ["share as stated"], ...at("đạt 99,58%", "99,58") },
  ];
  const result: ExtractResult = {
    candidates,
    checks: [{ id: "c1", ok: false, grade: "contradiction", kind: "sum", stated: 12000, computed: 11990, words: { code: "sum", total: "resolved", parts: ["resolved_on_time_incl_early", "resolved_late"] }, lines: [2] }],
    context: { unit_id: null, unknown_unit: null, unit_note: "", period_start: "2024-01-01", period_end: "2024-12-31", period_note: "" },
    warnings: ["no unit found in the heading"],
  };
  const reply = { type: "done", result, csv: toCsv(candidates, "bao-cao-moi"), excerpt: excerptOf(TEXT, candidates), lineCount: 4 };
  const FAKE_WORKER = `addEventListener("message", (e) => postMessage({ id: e.data.id, ...${JSON.stringify(reply)} }));`;

  it("shows the table, the checks, the marked phrases and a CSV download with a BOM", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await page.route(/\/_astro\/worker[^/]*\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: FAKE_WORKER }));
    await page.goto(site.url("/kiem-tra-bao-cao/"), { waitUntil: "networkidle" });
    expect(await check(page, TEXT)).toBe("Đã đọc 4 dòng: tìm thấy 3 con số; kiểm tra số học: 1 mâu thuẫn, 0 thiếu số, 0 lệch do làm tròn, 0 khớp.");
    const rows = page.locator(".checker-table tbody tr");
    expect(await rows.count()).toBe(3);
    const cells = async (i: number) => (await rows.nth(i).locator("td").allInnerTexts()).slice(0, 9);
    const c0 = await cells(0);
    expect([...c0.slice(0, 4), ...c0.slice(5, 9)]).toEqual(["2", "Hồ sơ tiếp nhận", "Cấp huyện", "12.345", "huyện Hòa Lạc (chưa có trong danh sách đơn vị)", "năm 2024", "Hồ sơ thủ tục hành chính", ""]);
    expect((await cells(2)).slice(1, 4)).toEqual(["Tỷ lệ đúng hạn (theo báo cáo)", "Cấp huyện", "99,58%"]);
    expect(await rows.nth(2).locator('td [lang="en"]').textContent()).toBe("share as stated");
    expect(await page.locator(".checker-contradiction", { hasText: "Mâu thuẫn: Nguồn ghi hồ sơ đã giải quyết là 12.000" }).count()).toBe(1);
    expect(await page.locator("#dong-2 mark").allTextContents()).toEqual(["đã tiếp nhận 12.345 hồ sơ", "đã giải quyết 12.000 hồ sơ", "đạt 99,58%"]);
    await rows.first().locator("a").click();
    expect(new URL(page.url()).hash).toBe("#dong-2");
    const link = page.getByRole("link", { name: "Tải CSV" });
    expect(await link.getAttribute("download")).toBe("so-lieu_bao-cao-moi.csv");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const csvText = readFileSync((await download.path()) ?? "", "utf8");
    expect(csvText).toBe(`\uFEFF${reply.csv}`);
    expect(csvText).toContain(",district,received,12345,count,,bao-cao-moi,2,,");
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, "report-checker");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** What a correct engine reads from the paragraph, checked through the page and its CSV. */
describe("the report checker with the real engine", () => {
  it("reads the paragraph's dossier figures at district level, and the checks pass", async () => {
    const page = await open();
    expect(await check(page, PARAGRAPH)).toMatch(/^Đã đọc 1 dòng: tìm thấy \d+ con số/);
    const rows = await page.locator(".checker-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 4).map((td) => (td as HTMLElement).innerText)));
    expect(rows).toEqual(expect.arrayContaining([
      ["Hồ sơ tiếp nhận", "Cấp huyện", "12.345"],
      ["Hồ sơ đã giải quyết", "Cấp huyện", "12.000"],
      ["Giải quyết đúng hạn (gồm cả trước hạn)", "Cấp huyện", "11.950"],
      ["Tỷ lệ đúng hạn (theo báo cáo)", "Cấp huyện", "99,58%"],
      ["Giải quyết trễ hạn", "Cấp huyện", "50"],
    ]));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải CSV" }).click()]);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    for (const [measure, value] of [["received", 12345], ["resolved", 12000], ["resolved_on_time_incl_early", 11950], ["resolved_on_time_incl_early_pct", 99.58], ["resolved_late", 50]]) {
      expect(csv).toMatch(new RegExp(`,district,${measure},${value},`));
    }
    expect(await page.locator(".checker-checks .checker-contradiction").count()).toBe(0);
    await page.context().close();
  });
});

/** The English page (/en/report-check/): the same tool, every word of the page English, the report quoted in Vietnamese. */
describe("the English report checker", () => {
  /** Text a reader meets in the results outside what is marked lang="vi" (quotes, report lines, names). */
  const englishText = (page: Page) => page.locator("#kt-ket-qua, #kt-trang-thai").evaluateAll((roots) => roots.map((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="vi"]').forEach((n) => n.remove());
    return clone.textContent ?? "";
  }).join(" "));

  it("reads a pasted Vietnamese paragraph and says everything in English, with English number formats", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(site.url("/en/report-check/"), { waitUntil: "networkidle" });
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("#kt-nguon").inputValue()).toBe("new-report");
    expect(await check(page, PARAGRAPH, "Read the figures")).toMatch(/^Read 1 line: found \d+ figures; arithmetic checks: /);
    const rows = await page.locator(".checker-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 4).map((td) => (td as HTMLElement).innerText)));
    expect(rows).toEqual(expect.arrayContaining([
      ["Applications received", "District level", "12,345"],
      [expect.any(String), "District level", "99.58%"],
    ]));
    expect(await page.locator(".checker-table th").allTextContents()).toEqual(["Line", "Measure", "Level", "Value", "Sentence quoted and notes", "Unit", "Period", "Dataset", "Section"]);
    // The quoted sentence and the report's lines are Vietnamese, and marked so.
    expect(await page.locator('.checker-table q[lang="vi"]').first().textContent()).toContain("12.345 hồ sơ");
    expect(await page.locator('#dong-1 .checker-t[lang="vi"] mark').first().textContent()).toContain("12.345 hồ sơ");
    // Only what is marked Vietnamese has Vietnamese letters.
    expect(vietnameseLetters(await englishText(page))).toEqual([]);
    const link = page.getByRole("link", { name: "Download CSV" });
    expect(await link.getAttribute("download")).toBe("figures_new-report.csv");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv).toMatch(/^\uFEFF# dossiers\.csv\nunit_id,/);
    expect(csv).toContain(",district,received,12345,count,,new-report,1,,");
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, "report-checker-en");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("turns away a web page in one English line, and explains the command line without JavaScript", async () => {
    const page = await newPage(browser);
    await page.goto(site.url("/en/report-check/"), { waitUntil: "networkidle" });
    expect(await check(page, "<!DOCTYPE html><html><body><p>Đã tiếp nhận 12 hồ sơ</p></body></html>", "Read the figures")).toMatch(/^This is a web page \(HTML\), not a report's text: .*\.$/);
    await page.context().close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url("/en/report-check/"));
    expect(await noJs.locator("#kiem-tra").isVisible()).toBe(false);
    expect(await noJs.locator("noscript").first().textContent()).toContain("npm run extract -- report.txt");
    await context.close();
  });
});
