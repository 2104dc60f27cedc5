import { describe, expect, it } from "vitest";
import { BILINGUAL_ROUTES, editionsOf, isBilingual, linkTo } from "./editions";
import { ROUTES, type RouteName } from "./routes";

describe("BILINGUAL_ROUTES", () => {
  it("names only routes of the route table that have two different addresses", () => {
    for (const name of BILINGUAL_ROUTES) expect(ROUTES[name].vi, name).not.toBe(ROUTES[name].en);
  });

});

/**
 * What is left of the English edition, named: every route with two addresses that is not yet built in English.
 * Converting a kind is adding it to BILINGUAL_ROUTES and removing it here; issue 12 is done when this is empty.
 */
const NOT_YET_BILINGUAL: RouteName[] = [
];

describe("the kinds not yet bilingual", () => {
  it("are exactly the list above (shrink it as each kind is built in English)", () => {
    const twoAddresses = (Object.keys(ROUTES) as RouteName[]).filter((name) => ROUTES[name].vi !== ROUTES[name].en);
    expect(twoAddresses.filter((name) => !isBilingual(name))).toEqual(NOT_YET_BILINGUAL);
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
