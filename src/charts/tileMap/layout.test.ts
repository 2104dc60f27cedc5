import { describe, expect, it } from "vitest";
import { layoutTileMap, summarizeTileMap, tileMapTable } from "./layout";
import { GRID_63 } from "./tiles63";
import { GRID_34 } from "./tiles34";
import { tileMap34, tileMap63 } from "../fixtures";

describe.each([["63", GRID_63, 63], ["34", GRID_34, 34]] as const)("GRID_%s", (_name, grid, count) => {
  it(`has ${count} tiles with unique ids and unique cells`, () => {
    expect(grid.tiles).toHaveLength(count);
    expect(new Set(grid.tiles.map((t) => t.id)).size).toBe(count);
    expect(new Set(grid.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(count);
  });
  it("keeps every tile inside the grid", () => {
    expect(grid.tiles.every((t) => t.col < grid.columns && t.row < grid.rows)).toBe(true);
  });
});

describe("layoutTileMap", () => {
  const layout = layoutTileMap(tileMap63);
  it("puts a tile without data in the no-data class, with a legend entry in words", () => {
    expect(layout.tiles.find((t) => t.id === "ca-mau")).toMatchObject({ value: null, bin: null });
    expect(layout.legend.at(-1)).toEqual({ bin: null, label: "Chưa có số liệu" });
  });
  it("bins known values from low to high", () => {
    const bin = (id: string) => layout.tiles.find((t) => t.id === id)!.bin!;
    expect(bin("soc-trang")).toBeLessThan(bin("quang-ninh"));
  });
  it("with a shared domain, two maps of one year give the same value the same class and legend", () => {
    const domain: [number, number] = [78, 92.5];
    const all = layoutTileMap({ ...tileMap63, domain });
    const few = layoutTileMap({ ...tileMap63, values: { "soc-trang": 81.7 }, domain });
    expect(few.legend).toEqual(all.legend);
    expect(few.tiles.find((t) => t.id === "soc-trang")?.bin).toBe(all.tiles.find((t) => t.id === "soc-trang")?.bin);
  });
  it("places a link box over every tile that has a path, in percent of the drawing, and no other", () => {
    const layout = layoutTileMap({ ...tileMap63, paths: { "soc-trang": "/tinh/soc-trang/" } });
    const tile = layout.tiles.find((t) => t.id === "soc-trang")!;
    expect(layout.links).toEqual([{
      id: "soc-trang", path: "/tinh/soc-trang/", name: "Sóc Trăng",
      left: Math.round((tile.x / layout.width) * 10000) / 100, top: Math.round((tile.y / layout.height) * 10000) / 100,
      width: Math.round((40 / layout.width) * 10000) / 100, height: Math.round((40 / layout.height) * 10000) / 100,
    }]);
  });
  it("shows only the no-data legend when nothing has data", () => {
    expect(layoutTileMap(tileMap34).legend).toEqual([{ bin: null, label: "Chưa có số liệu" }]);
  });
});

describe("summarizeTileMap", () => {
  it("counts tiles with data and names the extremes and the highlighted place", () => {
    expect(summarizeTileMap(tileMap63)).toBe("Bản đồ PAR INDEX 2023, 63 tỉnh, thành phố (trước 1/7/2025): 3/63 đơn vị có số liệu; cao nhất Quảng Ninh (92,18); thấp nhất Sóc Trăng (81,70); Sóc Trăng: 81,70.");
  });
});

describe("tileMapTable", () => {
  it("has a row for every tile, those without data included", () => {
    expect(tileMapTable(tileMap63).rows).toHaveLength(63);
  });
});
