import { describe, expect, it } from "vitest";
import { loadTables } from "../tables/tables";
import { figuresOfSource, figuresOfSourceUpTo } from "./provenance";

const tables = loadTables("data");

describe("figuresOfSourceUpTo", () => {
  it("is the start of figuresOfSource, with the count and the datasets (first seen first) of all of them", () => {
    for (const { row: source } of tables.sources) {
      const all = figuresOfSource(tables, source.source_id);
      for (const limit of [0, 3, 1000]) {
        const page = figuresOfSourceUpTo(tables, source.source_id, limit);
        expect(page.figures, source.source_id).toEqual(all.slice(0, limit));
        expect(page.total).toBe(all.length);
        expect(page.datasets).toEqual([...new Set(all.map((f) => f.dataset))]);
      }
    }
  });

  it("orders Vĩnh Châu's report by line", () => {
    const lines = figuresOfSource(tables, "bc-vinh-chau-2023").map((f) => f.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.length).toBeGreaterThan(10);
  });
});
