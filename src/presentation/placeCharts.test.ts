import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "../metrics/placeView";
import { allPlaceCharts, placeChart } from "./placeCharts";
import { CHART_PERIODS } from "../metrics/placeCharts";
import { formatPeriod } from "../lib/format";
import type { RankedBarsData } from "../charts/rankedBars/layout";
import type { TileMapData } from "../charts/tileMap/layout";
import { layoutOf, tableOf } from "../charts/spec";

const site = new SiteData(loadAll("data").tables);
const ranked = (chartId: string, unitId: string) => placeChart(site, chartId, unitId)?.spec.data as RankedBarsData | undefined;

describe("placeChart", () => {
  it("builds a chart once per site: the page, the embed page and both downloads get the same object", () => {
    expect(placeChart(site, "ho-so", "soc-trang/vinh-chau")).toBe(placeChart(site, "ho-so", "soc-trang/vinh-chau"));
    expect(placeChart(site, "par-xep-hang", "soc-trang/vinh-chau")).toBeNull();
  });

  it("draws a province's PAR INDEX ranking as an excerpt: Sóc Trăng, 26th of 27 in 2023, with 4 above and 1 below", () => {
    const data = ranked("par-xep-hang", "soc-trang");
    expect(data?.items.map((i) => i.id)).toEqual(["kon-tum", "tien-giang", "quang-nam", "binh-thuan", "soc-trang", "an-giang"]);
    expect(data?.excerpt).toEqual({ from: 22, of: 27, noun: "tỉnh, thành phố" });
    expect(data?.mean?.value).toBe(86.98);
    expect(placeChart(site, "par-xep-hang", "soc-trang")?.more).toEqual({ path: "/xep-hang/par-index/2023/", text: "Xem bảng xếp hạng đầy đủ 27 tỉnh, thành phố (PAR INDEX 2023)" });
  });

  it("keeps the country's ranking and the national ranking pages whole", () => {
    expect(ranked("xep-hang-par-index-2023", "viet-nam")?.items).toHaveLength(27);
    expect(ranked("xep-hang-par-index-2023", "viet-nam")?.excerpt).toBeUndefined();
    expect(placeChart(site, "xep-hang-par-index-2023", "viet-nam")?.more).toBeUndefined();
  });

  it("credits only the sources of the provinces an excerpt draws, and the mean's", () => {
    const whole = placeChart(site, "xep-hang-par-index-2023", "viet-nam")?.sources ?? [];
    const part = placeChart(site, "par-xep-hang", "soc-trang")?.sources ?? [];
    expect(part.length).toBeLessThan(whole.length);
    expect(whole).toEqual(expect.arrayContaining(part));
  });
});

describe("allPlaceCharts", () => {
  it("lists each chart that exists once, and only those (each has an embed page and two downloads)", () => {
    const charts = allPlaceCharts(site);
    const keys = charts.map((c) => `${c.chartId}/${c.unitId}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The same chart each time it is asked for (the same object while it is among the recently used ones).
    for (const c of charts) expect(placeChart(site, c.chartId, c.unitId)).toEqual(c);
  });
});

describe("the national chart of districts' late rates", () => {
  it("draws every district of the real data (three have the figures)", () => {
    const data = ranked("tre-han-cap-huyen", "viet-nam");
    expect(data?.items).toHaveLength(3);
    expect(data?.excerpt).toBeUndefined();
  });

  it("draws the 63 highest late rates when every district reported, as an excerpt that counts the whole; a commune's monthly chart its latest periods", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { writeSyntheticData } = await import("../../scripts/lib/synthetic");
    const dir = mkdtempSync(join(tmpdir(), "cchc-districts-"));
    try {
      writeSyntheticData(dir, { places: 2000 });
      const big = new SiteData(loadAll(dir).tables);
      const chart = placeChart(big, "tre-han-cap-huyen", "viet-nam");
      const data = chart?.spec.data as RankedBarsData;
      expect(data.items).toHaveLength(63);
      expect(data.excerpt?.from).toBe(1);
      expect(data.excerpt?.of).toBeGreaterThan(63);
      const values = data.items.map((i) => i.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      // A new commune's monthly dossiers (since 7/2025): the chart draws the latest CHART_PERIODS months and says so.
      const commune = big.places.units.find((u) => u.valid_from === "2025-07-01" && big.dossierGroups(u.unit_id).length > CHART_PERIODS);
      expect(commune).toBeDefined();
      const dossiers = placeChart(big, "ho-so", commune?.unit_id ?? "");
      const rows = (dossiers?.spec.data as { rows: { label: string }[] }).rows;
      expect(rows).toHaveLength(CHART_PERIODS);
      expect(rows[0]?.label).toContain(formatPeriod(big.dossierGroups(commune?.unit_id ?? "")[0]?.group.period_start ?? null, big.dossierGroups(commune?.unit_id ?? "")[0]?.group.period_end ?? ""));
      expect(dossiers?.note).toContain(`${CHART_PERIODS} kỳ gần nhất`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("placeChart in English", () => {
  const vi = placeChart(site, "ho-so", "soc-trang/vinh-chau");
  const en = placeChart(site, "ho-so", "soc-trang/vinh-chau", "en");

  it("is another chart of the same figures: same rows, sources and report lines, English words", () => {
    expect(en).not.toBe(vi);
    expect(en?.locale).toBe("en");
    expect(en?.sources).toEqual(vi?.sources);
    expect(en?.locators).toEqual(vi?.locators);
    expect(en?.heading).toBe("Applications resolved on time, late, and still pending");
    expect(en?.spec.data.title).toBe("How Vĩnh Châu town resolved administrative applications");
  });

  it("describes what is drawn with English numbers and keeps the 0.10% late share the Vietnamese chart has as 0,10%", () => {
    const desc = (locale: "vi" | "en") => layoutOf((locale === "vi" ? vi : en)!.spec).desc;
    expect(desc("vi")).toContain("0,10% trễ hạn");
    expect(desc("en")).toContain("0.10% late");
    expect(desc("en")).toContain("99.90% on time or early");
  });

  it("labels the CSV's rows in English under the same ASCII headers", () => {
    const viTable = tableOf(vi!.spec);
    const enTable = tableOf(en!.spec);
    expect(enTable.columns.map((c) => c.key)).toEqual(viTable.columns.map((c) => c.key));
    expect(enTable.rows.map((r) => r["count"])).toEqual(viTable.rows.map((r) => r["count"]));
    expect(enTable.rows.map((r) => r["segment"])).toContain("Late");
  });

  it("links an excerpt of a ranking to the full ranking in the reader's edition", () => {
    expect(placeChart(site, "par-xep-hang", "soc-trang", "en")?.more).toEqual({ path: "/en/rankings/par-index/2023/", text: "See the full ranking of 27 provinces (PAR INDEX 2023)" });
  });

  it("writes a tile map's abbreviations without Vietnamese letters (ĐB -> DB) and names its grid in English", () => {
    const data = placeChart(site, "ban-do-63", "viet-nam", "en")?.spec.data as TileMapData | undefined;
    expect(data?.grid.name).toBe("63 provinces (before 1 July 2025)");
    expect(data?.grid.tiles.find((tile) => tile.id === "dien-bien")?.abbr).toBe("DB");
  });
});
