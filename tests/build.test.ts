/** Build checks: named pages of the built site contain named figures, each traceable to its source line. */
import { describe, expect, it } from "vitest";
import { DIST, page, text } from "./lib/dist";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** True when the figure is a link to the given source line. */
function citedAt(html: string, figure: string, source: string, line: number): boolean {
  return new RegExp(`<a (?:class="fig" )?href="[^"]*/nguon/${source}/#dong-${line}"[^>]*>${figure.replace(/[.]/g, "\\.")}</a>`).test(html);
}

describe("district pages show their reports' headline figures", () => {
  it("Mỹ Xuyên: 2020 PAR 72,63/96, 10/11, and 7.927 district dossiers from line 103", () => {
    const html = page("huyen/soc-trang/my-xuyen");
    expect(citedAt(html, "72,63", "bc-my-xuyen-2021", 23)).toBe(true);
    expect(text(html)).toContain("72,63 / 96");
    expect(text(html)).toContain("xếp thứ 10/11");
    expect(text(html)).toContain("Thang điểm tối đa là 96");
    expect(text(html)).toContain("Đây là kết quả năm 2020, được nêu trong báo cáo năm 2021");
    expect(citedAt(html, "7.927", "bc-my-xuyen-2021", 103)).toBe(true);
    expect(citedAt(html, "39.578", "bc-my-xuyen-2021", 101)).toBe(true);
  });

  it("Tây Sơn: 84,11 points, 4/11 districts of Bình Định, components", () => {
    const html = page("huyen/binh-dinh/tay-son");
    expect(text(html)).toContain("xếp thứ 4/11 đơn vị cấp huyện của tỉnh Bình Định");
    expect(html).toMatch(/>84,11<\/a>/);
    expect(html).toMatch(/>50,39<\/a>/);
    expect(html).toMatch(/>33,72<\/a>/);
  });

  it("U Minh Thượng: 4.858 dossiers received, late share cut rather than rounded (a rounding note), successor An Giang", () => {
    const html = page("huyen/kien-giang/u-minh-thuong");
    expect(html).toMatch(/>4\.858<\/a>/);
    expect(text(html)).toContain("Làm tròn: Nguồn ghi tỷ lệ trễ hạn là 1,3%; 61 / 4.516");
    expect(html).toContain('href="/tinh/an-giang-2025/"');
  });

  it("a place with figures links to the compare page with itself chosen; a 2025 province without figures does not", () => {
    expect(page("huyen/soc-trang/my-xuyen")).toContain('href="/so-sanh/?a=soc-trang%2Fmy-xuyen"');
    expect(page("tinh/can-tho-2025")).not.toContain("/so-sanh/?a=");
  });

  it("Vĩnh Châu: the stated 0,01% late share disagrees with its counts (0,10%)", () => {
    const t = text(page("huyen/soc-trang/vinh-chau"));
    expect(t).toContain("Nguồn ghi tỷ lệ trễ hạn là 0,01%, nhưng 62 / 59.802 (hồ sơ đã giải quyết) cho 0,10%.");
    expect(t).toContain("58,84 / 70");
    expect(t).toContain("Điểm tự đánh giá");
  });
});

describe("province pages", () => {
  it("Sóc Trăng: 2019 PAR 82,03%, 19/63, half-year dossiers, merged into Cần Thơ", () => {
    const html = page("tinh/soc-trang");
    const t = text(html);
    expect(html).toMatch(/>82,03%<\/a>/);
    expect(t).toContain("xếp thứ 19/63");
    expect(html).toMatch(/>178\.770<\/a>/);
    expect(t).toContain("Số liệu 6 tháng, không phải cả năm.");
    expect(html).toContain('href="/tinh/can-tho-2025/"');
  });

  it("the new An Giang names An Giang and Kiên Giang as predecessors", () => {
    const html = page("tinh/an-giang-2025");
    expect(html).toContain('href="/tinh/an-giang/"');
    expect(html).toContain('href="/tinh/kien-giang/"');
  });

  it("there is a page for every province before and after 1 July 2025", () => {
    const units = readFileSync("data/units.csv", "utf8").split("\n").filter((l) => /,(tinh|thanh_pho_truc_thuoc_tw),/.test(l));
    expect(units.length).toBe(63 + 24);
    for (const line of units) expect(existsSync(join(DIST, "tinh", line.split(",")[0] ?? "", "index.html"))).toBe(true);
  });
});

