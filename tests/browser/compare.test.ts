/**
 * The compare page as people use it: names typed the way they type them (no diacritics), suggestions, one year per
 * comparison with a year picker the URL keeps, rows that say when figures are not on one basis, unknown names
 * answered in Vietnamese with the closest places and never with a 404, and the CSV of what is shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { artifactPath, launchBrowser, newPage, startSite, type Site } from "./harness";

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

/** A page that records failed requests (4xx/5xx) and console errors, which must both stay empty. */
async function watchedPage(width = 1280): Promise<{ page: Page; failures: string[] }> {
  const failures: string[] = [];
  const page = await newPage(browser, failures);
  await page.setViewportSize({ width, height: 900 });
  page.on("response", (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") failures.push(m.text());
  });
  return { page, failures };
}

/** Years named in a row's cells: each figure's period, or the year of its "chưa có số liệu năm …" gap. */
async function yearsInRows(page: Page): Promise<string[][]> {
  return page.locator("#compare-out tbody tr").evaluateAll((rows) =>
    rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.querySelector(".muted, .gap")?.textContent ?? "").match(/\d{4}/g)?.pop() ?? "")),
  );
}

describe("compare as people type", () => {
  it("'my xuyen' and 'vinh chau' typed without diacritics: suggestions, names in the boxes, one year, a year picker the URL keeps", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/so-sanh/"), { waitUntil: "networkidle" });
    await page.locator("#chon-a").click();
    await page.locator("#chon-a").pressSequentially("my xuyen");
    const first = page.locator("#goi-y-noi [role=option]").first();
    await first.waitFor();
    expect(await first.textContent()).toBe("Huyện Mỹ Xuyên (tỉnh Sóc Trăng)");
    expect(await page.locator("#chon-a").getAttribute("aria-expanded")).toBe("true");
    await page.screenshot({ path: artifactPath("compare-typing-my-xuyen.png") });
    await page.locator("#chon-a").press("ArrowDown");
    expect(await page.locator("#chon-a").getAttribute("aria-activedescendant")).toBe("goi-y-0");
    await page.locator("#chon-a").press("Enter");
    expect(await page.locator("#chon-a").inputValue()).toBe("Huyện Mỹ Xuyên (tỉnh Sóc Trăng)");
    expect(await page.locator("#goi-y-noi").isHidden()).toBe(true);
    // The second place is typed and submitted as free text, without picking a suggestion.
    await page.locator("#chon-b").fill("vinh chau");
    await page.locator("#chon-b").press("Escape");
    await page.locator("#chon-b").press("Enter");
    await page.locator("#compare-out table").first().waitFor();
    const url = new URL(page.url()).searchParams;
    expect([url.get("a"), url.get("b"), url.get("nam")]).toEqual(["soc-trang/my-xuyen", "soc-trang/vinh-chau", "2023"]);
    expect(await page.locator("#chon-a").inputValue()).toBe("Huyện Mỹ Xuyên (tỉnh Sóc Trăng)");
    expect(await page.locator("#chon-b").inputValue()).toBe("Thị xã Vĩnh Châu (tỉnh Sóc Trăng)");
    // The data hold no year with figures of both (Mỹ Xuyên 2020-2021, Vĩnh Châu 2023): the page says so and never mixes years.
    expect(await page.locator("#compare-no-year").isVisible()).toBe(true);
    expect(await page.locator("#chon-nam option").allTextContents()).toEqual([
      "2023 (chỉ có số liệu của thị xã Vĩnh Châu)", "2021 (chỉ có số liệu của huyện Mỹ Xuyên)", "2020 (chỉ có số liệu của huyện Mỹ Xuyên)",
    ]);
    for (const row of await yearsInRows(page)) expect(row).toEqual(["2023", "2023"]);
    const head = (await page.locator("#compare-out thead").first().textContent()) ?? "";
    expect(head).toContain("huyện Mỹ Xuyên");
    expect(head).toContain("thị xã Vĩnh Châu");
    expect(await page.locator("#compare-out").textContent()).toContain("20.658");
    await page.screenshot({ path: artifactPath("compare-my-xuyen-vinh-chau-2023.png"), fullPage: true });
    // Mỹ Xuyên's year: its figures, Vĩnh Châu's column a gap of that year; the URL keeps the choice through a reload.
    await page.locator("#chon-nam").selectOption("2021");
    await page.waitForURL(/nam=2021/);
    expect(await page.locator("#compare-out").textContent()).toContain("7.927");
    for (const row of await yearsInRows(page)) expect(row).toEqual(["2021", "2021"]);
    await page.reload();
    await page.locator("#compare-out table").first().waitFor();
    expect(await page.locator("#chon-nam").inputValue()).toBe("2021");
    expect(await page.locator("#compare-out caption").first().textContent()).toMatch(/^Năm 2021/);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("'my xuyen' and 'tay xuan' typed: both places' figures for the year they share (2021), and the row says why it draws no bars", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=my+xuyen&b=tay+xuan"));
    const table = page.locator("#compare-out table").first();
    await table.waitFor();
    expect(await table.locator("caption").textContent()).toBe("Năm 2021: chỉ tiêu các nơi cùng có");
    expect(new URL(page.url()).searchParams.get("a")).toBe("soc-trang/my-xuyen");
    expect(new URL(page.url()).searchParams.get("b")).toBe("binh-dinh/tay-son/tay-xuan");
    expect(await page.locator("#compare-no-year").isHidden()).toBe(true);
    const late = table.locator("tbody tr", { has: page.locator("th", { hasText: /^Giải quyết trễ hạn · Cấp xã/ }) });
    const cells = await late.locator("td").allTextContents();
    expect(cells.every((c) => /năm 2021/.test(c) && !/chưa có số liệu/.test(c))).toBe(true);
    // Mỹ Xuyên's figure covers all its communes, Tây Xuân's one commune: said in the row, and no bars.
    expect(await late.locator("th").textContent()).toContain("Phạm vi khác nhau: huyện Mỹ Xuyên chung các xã của một huyện; xã Tây Xuân một xã.");
    expect(await late.locator(".compare-bar").count()).toBe(0);
    for (const row of await yearsInRows(page)) expect(new Set(row)).toEqual(new Set(["2021"]));
    await page.screenshot({ path: artifactPath("compare-my-xuyen-tay-xuan-2021.png"), fullPage: true });
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("an unknown name gets a Vietnamese message with the closest places as links, and no request fails", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=vinh+chu&b=my+xuyen"));
    const message = page.locator("#compare-status p", { hasText: "Không tìm thấy “vinh chu”" });
    await message.waitFor();
    expect(await message.textContent()).toContain("Có phải bạn muốn tìm:");
    const suggestion = message.locator("a").first();
    expect(await suggestion.textContent()).toBe("Thị xã Vĩnh Châu (tỉnh Sóc Trăng)");
    await suggestion.click();
    await page.locator("#compare-out table").first().waitFor();
    expect(new URL(page.url()).searchParams.get("a")).toBe("soc-trang/vinh-chau");
    expect(await page.locator("#chon-a").inputValue()).toBe("Thị xã Vĩnh Châu (tỉnh Sóc Trăng)");
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("a shared link with ids shows names in the boxes, never ids", async () => {
    const { page, failures } = await watchedPage(375);
    await page.goto(site.url("/so-sanh/?a=binh-dinh/tay-son/tay-xuan&b=soc-trang/vinh-chau"));
    await page.locator("#compare-out table").first().waitFor();
    expect(await page.locator("#chon-a").inputValue()).toBe("Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)");
    expect(await page.locator("#chon-b").inputValue()).toBe("Thị xã Vĩnh Châu (tỉnh Sóc Trăng)");
    await page.screenshot({ path: artifactPath("compare-tay-xuan-vinh-chau-375.png"), fullPage: true });
    expect(failures).toEqual([]);
    await page.context().close();
  });
});

describe("like with like", () => {
  it("three provinces: one year per row (the latest all share, 2023), a rank-only figure said as such", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=ha-noi&b=quang-ninh&c=da-nang"));
    await page.locator("#compare-out table").first().waitFor();
    expect(new URL(page.url()).searchParams.get("nam")).toBe("2023");
    expect(await page.locator("#chon-nam option:checked").textContent()).toBe("2023");
    const rows = await yearsInRows(page);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(new Set(row)).toEqual(new Set(["2023"]));
    const par = page.locator("#compare-out tr", { has: page.locator("th", { hasText: /^PAR INDEX/ }) });
    expect(await par.locator("td").allTextContents()).toEqual([expect.stringContaining("91,43"), expect.stringContaining("năm 2023"), expect.stringContaining("năm 2023")]);
    expect(await par.locator(".compare-bar").count()).toBe(3);
    await page.screenshot({ path: artifactPath("compare-three-provinces.png"), fullPage: true });
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("SIPAS never sits across the 2022 method change: Sóc Trăng's only SIPAS (2019) is not shown beside Hà Nội's 2024", async () => {
    const { page } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=ha-noi&b=soc-trang&nam=2024"));
    await page.locator("#compare-out table").first().waitFor();
    const sipas = page.locator("#compare-out tr", { has: page.locator("th", { hasText: /^SIPAS/ }) });
    expect(await sipas.locator("td").allTextContents()).toEqual([expect.stringContaining("86,50%"), "chưa có số liệu năm 2024"]);
    await page.context().close();
  });

  it("district scores of different scales and assessors say so in the row and get no bars (Mỹ Xuyên 2020 beside Vĩnh Châu 2023 never happens)", async () => {
    const { page } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau&nam=2020"));
    await page.locator("#compare-out table").first().waitFor();
    const par = page.locator("#compare-out tr", { has: page.locator("th", { hasText: /^Chỉ số CCHC cấp huyện/ }) });
    expect(await par.locator("td").allTextContents()).toEqual([expect.stringContaining("72,63/96"), "chưa có số liệu năm 2020"]);
    await page.context().close();
  });

  it("the CSV holds the year shown: values at their stated precision, period, source id and link per value, with a BOM", async () => {
    const { page } = await watchedPage();
    await page.goto(site.url("/so-sanh/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau&nam=2020"));
    const link = page.locator("#compare-csv");
    await page.waitForFunction(() => (document.getElementById("compare-csv") as HTMLAnchorElement | null)?.href.startsWith("blob:"));
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("so-sanh_soc-trang-my-xuyen_soc-trang-vinh-chau_2020.csv");
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\n");
    expect(lines[0]).toBe("indicator,year,period,unit_id,place,value,max,unit,rank,rank_of,differs,caveats,source_id,source");
    expect(text).not.toMatch(/\d\.\d{5,}/);
    const par = lines.find((l) => l.includes("soc-trang/my-xuyen") && l.startsWith("Chỉ số CCHC cấp huyện"));
    expect(par).toMatch(/^Chỉ số CCHC cấp huyện,2020,năm 2020,soc-trang\/my-xuyen,huyện Mỹ Xuyên,72\.63,96,score,10,11,.*,bc-my-xuyen-2021,http:\/\/127\.0\.0\.1:\d+\/nguon\/bc-my-xuyen-2021\/#dong-23$/);
    await page.context().close();
  });
});

describe("the English compare page", () => {
  it("'my xuyen' and 'tay xuan' typed: English names in the boxes, English words, formats and links, and the row says why it draws no bars", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/en/compare/"), { waitUntil: "networkidle" });
    await page.locator("#chon-a").click();
    await page.locator("#chon-a").pressSequentially("my xuyen");
    const first = page.locator("#goi-y-noi [role=option]").first();
    await first.waitFor();
    expect(await first.textContent()).toBe("Mỹ Xuyên district (Sóc Trăng province)");
    await page.locator("#chon-a").press("ArrowDown");
    await page.locator("#chon-a").press("Enter");
    await page.locator("#chon-b").fill("tay xuan");
    await page.locator("#chon-b").press("Escape");
    await page.locator("#chon-b").press("Enter");
    const table = page.locator("#compare-out table").first();
    await table.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/en\/compare\/$/);
    expect(await page.locator("#chon-b").inputValue()).toBe("Tây Xuân commune (Tây Sơn district, Bình Định province)");
    expect(await table.locator("caption").textContent()).toBe("2021: figures all places have");
    const late = table.locator("tbody tr", { has: page.locator("th", { hasText: /^Resolved late · Commune level/ }) });
    expect(await late.locator("th").textContent()).toContain("Different coverage: Mỹ Xuyên district all communes of a district together; Tây Xuân commune one commune.");
    expect(await late.locator(".compare-bar").count()).toBe(0);
    const cells = await late.locator("td").allTextContents();
    expect(cells.every((c) => /2021/.test(c) && !/no figures/.test(c))).toBe(true);
    const text = (await page.locator("#compare-out").textContent()) ?? "";
    expect(text).not.toMatch(/chưa có|năm 20|hạng/);
    expect(await page.locator("#chon-nam option:checked").textContent()).toBe("2021");
    // Sources are the Vietnamese source pages until they are built in English; the place pages follow the route table.
    expect(await table.locator("thead a").first().getAttribute("href")).toMatch(/\/huyen\/soc-trang\/my-xuyen\/$|\/en\/district\/soc-trang\/my-xuyen\/$/);
    await page.screenshot({ path: artifactPath("compare-en-my-xuyen-tay-xuan-2021.png"), fullPage: true });
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("a percentage and a rank the English way, and the CSV with English words", async () => {
    const { page } = await watchedPage();
    await page.goto(site.url("/en/compare/?a=ha-noi&b=quang-ninh&c=da-nang"));
    await page.locator("#compare-out table").first().waitFor();
    const par = page.locator("#compare-out tr", { has: page.locator("th", { hasText: /^PAR INDEX/ }) });
    expect(await par.locator("td").allTextContents()).toEqual([expect.stringContaining("91.43"), expect.stringContaining("2023"), expect.stringContaining("2023")]);
    await page.waitForFunction(() => (document.getElementById("compare-csv") as HTMLAnchorElement | null)?.href.startsWith("blob:"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#compare-csv").click()]);
    expect(download.suggestedFilename()).toBe("compare_ha-noi_quang-ninh_da-nang_2023.csv");
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(text.slice(1).split("\n")[0]).toBe("indicator,year,period,unit_id,place,value,max,unit,rank,rank_of,differs,caveats,source_id,source");
    expect(text.split("\n").find((l) => l.includes(",ha-noi,"))).toMatch(/^PAR INDEX \(Ministry of Home Affairs\),2023,2023,ha-noi,Hà Nội city,91\.43,100,score,3,63,/);
    await page.goto(site.url("/en/compare/?a=soc-trang/my-xuyen&b=soc-trang/vinh-chau&nam=2023"));
    await page.locator("#compare-out table").first().waitFor();
    expect(await page.locator("#compare-out").textContent()).toContain("20,658");
    expect(await page.locator("#chon-nam option").allTextContents()).toContain("2023 (figures only for Vĩnh Châu town)");
    await page.context().close();
  });

  it("an unknown name is answered in English with the closest places", async () => {
    const { page, failures } = await watchedPage();
    await page.goto(site.url("/en/compare/?a=vinh+chu&b=my+xuyen"));
    const message = page.locator("#compare-status p", { hasText: "“vinh chu” was not found" });
    await message.waitFor();
    expect(await message.textContent()).toContain("Did you mean:");
    expect(await message.locator("a").first().textContent()).toBe("Vĩnh Châu town (Sóc Trăng province)");
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
