import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { siteData } from "./placeView";
import { placeChart } from "../presentation/placeCharts";
import { chartCitedSources, citedSources, placeCitedSources } from "./citations";
import { figuresOfSource, sourceOrder } from "./provenance";

const site = siteData(loadAll("data").tables);

describe("chartCitedSources", () => {
  it("names Vĩnh Châu's report with the lines of the dossiers its chart draws", () => {
    const chart = placeChart(site, "ho-so", "soc-trang/vinh-chau");
    const [cited] = chartCitedSources(site, chart ?? { sources: [] });
    expect(cited?.source.source_id).toBe("bc-vinh-chau-2023");
    expect(cited?.lines).toContain(375);
  });
});

describe("citedSources", () => {
  it("puts reports before web pages and skips unknown ids", () => {
    const cited = citedSources(site, ["web-02f4528e61", "nope", "bc-tay-son-2021"]);
    expect(cited.map((c) => c.source.source_id)).toEqual(["bc-tay-son-2021", "web-02f4528e61"]);
  });
});

describe("placeCitedSources", () => {
  it("lists every source with a figure of the place", () => {
    expect(placeCitedSources(site, "soc-trang/vinh-chau").map((c) => c.source.source_id)).toContain("bc-vinh-chau-2023");
  });
});

describe("placeCitedSources, indexed once per site", () => {
  it("gives the same sources, in the same order, as scanning every source's figures in the order sources first appear", () => {
    for (const unitId of ["soc-trang", "soc-trang/vinh-chau", "binh-dinh/tay-son", "ha-noi"]) {
      const scanned = [...sourceOrder(site.tables).keys()].filter((id) => figuresOfSource(site.tables, id).some((f) => f.unit_id === unitId));
      expect(placeCitedSources(site, unitId), unitId).toEqual(citedSources(site, scanned));
    }
  });
  it("is empty for a place no source gives a figure of", () => {
    expect(placeCitedSources(site, "viet-nam-khong-co")).toEqual([]);
  });
});