/** The chart frame with this id on a page (heading, drawings, note, table, citation and kit). */
function frame(html: string, id: string): string {
  const start = html.indexOf(`<figure class="chart-frame" id="${id}"`);
  expect(start, `${id} is on the page`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</figure>", start));
}

/** The bars of the wide drawing in a frame, as "rank. name" labels (the highlighted one marked ▶). */
const barLabels = (html: string) => [...(html.split("</svg>")[0] ?? "").matchAll(/<text(?: class="strong")? x="[\d.]+" y="[\d.]+" text-anchor="end">([^<]+)<\/text>/g)].map((m) => m[1]);

describe("a province page ranks it among its neighbours, not among every province", () => {
  it("Đà Nẵng (11th of 27 in 2023): itself with 4 provinces above and 4 below, said in heading, drawing, note and table", () => {
    const html = frame(page("tinh/da-nang"), "bd-par-xep-hang-da-nang");
    expect(text(html)).toContain("PAR INDEX 2023: thành phố Đà Nẵng và các tỉnh, thành phố xếp liền kề");
    const bars = barLabels(html);
    expect(bars).toHaveLength(9);
    expect(bars[4]).toMatch(/^▶ \d+\. Đà Nẵng$/);
    expect(html).toContain(">Trích vị trí 7–15 trên 27 tỉnh, thành phố.</text>");
    expect(text(html)).toContain("Trích vị trí 7–15 trên 27 tỉnh, thành phố: thành phố Đà Nẵng cùng tối đa 4 tỉnh, thành phố xếp liền trên và 4 xếp liền dưới. Dữ liệu có số liệu năm 2023 của 27/63 tỉnh, thành phố.");
    expect(text(html)).toContain("Điểm PAR INDEX 2023 quanh thành phố Đà Nẵng: trích vị trí 7–15 trên 27 tỉnh, thành phố có trong dữ liệu");
    expect(html).toMatch(/<a href="\/xep-hang\/par-index\/2023\/">Xem bảng xếp hạng đầy đủ 27 tỉnh, thành phố \(PAR INDEX 2023\)<\/a>/);
  });

  it("Sóc Trăng (26th of 27): 4 above and the 1 below it, the mean rule kept", () => {
    const html = frame(page("tinh/soc-trang"), "bd-par-xep-hang-soc-trang");
    expect(barLabels(html)).toEqual(["43. Kon Tum", "50. Tiền Giang", "56. Quảng Nam", "61. Bình Thuận", "▶ 62. Sóc Trăng", "63. An Giang"]);
    expect(text(html)).toContain("Trung bình cả nước: 86,98");
  });

  it("its CSV, SVG and embed page show the same excerpt, positions counted in the whole ranking (the embed page draws the SVG files)", () => {
    const csv = readFileSync(join(DIST, "bieu-do/par-xep-hang/soc-trang.csv"), "utf8").replace(/^\uFEFF/, "").trim().split("\n");
    expect(csv.map((l) => l.split(",")[0])).toEqual(["position", "22", "23", "24", "25", "26", "27", ""]);
    expect(csv).toContain("26,62,soc-trang,Sóc Trăng,81.7");
    const svg = readFileSync(join(DIST, "bieu-do/par-xep-hang/soc-trang.svg"), "utf8");
    expect(svg.match(/<rect class="bar/g)).toHaveLength(6);
    expect(svg).toContain("Trích vị trí 22–27 trên 27 tỉnh, thành phố.");
    const narrow = readFileSync(join(DIST, "bieu-do/par-xep-hang/soc-trang.hep.svg"), "utf8");
    expect(narrow.match(/<rect class="bar/g)).toHaveLength(6);
    const embed = page("nhung/par-xep-hang/soc-trang");
    expect(frame(embed, "bd-par-xep-hang-soc-trang")).toMatch(/<source media="\(max-width: 463\.98px\)" srcset="\/bieu-do\/par-xep-hang\/soc-trang\.hep\.svg"[^>]*>\s*<img class="chart" src="\/bieu-do\/par-xep-hang\/soc-trang\.svg" alt="[^"]*trích vị trí 22–27 trên 27 tỉnh, thành phố/);
    expect(embed).toContain('href="/xep-hang/par-index/2023/"');
  });

  it("the national ranking page and the home page still draw every province with a value", () => {
    expect(barLabels(frame(page("xep-hang/par-index/2023"), "bd-xep-hang-par-index-2023-viet-nam"))).toHaveLength(27);
    expect(text(page("xep-hang/par-index/2023"))).not.toContain("Trích vị trí");
  });
});

describe("chart kits exist exactly for the charts drawn", () => {
  /** Files (or index.html folders) below a folder of dist, as "chart/unit-id" keys. */
  const keys = (dir: string, ending: string): Set<string> => {
    const out = new Set<string>();
    const walk = (rel: string): void => {
      for (const entry of readdirSync(join(DIST, dir, rel), { withFileTypes: true })) {
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(ending)) out.add(path.slice(0, -ending.length));
      }
    };
    walk("");
    return out;
  };

  it("each embed page has its CSV and SVG, and is linked from the chart frame of a page; no kit without a chart", () => {
    const embeds = keys("nhung", "/index.html");
    expect(embeds.size).toBeGreaterThan(100);
    expect(keys("bieu-do", ".csv")).toEqual(embeds);
    expect(new Set([...keys("bieu-do", ".svg")].filter((k) => !k.endsWith(".hep")))).toEqual(embeds);
    // A chart's narrow drawing is a file of its own too (the embed page shows it in narrow iframes).
    expect([...keys("bieu-do", ".hep.svg")].every((k) => embeds.has(k))).toBe(true);
    expect(keys("bieu-do", ".hep.svg").has("ho-so/soc-trang/vinh-chau")).toBe(true);
    const linked = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "nhung" && entry.name !== "pagefind") walk(file);
        else if (entry.name === "index.html") for (const m of readFileSync(file, "utf8").matchAll(/<a href="\/nhung\/([^"]+)\/">Trang nhúng<\/a>/g)) linked.add(m[1] ?? "");
      }
    };
    walk(DIST);
    expect(linked).toEqual(embeds);
  });
});

