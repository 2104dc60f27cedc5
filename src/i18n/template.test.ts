import { describe, expect, it } from "vitest";
import { fill, parts, placeholdersOf, selectForm } from "./template";

describe("placeholdersOf", () => {
  it("placeholdersOf('{a} và {b}, {a}') is ['a', 'b']", () => expect(placeholdersOf("{a} và {b}, {a}")).toEqual(["a", "b"]));
  it("is empty for plain text", () => expect(placeholdersOf("Trang chủ")).toEqual([]));
});

describe("fill", () => {
  it("fill('Tìm {place} năm {year}', …) names both", () => expect(fill("Tìm {place} năm {year}", { place: "Sóc Trăng", year: 2023 })).toBe("Tìm Sóc Trăng năm 2023"));
  it("throws when a placeholder has no value: a sentence with a hole is never published", () => {
    expect(() => fill("{count} nguồn", {})).toThrow(/\{count\}/);
  });
  it("shows values through the caller's formatter", () => expect(fill("{n}", { n: 7927 }, (v) => `<${v}>`)).toBe("<7927>"));
});

describe("selectForm", () => {
  const sources = { one: "{count} source", other: "{count} sources" };
  it.each([
    [1, "{count} source"],
    [3, "{count} sources"],
    [0, "{count} sources"],
  ])("English picks the form for %s", (count, form) => expect(selectForm(sources, count, "en")).toBe(form));
  it("Vietnamese has one form for every count", () => expect(selectForm({ other: "{count} nguồn" }, 1, "vi")).toBe("{count} nguồn"));
  it("a plain string is its own form", () => expect(selectForm("Nguồn", 2, "vi")).toBe("Nguồn"));
});

describe("parts", () => {
  it("leaves placeholders without a value as slots for elements", () => {
    expect(parts("Xem {link}.", {})).toEqual(["Xem ", { slot: "link" }, "."]);
  });
  it("fills the others and merges the text around them", () => {
    expect(parts("{a} {b} và {c}", { a: "A", c: "C" })).toEqual(["A ", { slot: "b" }, " và C"]);
  });
  it("gives no empty text at the edges", () => expect(parts("{x}", {})).toEqual([{ slot: "x" }]));
});
