import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { comparablePlaces, compareGroups } from "./compareList";

const site = new SiteData(loadAll("data").tables);
const places = comparablePlaces(site);

describe("compareGroups", () => {
  const groups = compareGroups(site, places);

  it("puts every comparable place in exactly one group", () => {
    expect(groups.flatMap((g) => g.places.map((p) => p.unit.unit_id)).sort()).toEqual(places.map((p) => p.unit.unit_id).sort());
  });

  it("groups a province's districts and communes under it, the province first", () => {
    const binhDinh = groups.find((g) => g.key === "binh-dinh");
    expect(binhDinh?.province?.name).toBe("Bình Định");
    expect(binhDinh?.places.map((p) => p.unit.unit_id)).toEqual(expect.arrayContaining(["binh-dinh/tay-son", "binh-dinh/tay-son/tay-xuan"]));
    expect(groups.find((g) => g.key === "soc-trang")?.places[0]?.unit.unit_id).toBe("soc-trang");
  });
});
