/** Every internal link, asset, download and #anchor of the built site resolves, at "/" and under a base path. */
import { describe, expect, it } from "vitest";
import { checkLinks } from "./lib/links";
import { buildInto } from "./lib/build";

describe("links in dist/", () => {
  it("all resolve", () => {
    const { pages, links, broken } = checkLinks(process.env.CCHC_DIST ?? "dist", "/");
    expect(pages).toBeGreaterThan(200);
    expect(links).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});

describe("links in a build under /cchc/", () => {
  it("all resolve and stay under the base", () => {
    const { dist, status, stderr } = buildInto({ base: "/cchc/" });
    expect(status, stderr.slice(-2000)).toBe(0);
    const { pages, broken } = checkLinks(dist, "/cchc/");
    expect(pages).toBeGreaterThan(200);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
