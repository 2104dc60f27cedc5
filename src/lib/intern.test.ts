import { describe, expect, it } from "vitest";
import { stringPool } from "./intern";

describe("stringPool", () => {
  it("returns equal strings for equal input, and the same copy every time", () => {
    const intern = stringPool();
    const text = "soc-trang/my-xuyen,soc-trang/my-xuyen";
    const a = intern(text.slice(0, 18));
    const b = intern(text.slice(19));
    expect(a).toBe("soc-trang/my-xuyen");
    expect(b).toBe(a);
    expect(intern("Mỹ Xuyên")).toBe("Mỹ Xuyên");
    expect(intern("")).toBe("");
  });

  it("keeps one entry per distinct value", () => {
    const intern = stringPool();
    const values = ["count", "percent", "count", "count", "percent"].map(intern);
    expect(new Set(values).size).toBe(2);
  });
});
