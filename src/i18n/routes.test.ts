import { describe, expect, it } from "vitest";
import { downloadPath, embedPath } from "../lib/chartPaths";
import { placePath } from "../metrics/places";
import { UNIT_KINDS } from "../schemas/units";
import { alternates, counterpart, localeOfPath, matchRoute, pathTo, ROUTES, routes, UnknownPathError, type RouteName } from "./routes";

/** One built Vietnamese path per route (taken from dist/), with its English counterpart. */
const PAIRS: [RouteName, string, string][] = [
  ["home", "/", "/en/"],
  ["notFound", "/404.html", "/en/404.html"],
  ["provinces", "/tinh/", "/en/province/"],
  ["province", "/tinh/soc-trang/", "/en/province/soc-trang/"],
  ["province", "/tinh/can-tho-2025/", "/en/province/can-tho-2025/"],
  ["district", "/huyen/soc-trang/vinh-chau/", "/en/district/soc-trang/vinh-chau/"],
  ["commune", "/xa/soc-trang/vinh-chau/vinh-hai/", "/en/commune/soc-trang/vinh-chau/vinh-hai/"],
  ["rankings", "/xep-hang/", "/en/rankings/"],
  ["ranking", "/xep-hang/par-index/2023/", "/en/rankings/par-index/2023/"],
  ["rankingCsv", "/xep-hang/sipas/2024.csv", "/en/rankings/sipas/2024.csv"],
  ["rankingStatsCsv", "/xep-hang/par-index/thong-ke/2019.csv", "/en/rankings/par-index/statistics/2019.csv"],
  ["provinceYearsCsv", "/xep-hang/tinh/soc-trang.csv", "/en/rankings/province/soc-trang.csv"],
  ["compare", "/so-sanh/", "/en/compare/"],
  ["compareList", "/so-sanh/du-lieu/danh-sach.json", "/en/compare/data/list.json"],
  ["compareProvinces", "/so-sanh/tinh/", "/en/compare/province/"],
  ["compareProvince", "/so-sanh/tinh/soc-trang/", "/en/compare/province/soc-trang/"],
  ["sources", "/nguon/", "/en/sources/"],
  ["source", "/nguon/bc-tay-son-2021/", "/en/sources/bc-tay-son-2021/"],
  ["data", "/du-lieu/", "/en/data/"],
  ["dataset", "/du-lieu/online_services/", "/en/data/online_services/"],
  ["dataQuality", "/chat-luong-du-lieu/", "/en/data-quality/"],
  ["methodology", "/phuong-phap/", "/en/methodology/"],
  ["stories", "/bai-viet/", "/en/stories/"],
  ["story", "/bai-viet/bon-huyen-ho-so-dung-han/", "/en/stories/bon-huyen-ho-so-dung-han/"],
  ["embed", "/nhung/ho-so/soc-trang/vinh-chau/", "/en/embed/ho-so/soc-trang/vinh-chau/"],
  ["embed", "/nhung/xep-hang-par-index-2023/viet-nam/", "/en/embed/xep-hang-par-index-2023/viet-nam/"],
  ["chartFile", "/bieu-do/ho-so/soc-trang/my-xuyen.csv", "/en/charts/ho-so/soc-trang/my-xuyen.csv"],
  ["chartFile", "/bieu-do/par-theo-nam/an-giang.svg", "/en/charts/par-theo-nam/an-giang.svg"],
  ["search", "/tim-kiem/", "/en/search/"],
  ["reportCheck", "/kiem-tra-bao-cao/", "/en/report-check/"],
];

/** Files both editions share: the data as published, one address each. */
const SHARED: [RouteName, string][] = [
  ["datasetFile", "/du-lieu/dossiers.csv"],
  ["datasetFile", "/du-lieu/online_services.json"],
  ["datapackage", "/du-lieu/datapackage.json"],
  ["reportCheckUnits", "/kiem-tra-bao-cao/don-vi.json"],
  // A compare slice holds numbers and codes; each edition's page brings the words.
  ["compareSlice", "/so-sanh/du-lieu/soc-trang/vinh-chau.json"],
  ["compareSlice", "/so-sanh/du-lieu/binh-dinh/tay-son/tay-vinh.json"],
];

