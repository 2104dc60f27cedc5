/** Every internal link, asset, download and #anchor of the built site resolves. */
import { describe, expect, it } from "vitest";
import { checkLinks } from "./lib/links";

describe("links in dist/", () => {
  it("all resolve", () => {
    const { pages, links, broken } = checkLinks(process.env.CCHC_DIST ?? "dist", "/");
    expect(pages).toBeGreaterThan(200);
    expect(links).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
