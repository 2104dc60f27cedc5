import { describe, expect, it } from "vitest";
import { composeName, NameBook } from "./names";
import { random } from "./random";

describe("composeName", () => {
  it("writes two or three capitalised syllables with diacritics kept", () => {
    const rnd = random(1);
    const names = Array.from({ length: 200 }, () => composeName(rnd));
    for (const name of names) expect(name).toMatch(/^(\p{Lu}\p{Ll}* ){1,2}\p{Lu}\p{Ll}*$/u);
    expect(names.some((n) => /[^\x00-\x7f]/.test(n))).toBe(true);
  });
  it("is deterministic for a seed", () => {
    const a = random(7), b = random(7);
    expect(Array.from({ length: 5 }, () => composeName(a))).toEqual(Array.from({ length: 5 }, () => composeName(b)));
  });
});

describe("NameBook", () => {
  it("never repeats an id segment, real siblings included", () => {
    const book = new NameBook(["tan-an"]);
    const rnd = random(3);
    const slugs = Array.from({ length: 2000 }, () => book.next(rnd).slug);
    expect(new Set(slugs).size).toBe(2000);
    expect(slugs).not.toContain("tan-an");
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it("numbers wards as phuong-<n>, skipping numbers taken", () => {
    const book = new NameBook(["phuong-1"]);
    expect(book.nextNumbered()).toEqual({ name: "2", slug: "phuong-2" });
  });
  it("adds the suffix of units formed in 2025", () => {
    expect(new NameBook().next(random(1), "-2025").slug).toMatch(/-2025$/);
  });
});
