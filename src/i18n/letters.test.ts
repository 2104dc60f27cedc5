import { describe, expect, it } from "vitest";
import { vietnameseLetters } from "./letters";

describe("vietnameseLetters", () => {
  it("catches đ, ă, ơ and tone marks, and lets English punctuation through", () => {
    expect(vietnameseLetters("Đà Nẵng")).toHaveLength(3);
    expect(vietnameseLetters("thơ ăn")).toEqual(["ơ", "ă"]);
    expect(vietnameseLetters("People’s Council – “Cite” 84.11% …")).toEqual([]);
  });

  it("reads decomposed letters too (a + combining grave)", () => {
    expect(vietnameseLetters("Tra\u0300")).toEqual(["\u0300"]);
  });
});
