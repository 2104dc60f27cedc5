import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { comparablePlaces, compareGroups, compareOptions } from "./compareList";

const site = new SiteData(loadAll("data").tables);
const places = comparablePlaces(site);

describe("compareOptions", () => {
  it("labels a commune with its district and province, and lists provinces before districts and communes", () => {
    const options = compareOptions(places);
    expect(options.find((o) => o.id === "binh-dinh/tay-son/tay-xuan")?.label).toBe("Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)");
    expect(options.findIndex((o) => o.id === "soc-trang")).toBeLessThan(options.findIndex((o) => o.id === "soc-trang/my-xuyen"));
    expect(options).toHaveLength(places.length);
  });
});

describe("compareGroups", () => {
  const groups = compareGroups(site, places);

  it("puts every comparable place in exactly one group", () => {
    expect(groups.flatMap((g) => g.places.map((p) => p.unit.unit_id)).sort()).toEqual(places.map((p) => p.unit.unit_id).sort());
  });

  it("groups a province's districts and communes under it, the province first", () => {
    const binhDinh = groups.find((g) => g.key === "binh-dinh");
    expect(binhDinh?.title).toBe("Tỉnh Bình Định");
    expect(binhDinh?.places.map((p) => p.unit.unit_id)).toEqual(expect.arrayContaining(["binh-dinh/tay-son", "binh-dinh/tay-son/tay-xuan"]));
    expect(groups.find((g) => g.key === "soc-trang")?.places[0]?.unit.unit_id).toBe("soc-trang");
  });
});
