/**
 * The English place pages state the Vietnamese pages' figures, checks and caveats in English. Read on Vĩnh Châu
 * (/en/district/soc-trang/vinh-chau/), the town whose 2023 report has a self-assessed PAR score out of 70, a
 * stated share that contradicts its counts and a partial year.
 */
import { describe, expect, it } from "vitest";
import { page, text } from "./lib/dist";

/** The figures a page prints through <Fig>, in order ("59,802", "99.90%"), outside parts marked lang="vi". */
function figures(html: string): string[] {
  return [...html.matchAll(/<(?:a|span) class="fig"[^>]*>([^<]*)</g)].map((m) => m[1] ?? "");
}

/** The page without its charts (their tables print figures of their own), on both editions alike. */
function withoutCharts(html: string): string {
  return html.replace(/<figure[\s\S]*?<\/figure>/g, "");
}

const en = page("en/district/soc-trang/vinh-chau");
const vi = page("huyen/soc-trang/vinh-chau");

describe("the English Vĩnh Châu page", () => {
  it("prints every figure of the Vietnamese page, in the same order, the English way (59.802 -> 59,802; 99,90% -> 99.90%)", () => {
    const english = figures(withoutCharts(en));
    expect(english.length).toBeGreaterThan(40);
    expect(english).toEqual(figures(withoutCharts(vi)).map((f) => f.replace(/[.,]/g, (c) => (c === "." ? "," : "."))));
    expect(english).toContain("59,802");
    expect(english).toContain("99.90%");
  });

  it("is an English page with the place's name kept in Vietnamese and its counterpart linked both ways", () => {
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toMatch(/<h1[^>]*>Vĩnh Châu town<\/h1>/);
    expect(en).toContain('hreflang="vi" lang="vi">Tiếng Việt</a>');
    expect(en).toMatch(/<a class="lang-switch" href="\/huyen\/soc-trang\/vinh-chau\/"/);
    expect(vi).toMatch(/<a class="lang-switch" href="\/en\/district\/soc-trang\/vinh-chau\/"/);
  });

  it("says in English that the unit ended with the 2025 reorganisation", () => {
    expect(text(en)).toContain("Former unit. Vĩnh Châu town existed until 30 Jun 2025. Vietnam abolished its district tier on 1 July 2025; this area now belongs to Cần Thơ city");
  });

  it("states a self-assessed score out of 70, and the denominator of the on-time rate", () => {
    expect(text(en)).toContain("PAR INDEX 2023 (self-assessment) 58.84 /70");
    expect(text(en)).toContain("99.90% of 59,802 applications resolved; applications still pending are not counted");
    expect(text(en)).toContain("(on time + early) / applications resolved");
  });

  it("states a mismatch in English with how serious it is, beside the recomputed share", () => {
    // Stated 0.01% late, recomputed 62 / 59,802 = 0.10%: a contradiction, not a rounding difference.
    expect(text(en)).toContain("Resolved late 62 (line 375) 0.01% ⚠ 0.10% mismatch");
    expect(text(en)).toContain("Applications received in person 13,535 (line 375) 34.27% ≈ 34.29% rounding");
    expect(en).toMatch(/<span class="check-bad" data-grade="contradiction">8\s/);
    expect(text(en)).toContain("Checks of the figures on this page:");
  });

  it("says a partial year or a month is one, and that online-service levels changed in 2022", () => {
    expect(text(en)).toContain("since Decree 42/2022/ND-CP they are either full-process or partial");
    expect(text(en)).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });
});
