import { describe, expect, it } from "vitest";
import { BILINGUAL_ROUTES, editionsOf, isBilingual, linkTo } from "./editions";
import { ROUTES } from "./routes";

describe("BILINGUAL_ROUTES", () => {
  it("names only routes of the route table that have two different addresses", () => {
    for (const name of BILINGUAL_ROUTES) expect(ROUTES[name].vi, name).not.toBe(ROUTES[name].en);
  });

  it("does not list place pages yet: they have no English edition", () => {
    expect(isBilingual("province")).toBe(false);
    expect(isBilingual("methodology")).toBe(true);
  });
});

describe("editionsOf", () => {
  it.each([
    ["/phuong-phap/", { vi: "/phuong-phap/", en: "/en/methodology/" }],
    ["/en/methodology/", { vi: "/phuong-phap/", en: "/en/methodology/" }],
    ["/bai-viet/bon-huyen-ho-so-dung-han/", { vi: "/bai-viet/bon-huyen-ho-so-dung-han/", en: "/en/stories/bon-huyen-ho-so-dung-han/" }],
    ["/en/404.html", { vi: "/404.html", en: "/en/404.html" }],
  ])("editionsOf('%s') gives both editions' paths", (path, editions) => {
    expect(editionsOf(path)).toEqual(editions);
  });

  it.each([
    ["/tinh/soc-trang/", "a kind not built in English"],
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

  it("linkTo('provinces', {}, 'en') falls back to the Vietnamese page, and says so", () => {
    expect(linkTo("provinces", {}, "en")).toEqual({ path: "/tinh/", lang: "vi" });
  });

  it("a Vietnamese page always links to Vietnamese pages", () => {
    expect(linkTo("sources", {}, "vi")).toEqual({ path: "/nguon/", lang: "vi" });
    expect(linkTo("stories", {}, "vi")).toEqual({ path: "/bai-viet/", lang: "vi" });
  });
});