describe("counterpart", () => {
  it.each(PAIRS)("%s: %s is %s in English, and back", (name, vi, en) => {
    expect(matchRoute(vi)).toMatchObject({ name, locale: "vi", shared: false });
    expect(matchRoute(en)).toMatchObject({ name, locale: "en", shared: false });
    expect(counterpart(vi, "en")).toBe(en);
    expect(counterpart(en, "vi")).toBe(vi);
    expect(counterpart(vi, "vi")).toBe(vi);
  });

  it.each(SHARED)("%s: %s is one file for both editions", (name, path) => {
    expect(matchRoute(path)).toMatchObject({ name, shared: true });
    expect(counterpart(path, "en")).toBe(path);
    expect(counterpart(path, "vi")).toBe(path);
  });

  it("covers every route of the table, in both directions", () => {
    const tested = new Set([...PAIRS.map(([name]) => name), ...SHARED.map(([name]) => name)]);
    expect([...tested].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it("gives no two routes the same pattern, and puts every English page under /en/", () => {
    for (const locale of ["vi", "en"] as const) {
      const patterns = Object.values(ROUTES).map((r) => r[locale]);
      expect(new Set(patterns).size, locale).toBe(patterns.length);
    }
    const english = Object.values(ROUTES).filter((r) => r.vi !== r.en).map((r) => r.en);
    expect(english.filter((p) => !p.startsWith("/en/"))).toEqual([]);
  });

  it("keeps ids with '/' whole: soc-trang/vinh-chau is one district, not a province and a page", () => {
    expect(matchRoute("/huyen/soc-trang/vinh-chau/")?.params).toEqual({ unit: "soc-trang/vinh-chau" });
    expect(matchRoute("/en/embed/ho-so/soc-trang/vinh-chau/")?.params).toEqual({ chart: "ho-so", unit: "soc-trang/vinh-chau" });
  });

  it("keeps the query string and the anchor", () => {
    expect(counterpart("/so-sanh/?a=soc-trang&b=ha-noi&nam=2023", "en")).toBe("/en/compare/?a=soc-trang&b=ha-noi&nam=2023");
    expect(counterpart("/phuong-phap/#par-index", "en")).toBe("/en/methodology/#par-index");
  });

  it.each([
    "/tinh/soc-trang",
    "/tinh/soc-trang/vinh-chau/",
    "/huyen/soc-trang/vinh-chau/index.html",
    "/en/tinh/soc-trang/",
    "/xep-hang/par-index/23/",
    "/bieu-do/ho-so/soc-trang.png",
    "/_astro/x.js",
    "/pagefind/pagefind.js",
    "/Tinh/Soc-Trang/",
    "/en/district/",
  ])("reports %s as unknown instead of guessing", (path) => {
    expect(matchRoute(path)).toBeUndefined();
    expect(() => counterpart(path, "en")).toThrow(UnknownPathError);
  });
});

describe("pathTo and routes", () => {
  it("routes.place(unit, locale) is placePath(unit) in Vietnamese, for every kind of unit", () => {
    for (const kind of UNIT_KINDS) {
      const unit = { unit_id: kind === "tinh" || kind === "thanh_pho_truc_thuoc_tw" ? "soc-trang" : "soc-trang/vinh-chau", kind };
      expect(routes.place(unit), kind).toBe(placePath(unit));
      expect(counterpart(routes.place(unit, "en"), "vi")).toBe(placePath(unit));
    }
  });
  it("routes.place gives English paths", () => {
    expect(routes.place({ unit_id: "soc-trang/vinh-chau", kind: "thi_xa" }, "en")).toBe("/en/district/soc-trang/vinh-chau/");
    expect(routes.place({ unit_id: "viet-nam", kind: "quoc_gia" }, "en")).toBe("/en/");
  });
  it("chart paths are chartPaths.ts's in Vietnamese", () => {
    expect(routes.embed("ho-so", "soc-trang/vinh-chau")).toBe(embedPath("ho-so", "soc-trang/vinh-chau"));
    expect(routes.chartFile("ho-so", "soc-trang/vinh-chau", "svg")).toBe(downloadPath("ho-so", "soc-trang/vinh-chau", "svg"));
    expect(routes.chartFile("ho-so", "soc-trang/vinh-chau", "csv", "en")).toBe("/en/charts/ho-so/soc-trang/vinh-chau.csv");
  });
  it("ranking and source builders", () => {
    expect(routes.ranking("par-index", 2023, "en")).toBe("/en/rankings/par-index/2023/");
    expect(routes.source("bc-tay-son-2021")).toBe("/nguon/bc-tay-son-2021/");
    expect(pathTo("methodology", {}, "en")).toBe("/en/methodology/");
  });
  it("refuses an id that does not fit its place, rather than building a wrong link", () => {
    expect(() => routes.ranking("par-index", 23)).toThrow(/year/);
    expect(() => routes.source("Báo cáo")).toThrow(/source/);
    expect(() => pathTo("province", { province: "soc-trang/vinh-chau" })).toThrow(/province/);
  });
  it("refuses a path that would be read back as another page", () => {
    expect(() => pathTo("compareSlice", { unit: "danh-sach" })).toThrow(/compareList/);
  });
});

describe("localeOfPath", () => {
  it.each([
    ["/", "vi"],
    ["/huyen/soc-trang/vinh-chau/", "vi"],
    ["/en/", "en"],
    ["/en", "en"],
    ["/en/district/soc-trang/vinh-chau/", "en"],
    ["/english/", "vi"],
  ] as const)("%s is %s", (path, locale) => expect(localeOfPath(path)).toBe(locale));
});

describe("alternates", () => {
  it("gives each edition's path of a page", () => {
    expect(alternates("/huyen/soc-trang/vinh-chau/")).toEqual({ vi: "/huyen/soc-trang/vinh-chau/", en: "/en/district/soc-trang/vinh-chau/" });
  });
});
