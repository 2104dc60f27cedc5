import { describe, expect, it } from "vitest";
import { BILINGUAL_ROUTES, editionsOf, isBilingual, linkTo } from "./editions";
import { ROUTES, type RouteName } from "./routes";

describe("BILINGUAL_ROUTES", () => {
  it("names only routes of the route table that have two different addresses", () => {
    for (const name of BILINGUAL_ROUTES) expect(ROUTES[name].vi, name).not.toBe(ROUTES[name].en);
  });

});

describe("the English edition", () => {
  it("has every kind of page and download with two addresses built in both languages (issue 12)", () => {
    const twoAddresses = (Object.keys(ROUTES) as RouteName[]).filter((name) => ROUTES[name].vi !== ROUTES[name].en);
    expect(twoAddresses.filter((name) => !isBilingual(name))).toEqual([]);
  });
});

describe("editionsOf", () => {
  it.each([
    ["/phuong-phap/", { vi: "/phuong-phap/", en: "/en/methodology/" }],
    ["/en/methodology/", { vi: "/phuong-phap/", en: "/en/methodology/" }],
    ["/bai-viet/bon-huyen-ho-so-dung-han/", { vi: "/bai-viet/bon-huyen-ho-so-dung-han/", en: "/en/stories/bon-huyen-ho-so-dung-han/" }],
    ["/en/404.html", { vi: "/404.html", en: "/en/404.html" }],
    ["/huyen/soc-trang/vinh-chau/", { vi: "/huyen/soc-trang/vinh-chau/", en: "/en/district/soc-trang/vinh-chau/" }],
  ])("editionsOf('%s') gives both editions' paths", (path, editions) => {
    expect(editionsOf(path)).toEqual(editions);
  });

  it.each([
    ["/du-lieu/dossiers.csv", "a file both editions share"],
    ["/no/such/page/", "a path the route table does not have"],
  ])("editionsOf('%s') is undefined: %s", (path) => {
    expect(editionsOf(path)).toBeUndefined();
  });

  it("is undefined for a story written in one language only (translated = false)", () => {
    expect(editionsOf("/bai-viet/chua-dich/", false)).toBeUndefined();
  });
});

describe("linkTo", () => {
  it("linkTo('methodology', {}, 'en') is the English page", () => {
    expect(linkTo("methodology", {}, "en")).toEqual({ path: "/en/methodology/", lang: "en" });
  });

  it("a Vietnamese page always links to Vietnamese pages", () => {
    expect(linkTo("sources", {}, "vi")).toEqual({ path: "/nguon/", lang: "vi" });
    expect(linkTo("stories", {}, "vi")).toEqual({ path: "/bai-viet/", lang: "vi" });
  });
});