describe("home", () => {
  it("maps the latest PAR INDEX year and names the ranks it lacks", () => {
    const t = text(page(""));
    expect(t).toContain("PAR INDEX 2024 trên bản đồ");
    expect(t).toContain("Dữ liệu hiện có điểm của 12/63 tỉnh, thành phố và thứ hạng của 18/63");
    expect(t).toMatch(/1\. Hải Phòng : 96,17/);
    expect(t).toContain("Chưa có số liệu về hạng 59, 60, 61, 62.");
    expect(t).toContain("Năm 2023: năm có điểm của nhiều tỉnh nhất");
    expect(existsSync(join(DIST, "nhung/ban-do-63-nhieu-tinh/viet-nam/index.html"))).toBe(true);
  });
});

describe("ranking pages", () => {
  it("draw the ranked bars with official ranks and offer the chart's kit", () => {
    const html = page("xep-hang/par-index/2023");
    expect(html).toContain('role="img"');
    expect(text(html)).toContain("Điểm PAR INDEX 2023 của 27 tỉnh, thành phố có trong dữ liệu");
    expect(html).toMatch(/>1\. Quảng Ninh</);
    expect(html).toContain("/nhung/xep-hang-par-index-2023/viet-nam/");
    expect(existsSync(join(DIST, "bieu-do/xep-hang-par-index-2023/viet-nam.csv"))).toBe(true);
  });
});

describe("national view details", () => {
  it("ranking rows flag ranks that contradict values and name rank-only conflicts plainly", () => {
    const t2022 = text(page("xep-hang/par-index/2022"));
    expect(t2022).toContain("hạng và điểm không khớp với Ninh Thuận (85,78, hạng 29)");
    expect(text(page("xep-hang/par-index/2023"))).toContain("hai nguồn khác nhau: hạng 7 và hạng 8");
    expect(t2022).not.toContain("?");
  });

  it("province pages: one readable sentence against the means, every year listed, the PAR trend drawn", () => {
    const html = page("tinh/soc-trang");
    expect(html).toContain("</strong>, xếp thứ 62/63, thấp hơn trung bình cả nước 5,28 điểm (");
    expect(text(html)).toContain("và thấp hơn trung bình vùng Đồng bằng sông Cửu Long 3,72 điểm (");
    expect(text(html)).toMatch(/PAR INDEX 2021 chưa có số liệu/);
    expect(html).toContain("Điểm PAR INDEX của tỉnh Sóc Trăng theo năm");
  });

  it("the provinces list names only provinces as predecessors; new units list every predecessor district", () => {
    expect(text(page("tinh"))).toContain("Cần Thơ (từ Cần Thơ, Hậu Giang, Sóc Trăng)");
    expect(text(page("tinh/can-tho-2025"))).toContain("Châu Thành (chỉ được nhắc tên)");
  });

  it("province series download as CSV: gaps empty, means with their sources, predecessors never combined", () => {
    const csv = readFileSync(join(DIST, "xep-hang/tinh/soc-trang.csv"), "utf8").replace(/^\uFEFF/, "").split("\n");
    expect(csv[0]).toBe("unit_id,name,indicator,year,value,rank,rank_of,quality,national_mean,national_mean_source,region_mean,region_mean_source,source_id,other_sources");
    expect(csv.some((l) => l.startsWith("soc-trang,Sóc Trăng,par-index,2023,81.7,62,63,stated,86.98,"))).toBe(true);
    expect(csv.some((l) => l.startsWith("soc-trang,Sóc Trăng,par-index,2021,,,,"))).toBe(true);
    const merged = readFileSync(join(DIST, "xep-hang/tinh/can-tho-2025.csv"), "utf8");
    expect(new Set(merged.trim().split("\n").slice(1).map((l) => l.split(",")[0]))).toEqual(new Set(["can-tho", "hau-giang", "soc-trang"]));
    expect(text(page("tinh/soc-trang"))).toContain("Tải bảng theo năm (CSV)");
  });

  it("communes do not claim to still exist", () => {
    expect(text(page("xa/binh-dinh/tay-son/phu-phong"))).toContain("chưa rõ sau 1/7/2025");
  });
});

