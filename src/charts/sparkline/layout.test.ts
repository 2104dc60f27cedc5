import { describe, expect, it } from "vitest";
import { layoutSparkline, summarizeSparkline } from "./layout";
import { sparkline } from "../fixtures";

describe("layoutSparkline", () => {
  const layout = layoutSparkline(sparkline);
  it("leaves the missing year as a gap and dots the isolated first point", () => {
    expect(layout.linePath.match(/M/g)).toHaveLength(2);
    expect(layout.marks.filter((m) => m.type === "circle")).toHaveLength(2);
  });
  it("fits the default 96 x 24 box", () => {
    expect([layout.width, layout.height]).toEqual([96, 24]);
  });
});

describe("summarizeSparkline", () => {
  it("gives the first and last known values", () => {
    expect(summarizeSparkline(sparkline)).toBe("PAR INDEX tỉnh A: từ 80 (2019) đến 85 (2022).");
  });
});
