import { describe, expect, it } from "vitest";
import { loadAll } from "../loaders/datasets";
import { SiteData } from "../metrics/placeView";
import { placeSlice } from "../metrics/compareFacts";
import { placeName, viewSlice } from "./compareView";
import { compareWords } from "./compareWords";
import { vietnameseLetters } from "../i18n/letters";

const site = new SiteData(loadAll("data").tables);
const vi = compareWords(site, "vi");
const en = compareWords(site, "en");
const view = (id: string, words = en) => viewSlice(placeSlice(site, id), words);

describe("placeName", () => {
  it.each([
    [{ name: "Mỹ Xuyên", kind: "huyen" }, "huyện Mỹ Xuyên", "Mỹ Xuyên district"],
    [{ name: "Vĩnh Châu", kind: "thi_xa" }, "thị xã Vĩnh Châu", "Vĩnh Châu town"],
    [{ name: "TP. Hồ Chí Minh", kind: "thanh_pho_truc_thuoc_tw" }, "TP. Hồ Chí Minh", "TP. Hồ Chí Minh"],
  ] as const)("%j is %s / %s", (place, vietnamese, english) => {
    expect(placeName(place, vi)).toBe(vietnamese);
    expect(placeName(place, en)).toBe(english);
  });
});

describe("viewSlice in English", () => {
  it("writes a district score the English way, with its scale, assessor and method in words", () => {
    const par = view("soc-trang/my-xuyen").facts.find((f) => f.key === "par:district");
    expect(par).toMatchObject({ period: "2020", display: "72.63/96 (75.66%), rank 10 of 11", label: "District administrative reform index (provincial criteria)" });
    expect(par?.basis).toEqual({ scale: "96", assessor: "assessed by the province", method: "criteria set by Sóc Trăng province" });
    expect(par?.caveats).toContain("Scored out of 96, not 100: compare as percentages of the maximum.");
  });

  it("says a count is of a period cut short, and of all communes together, with English dates and numbers", () => {
    const received = view("soc-trang/vinh-chau").facts.find((f) => f.key === "received:district");
    expect(received).toMatchObject({ period: "1 Jan 2023 – 15 Dec 2023", display: "20,658" });
    expect(received?.caveats).toContain("Figures up to 15 Dec 2023, before the period ended.");
    const late = view("soc-trang/vinh-chau").facts.find((f) => f.key === "resolved_late:commune");
    expect(late?.caveats).toContain("One figure for all communes, wards and townships of Vĩnh Châu town together, not for one commune.");
    expect(late?.basis.scope).toBe("all communes of a district together");
  });

  it("names SIPAS eras and a rank-only year in English", () => {
    const sipas = view("quang-ninh").facts.filter((f) => f.key === "sipas");
    expect(sipas.find((f) => f.year === 2023)).toMatchObject({ display: "90.61%, rank 1 of 63", basis: { method: "method from 2022" } });
    expect(sipas.find((f) => f.year === 2024)?.caveats).toContain("Rank worked out from the order in which the source lists provinces; not printed as a rank.");
  });

  it("leaves no Vietnamese word outside place names in any place's figures", () => {
    const names = site.places.units.map((u) => u.name).sort((a, b) => b.length - a.length);
    const words = site.places.units.filter((u) => u.kind !== "quoc_gia").flatMap((u) => {
      const s = view(u.unit_id);
      return s.facts.flatMap((f) => [f.label, f.period, f.display, ...f.caveats, ...Object.values(f.basis)]);
    });
    const left = words.map((w) => names.reduce((rest, n) => rest.split(n).join(" "), w)).filter((w) => vietnameseLetters(w).length > 0);
    expect([...new Set(left)]).toEqual([]);
  });

  it("links a figure to its source line and a recomputed rate to the place's figures, in the reader's edition", () => {
    const facts = view("soc-trang/vinh-chau").facts;
    expect(facts.find((f) => f.key === "received:district")?.source).toMatch(/^\/en\/sources\/[^/]+\/#dong-\d+$/);
    expect(facts.find((f) => f.key === "on_time:district")?.source).toBe("/en/district/soc-trang/vinh-chau/#ho-so");
    expect(view("soc-trang/vinh-chau", vi).facts.find((f) => f.key === "received:district")?.source).toMatch(/^\/nguon\/[^/]+\/#dong-\d+$/);
  });
});
