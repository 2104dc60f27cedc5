import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { comparablePlaces } from "./compareList";
import { compareOptions } from "../presentation/compareOptions";
import { compareWords } from "../presentation/compareWords";
import { closestPlaces, foldQuery, matchPlaces, matchScore, resolvePlace, similarity, type CompareOption } from "./placeMatch";

const site = new SiteData(loadAll("data").tables);
const options = compareOptions(site, comparablePlaces(site), compareWords(site, "vi"));
const ids = (list: CompareOption[]) => list.map((o) => o.id);
const option = (label: string, names: string[] = [], tier: CompareOption["tier"] = 2): CompareOption => ({ id: foldQuery(label), label, tier, names });

describe("foldQuery", () => {
  it.each([
    ["Mỹ Xuyên", "my xuyen"],
    ["Đà Nẵng", "da nang"],
    ["  TP.HCM ", "tp hcm"],
    ["Bà Rịa - Vũng Tàu", "ba ria vung tau"],
  ])("foldQuery(%j) is %j", (text, folded) => expect(foldQuery(text)).toBe(folded));
});

describe("matchScore", () => {
  const myXuyen = option("Huyện Mỹ Xuyên (tỉnh Sóc Trăng)", ["my xuyen"]);
  it.each([
    ["my xuyen", 0],
    ["Huyện Mỹ Xuyên", 0],
    ["my xu", 1],
    ["xuyen my", 2],
    ["my xuyen soc trang", 3],
    ["vinh chau", null],
    ["", null],
  ] as const)("%j scores %j against huyện Mỹ Xuyên", (query, score) => expect(matchScore(query, myXuyen)).toBe(score));
});

describe("matchPlaces on the bundled list", () => {
  it("finds places typed without diacritics, a place before the places inside it", () => {
    expect(ids(matchPlaces("my xuyen", options))[0]).toBe("soc-trang/my-xuyen");
    expect(ids(matchPlaces("soc trang", options))[0]).toBe("soc-trang");
    expect(ids(matchPlaces("vinh chau", options))[0]).toBe("soc-trang/vinh-chau");
  });

  it("finds đ typed as d, abbreviations and old names (search.ts's variants)", () => {
    expect(ids(matchPlaces("da nang", options))).toContain("da-nang");
    expect(ids(matchPlaces("tphcm", options))[0]).toBe("tp-ho-chi-minh");
    expect(ids(matchPlaces("bac can", options))[0]).toBe("bac-kan");
  });
});

describe("resolvePlace", () => {
  it("takes an id or a label as listed", () => {
    expect(resolvePlace("soc-trang/vinh-chau", options)).toMatchObject({ status: "found", option: { id: "soc-trang/vinh-chau" } });
    expect(resolvePlace("Thị xã Vĩnh Châu (tỉnh Sóc Trăng)", options)).toMatchObject({ status: "found", option: { id: "soc-trang/vinh-chau" } });
  });

  it("resolves free text that names one place; a name shared by a district and its seat town names the district", () => {
    expect(resolvePlace("my xuyen", options)).toMatchObject({ status: "found", option: { id: "soc-trang/my-xuyen" } });
    expect(resolvePlace("vinh chau", options)).toMatchObject({ status: "found", option: { id: "soc-trang/vinh-chau" } });
    expect(resolvePlace("ha noi", options)).toMatchObject({ status: "found", option: { id: "ha-noi" } });
  });

  it("takes the district when its seat town has the same name", () => {
    const pair = [option("Huyện Mỹ Xuyên (tỉnh Sóc Trăng)", ["my xuyen"], 2), option("Thị trấn Mỹ Xuyên (huyện Mỹ Xuyên, tỉnh Sóc Trăng)", ["my xuyen"], 3)];
    expect(resolvePlace("my xuyen", pair)).toMatchObject({ status: "found", option: pair[0] });
  });

  it("lists equally good places of one tier instead of guessing", () => {
    const twins = [option("Huyện Châu Thành (tỉnh A)", ["chau thanh"]), option("Huyện Châu Thành (tỉnh B)", ["chau thanh"])];
    expect(resolvePlace("chau thanh", twins)).toMatchObject({ status: "ambiguous", candidates: twins });
  });

  it("gives the closest names for a text that matches nothing", () => {
    const result = resolvePlace("vinh chu", options);
    expect(result.status).toBe("unknown");
    expect(result.status === "unknown" && ids(result.closest)[0]).toBe("soc-trang/vinh-chau");
  });
});

describe("similarity and closestPlaces", () => {
  it("is 1 for the same text and 0 for nothing in common", () => {
    expect(similarity("vinh chau", "vinh chau")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
  });
  it("returns nothing for gibberish", () => expect(closestPlaces("qqqqzzzz", options)).toEqual([]));
});