describe("data pages", () => {
  it("offer CSV and JSON downloads that match the validated data", () => {
    const csv = readFileSync(join(DIST, "du-lieu", "dossiers.csv"), "utf8").replace(/^\uFEFF/, "");
    expect(csv.split("\n")[0]).toBe(readFileSync("data/dossiers.csv", "utf8").split("\n")[0]);
    // JSON as Frictionless row arrays: the header, then one array per row.
    const json = JSON.parse(readFileSync(join(DIST, "du-lieu", "par_index.json"), "utf8")) as unknown[][];
    expect(json[0]).toEqual(readFileSync("data/par_index.csv", "utf8").split("\n")[0]?.split(","));
    expect(json.length).toBe(readFileSync("data/par_index.csv", "utf8").trim().split("\n").length);
  });

  it("CSV downloads open in Excel (UTF-8 BOM) and keep each value as stated; data/ files have no BOM", () => {
    const downloads = ["du-lieu/dossiers.csv", "du-lieu/units.csv", "xep-hang/par-index/2023.csv", "xep-hang/tinh/soc-trang.csv", "bieu-do/ho-so/soc-trang/vinh-chau.csv"];
    for (const file of downloads) expect([...readFileSync(join(DIST, file)).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    expect([...readFileSync("data/dossiers.csv").subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    // A data/ file downloads byte for byte after the BOM, but for text cells a spreadsheet would run as a formula.
    for (const name of ["dossiers", "par_index", "satisfaction", "stats", "units", "sources"]) {
      const data = readFileSync(`data/${name}.csv`, "utf8").split("\n");
      const download = readFileSync(join(DIST, "du-lieu", `${name}.csv`), "utf8").replace(/^\uFEFF/, "").split("\n");
      expect(download.length, name).toBe(data.length);
      expect(download.filter((line, i) => line !== data[i] && line !== data[i]?.replace(/,("?)([+\-=@])/g, ",$1'$2")), name).toEqual([]);
    }
    expect(readFileSync(join(DIST, "du-lieu", "dossiers.csv"), "utf8")).toContain(",resolved_on_time_incl_early_pct,99.90,");
  });

  it("downloads carry no float noise (75.65624999999999): values at their stated precision", () => {
    const noisy: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(csv|json)$/.test(entry.name) && /\d\.\d*(0{6}|9{6})\d/.test(readFileSync(file, "utf8"))) noisy.push(file);
      }
    };
    for (const dir of ["du-lieu", "bieu-do", "xep-hang"]) walk(join(DIST, dir));
    expect(noisy).toEqual([]);
  });

  it("name the licence and how to cite on the data pages and in every footer", () => {
    for (const path of ["du-lieu", "du-lieu/dossiers", "huyen/soc-trang/vinh-chau"]) expect(text(page(path)), path).toContain("CC BY 4.0");
    expect(text(page("du-lieu"))).toContain("Giấy phép và cách trích dẫn");
    expect(page("du-lieu/dossiers")).toContain('class="cite-text"');
  });

  it("source pages name a report's number, date, status and how to obtain it, never its file name", () => {
    const t = text(page("nguon/bc-vinh-chau-2023"));
    expect(t).toContain("Tình trạng văn bản Dự thảo, chưa ký");
    expect(t).toContain("Nơi nhận Sở Nội vụ tỉnh Sóc Trăng");
    expect(t).toContain("Luật Tiếp cận thông tin năm 2016");
    expect(t).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);
    expect(text(page("nguon/bc-u-minh-thuong-2020"))).toContain("Đã ký (Phó Chủ tịch Võ Thị Tuyết Nhung, chữ ký số)");
    expect(text(page("nguon/web-34631d0c4c"))).toContain("Cổng thông tin đối ngoại Sơn La");
    expect(text(page("nguon"))).not.toContain("portal");
  });

  it("list every failed check on the data-quality page", () => {
    expect(text(page("chat-luong-du-lieu"))).toContain("Nguồn ghi tỷ lệ trễ hạn là 0,01%");
  });

  it("source pages anchor every cited line", () => {
    expect(page("nguon/bc-my-xuyen-2021")).toContain('id="dong-103"');
  });
});

describe("security headers", () => {
  it("every page carries the CSP meta tag and /_headers repeats it with frame-ancestors", () => {
    expect(page("huyen/soc-trang/vinh-chau")).toContain('http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'');
    expect(page("nhung/ho-so/soc-trang/vinh-chau")).toContain('http-equiv="Content-Security-Policy"');
    const headers = readFileSync(join(DIST, "_headers"), "utf8");
    expect(headers).toContain("frame-ancestors 'self'");
    expect(headers).toMatch(/\/nhung\/\*\n[\s\S]*frame-ancestors \*/);
  });

  it("no page has an inline executable script", () => {
    for (const path of ["", "tinh/soc-trang", "huyen/soc-trang/vinh-chau", "so-sanh", "tim-kiem", "xep-hang/par-index/2023"]) {
      const scripts = [...page(path).matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
      const executable = scripts.filter(([, attrs]) => !/type="(text\/pagefind-template|application\/json)"/.test(attrs ?? ""));
      expect(executable.map(([tag]) => tag.slice(0, 80))).toEqual([]);
    }
  });
});

describe("a failed build", () => {
  it("names file and line of a bad cell and leaves the previous dist untouched", () => {
    const work = mkdtempSync(join(tmpdir(), "cchc-bad-"));
    const data = join(work, "data");
    cpSync("data", data, { recursive: true });
    const file = join(data, "dossiers.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[2] = (lines[2] ?? "").replace(",7927,", ",abc,");
    writeFileSync(file, lines.join("\n"));
    const dist = join(work, "dist");
    mkdirSync(dist);
    writeFileSync(join(dist, "marker.txt"), "previous build");
    const { BASE_URL: _base, NODE_ENV: _env, ...env } = process.env;
    const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
      env: { ...env, CCHC_DATA_DIR: data, CCHC_DIST: dist },
      encoding: "utf8",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('data/dossiers.csv:3:6 value: got "abc", expected a number with "." as decimal mark');
    expect(readFileSync(join(dist, "marker.txt"), "utf8")).toBe("previous build");
  });
});

describe("a build without CCHC_SITE", () => {
  it("emits no absolute address of its own: no placeholder domain, no canonical link, relative snippets and citations", () => {
    const html = page("huyen/soc-trang/vinh-chau");
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain("&lt;iframe src=&quot;/nhung/ho-so/soc-trang/vinh-chau/&quot;");
    expect(html).toMatch(/class="cite-text" id="trang-trich-dan" data-abs="\/huyen\/soc-trang\/vinh-chau\/">CCHC Mở, [^<]* \/huyen\/soc-trang\/vinh-chau\/ \(truy cập ngày \[ngày truy cập\]; phiên bản dữ liệu [0-9a-f]{10}\)\./);
    const grep = spawnSync("grep", ["-rl", "cchc-mo.example", DIST], { encoding: "utf8" });
    expect(grep.stdout).toBe("");
  });

  it("every place page, ranking page and chart has a Trích dẫn control naming the report and its lines", () => {
    const html = page("huyen/soc-trang/vinh-chau");
    const controls = html.match(/<summary>Trích dẫn<\/summary>/g)?.length ?? 0;
    expect(controls).toBe(1 + (html.match(/<figure class="chart-frame"/g)?.length ?? 0));
    expect(text(html)).toContain("UBND thị xã Vĩnh Châu, Báo cáo tình hình, kết quả công tác cải cách hành chính năm 2023, bản dự thảo chưa ký, các dòng 369, 375, 383, 639, 655.");
    expect(text(page("xep-hang/par-index/2023"))).toMatch(/CCHC Mở, “Xếp hạng Chỉ số cải cách hành chính \(PAR INDEX\) năm 2023”\. Số liệu do Bộ Nội vụ công bố/);
    expect(page("tinh/soc-trang")).toContain("<summary>Trích dẫn</summary>");
  });
});
