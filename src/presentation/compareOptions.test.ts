import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "../metrics/placeView";
import { comparablePlaces } from "../metrics/compareList";
import { compareOptions } from "./compareOptions";
import { compareWords } from "./compareWords";

const site = new SiteData(loadAll("data").tables);
const places = comparablePlaces(site);

describe("compareOptions", () => {
  it("labels a commune with its district and province, and lists provinces before districts and communes", () => {
    const options = compareOptions(site, places, compareWords(site, "vi"));
    expect(options.find((o) => o.id === "binh-dinh/tay-son/tay-xuan")?.label).toBe("Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)");
    expect(options.findIndex((o) => o.id === "soc-trang")).toBeLessThan(options.findIndex((o) => o.id === "soc-trang/my-xuyen"));
    expect(options).toHaveLength(places.length);
  });

  it("labels in English with the kind word after the Vietnamese name, and keeps the bare name to type", () => {
    const options = compareOptions(site, places, compareWords(site, "en"));
    const tayXuan = options.find((o) => o.id === "binh-dinh/tay-son/tay-xuan");
    expect(tayXuan?.label).toBe("Tây Xuân commune (Tây Sơn district, Bình Định province)");
    expect(tayXuan?.names).toContain("tay xuan");
  });
});
