import { describe, expect, it } from "vitest";
import { packPlaces, toPlaceRecord, unpackPlaces } from "./placeRecords";

const MY_XUYEN = {
  unit_id: "soc-trang/my-xuyen", name: "Mỹ Xuyên", kind: "huyen" as const, parent_id: "soc-trang",
  aliases: ["My Xuyen", "H. Mỹ Xuyên"], valid_from: null, valid_to: "2025-06-30",
};

describe("toPlaceRecord", () => {
  it("keeps what the place resolver needs, with null for an unknown date", () => {
    expect(toPlaceRecord(MY_XUYEN)).toEqual({ ...MY_XUYEN, aliases: ["My Xuyen", "H. Mỹ Xuyên"] });
  });
});

describe("packPlaces / unpackPlaces", () => {
  it("round-trip a record with aliases, a parent and a validity period", () => {
    expect(unpackPlaces(packPlaces([toPlaceRecord(MY_XUYEN)]))).toEqual([toPlaceRecord(MY_XUYEN)]);
  });

  it("round-trip the country: no parent, no alias, no dates", () => {
    const country = { unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia", parent_id: null, aliases: [], valid_from: null, valid_to: null };
    expect(packPlaces([country])).toEqual([["viet-nam", "Việt Nam", "quoc_gia", "", "", "", ""]]);
    expect(unpackPlaces(packPlaces([country]))).toEqual([country]);
  });
});
