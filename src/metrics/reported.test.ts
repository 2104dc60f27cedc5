import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { HOME_NAMED, byProvince, reportedPlaces } from "./reported";

const site = new SiteData(loadAll("data").tables);

describe("places with figures from their own reports", () => {
  const reported = reportedPlaces(site);

  it("are the districts and provinces whose reports were copied, few enough today to be named one by one", () => {
    const ids = reported.map((u) => u.unit_id);
    expect(ids).toContain("soc-trang/vinh-chau");
    expect(ids).toContain("binh-dinh/tay-son");
    expect(reported.every((u) => !["xa", "phuong", "thi_tran"].includes(u.kind))).toBe(true);
    expect(reported.length).toBeLessThanOrEqual(HOME_NAMED);
  });

  it("group by province (alphabetical), each place once, a province that reported in its own group", () => {
    const groups = byProvince(site, reported);
    const names = groups.map((g) => g.province.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    expect(groups.flatMap((g) => g.places)).toHaveLength(reported.length);
    const socTrang = groups.find((g) => g.province.unit_id === "soc-trang");
    expect(socTrang?.places.map((u) => u.unit_id)).toEqual(expect.arrayContaining(["soc-trang/vinh-chau", "soc-trang/my-xuyen"]));
  });
});
