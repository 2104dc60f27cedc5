import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "./placeView";
import { comparablePlaces } from "./compareList";
import { packSlice, unpackSlice } from "./compareSlice";

const places = comparablePlaces(new SiteData(loadAll("data").tables));

describe("packSlice / unpackSlice", () => {
  it("gives back every place's slice exactly (facts, order, nulls, bases, caveats)", () => {
    for (const { slice } of places) expect(unpackSlice(JSON.parse(JSON.stringify(packSlice(slice)))), slice.unit_id).toEqual(slice);
  });

  it("stores each text once: Vĩnh Châu's file is less than half the size of its slice written out", () => {
    const slice = places.find((p) => p.unit.unit_id === "soc-trang/vinh-chau")!.slice;
    const packed = packSlice(slice);
    expect(new Set(packed.text).size).toBe(packed.text.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(slice).length / 2);
  });

  it("keeps the place's own fields as they are", () => {
    const { slice } = places[0]!;
    const { text: _t, facts: _f, ...place } = packSlice(slice);
    const { facts: _facts, ...own } = slice;
    expect(place).toEqual(own);
  });
});
