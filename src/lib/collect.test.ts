import { describe, expect, it } from "vitest";
import { groupBy, memoPer, pushTo, memoRecent } from "./collect";

describe("pushTo", () => {
  it("creates a list on first use and appends after", () => {
    const map = new Map<string, number[]>();
    pushTo(map, "a", 1);
    pushTo(map, "a", 2);
    pushTo(map, "b", 3);
    expect([...map]).toEqual([["a", [1, 2]], ["b", [3]]]);
  });
});

describe("groupBy", () => {
  it("keeps input order inside a group and first-seen order of keys (null is a key too)", () => {
    const lines = [{ line: 3, v: "a" }, { line: null, v: "b" }, { line: 3, v: "c" }];
    expect([...groupBy(lines, (x) => x.line)].map(([k, xs]) => [k, xs.map((x) => x.v)])).toEqual([[3, ["a", "c"]], [null, ["b"]]]);
  });
});

describe("memoPer", () => {
  it("computes once per owner and key, null included", () => {
    const cache = new WeakMap<object, Map<string, number | null>>();
    const owner = {};
    let calls = 0;
    const get = (key: string) => memoPer(cache, owner, key, () => (calls++, key === "none" ? null : key.length));
    expect([get("abc"), get("abc"), get("none"), get("none")]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
    expect(memoPer(cache, {}, "abc", () => 7)).toBe(7);
  });
});

describe("memoRecent", () => {
  it("answers repeated questions from memory but keeps only the most recently used answers", () => {
    const cache = new WeakMap<object, Map<string, number>>();
    const owner = {};
    let computed = 0;
    const ask = (key: string) => memoRecent(cache, owner, key, () => ++computed, 2);
    expect([ask("a"), ask("a"), ask("b")]).toEqual([1, 1, 2]);
    ask("a"); // a is now more recent than b
    ask("c"); // over the limit: b, the least recently used, is dropped
    expect(cache.get(owner)?.size).toBe(2);
    expect(ask("a")).toBe(1);
    expect(ask("b")).toBe(4);
  });
});
