/** Build checks for graded checks and one on-time denominator: what a reader of Vĩnh Châu and Mỹ Xuyên sees. */
import { describe, expect, it } from "vitest";
import { page, text } from "./lib/dist";

/** Every check note on a page: its grade, classes and text. */
function notes(html: string): { grade: string; cls: string; text: string }[] {
  return [...html.matchAll(/<p class="([^"]*check-note[^"]*)"[^>]*data-grade="([a-z]+)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => ({ cls: m[1]!, grade: m[2]!, text: text(m[3]!) }));
}

describe("Vĩnh Châu shows its checks graded", () => {
  const html = page("huyen/soc-trang/vinh-chau");

  it("counts the checks of the page by grade, most serious first", () => {
    const summary = text(/<p class="check-summary[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "");
    expect(summary).toMatch(/^Kiểm tra số liệu trên trang: 8 mâu thuẫn · 0 thiếu · 1 làm tròn · \d+ khớp ?\./);
  });

  it("sets the rounding note apart: its own mark and class, never the red ⚠ of a contradiction", () => {
    const all = notes(html);
    const rounding = all.filter((n) => n.grade === "rounding");
    const contradictions = all.filter((n) => n.grade === "contradiction");
    expect(rounding).toHaveLength(1);
    expect(contradictions).toHaveLength(8);
    expect(rounding[0]!.cls).toContain("check-rounding");
    expect(rounding[0]!.cls).not.toContain("check-bad");
    expect(rounding[0]!.text).toMatch(/^≈ Làm tròn: Nguồn ghi tỷ lệ hồ sơ trực tiếp là 34,27%, bằng 100% trừ 65,73%/);
    for (const c of contradictions) {
      expect(c.cls).toContain("check-bad");
      expect(c.text).toMatch(/^⚠ Mâu thuẫn: /);
    }
    expect(contradictions.map((c) => c.text).join("\n")).toContain("34 (dòng 375) và 30 (dòng 705)");
  });

  it("marks the recomputed share in the table by grade: ≈ for rounding, ⚠ for a contradiction", () => {
    expect(html).toMatch(/<span class="muted" data-grade="rounding">≈ <span class="fig">34,29%<\/span> làm tròn<\/span>/);
    expect(html).toMatch(/<span class="check-bad" data-grade="contradiction">⚠ <span class="fig">0,10%<\/span> không khớp<\/span>/);
  });
});

describe("one on-time rate: card and chart print the same share over the same denominator", () => {
  it.each([
    ["huyen/soc-trang/vinh-chau", "99,90%", "59.802"],
    ["huyen/soc-trang/my-xuyen", "100,00%", "7.836"],
  ])("%s: card %s on %s resolved dossiers, and the chart's first bar says the same", (path, rate, resolved) => {
    const html = page(path);
    const card = text(/<div class="cards" aria-label="Số liệu chính">([\s\S]*?)<\/div><\/div><\/div>/.exec(html)?.[1] ?? "");
    expect(card).toContain(`${rate} trên ${resolved} hồ sơ đã giải quyết; hồ sơ đang giải quyết không tính`);
    const svg = /<figure class="chart-frame" id="bd-ho-so-[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(text(svg)).toContain(`${resolved} hồ sơ đã giải quyết`);
    expect(svg).toMatch(new RegExp(`>Đúng hạn hoặc trước hạn ${rate}</text>`));
  });

  it("draws a 0,10% late share as a visible sliver and names it under the bar", () => {
    const svg = /<figure class="chart-frame" id="bd-ho-so-[\s\S]*?<\/svg>/.exec(page("huyen/soc-trang/vinh-chau"))?.[0] ?? "";
    const late = /<rect class="seg seg-late" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    expect(Number(late?.[1])).toBeGreaterThanOrEqual(3);
    expect(svg).toContain(">Trễ hạn 0,10%</text>");
  });
});

describe("the data-quality page sorts by severity", () => {
  it("lists contradictions, then missing parts, then rounding, then the checks that agree", () => {
    const html = page("chat-luong-du-lieu");
    const order = [...html.matchAll(/<h2 id="(mau-thuan|thieu|lam-tron|khop)"/g)].map((m) => m[1]);
    expect(order).toEqual(["mau-thuan", "thieu", "lam-tron", "khop"]);
    const rounding = /<section aria-labelledby="lam-tron"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(text(rounding)).toContain("Nguồn ghi tỷ lệ trễ hạn là 1,3%");
    const contradictions = /<section aria-labelledby="mau-thuan"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(text(contradictions)).toContain("Nguồn ghi tỷ lệ trễ hạn là 0,01%");
    expect(text(contradictions)).not.toContain("34,27%");
  });
});
