import { describe, expect, it } from "vitest";
import { mergedCommunes, places } from "./searchFixtures";
import { abbreviationVariants, indexedOnItsOwn, searchRank } from "./search";


describe("abbreviationVariants", () => {
  it.each([
    ["TP.HCM", ["TP HCM", "TPHCM"]],
    ["BR-VT", ["BR VT", "BRVT"]],
    ["HCM", []],
    ["TP. Huế", []],
  ])("abbreviationVariants(%j) is %j", (name, expected) => {
    expect(abbreviationVariants(name)).toEqual(expected);
  });
});

describe("searchRank", () => {
  it.each([
    ["da-nang-2025", 1],
    ["da-nang", 2],
    ["soc-trang/vinh-chau", 3],
    ["soc-trang/vinh-chau/1", 4],
  ])("searchRank(%s) is %i", (id, rank) => {
    expect(searchRank(places.get(id))).toBe(rank);
  });
});

describe("indexedOnItsOwn", () => {
  const merged = mergedCommunes;

  it.each([
    ["ha-noi/van-hai/vinh-tay", false, "an abolished commune with a commune successor is found through it"],
    ["ha-noi/van-hai/tan-loc", true, "an abolished commune without a successor in the data keeps its entry"],
    ["ha-noi/luong-my-2025", true, "a commune of today keeps its entry"],
    ["ha-noi/van-hai", true, "a district keeps its entry: its successor is a whole province"],
    ["ha-tay", true, "a former province keeps its entry"],
  ])("indexedOnItsOwn(%s) is %s: %s", (id, expected) => {
    expect(indexedOnItsOwn(merged.get(id), merged)).toBe(expected);
  });
});
