// Every chart type rendered to an SVG file and compared with the committed snapshot in __snapshots__/.
import { describe, expect, it } from "vitest";
import { toSvg } from "./svg";
import { layoutOf, narrowSpec, type ChartSpec } from "./spec";
import * as f from "./fixtures";

const cases: [string, ChartSpec][] = [
  ["time-series", { type: "timeSeries", data: f.timeSeries }],
  ["ranked-bars", { type: "rankedBars", data: f.rankedBars }],
  ["ranked-bars-excerpt", { type: "rankedBars", data: f.rankedBarsExcerpt }],
  ["stacked-bars", { type: "stackedBars", data: f.stackedBars }],
  ["component-bars", { type: "componentBars", data: f.componentBars }],
  ["strip-plot", { type: "stripPlot", data: f.stripPlot }],
  ["sparkline", { type: "sparkline", data: f.sparkline }],
  ["tile-map-63", { type: "tileMap", data: f.tileMap63 }],
  ["tile-map-34", { type: "tileMap", data: f.tileMap34 }],
  // In English: the chart's own words (break labels, key, excerpt line, description) and numbers (84.25, 0.20%).
  ["time-series-en", { type: "timeSeries", data: f.en.timeSeries, options: { locale: "en" } }],
  ["ranked-bars-excerpt-en", { type: "rankedBars", data: f.en.rankedBarsExcerpt, options: { locale: "en" } }],
  ["stacked-bars-en", { type: "stackedBars", data: f.en.stackedBars, options: { locale: "en" } }],
];

// The narrow twin of every chart that has one (shown on small screens), as <name>-narrow.svg.
const narrowCases = cases.flatMap(([name, spec]): [string, ChartSpec][] => {
  const narrow = narrowSpec(spec);
  return narrow ? [[`${name}-narrow`, narrow]] : [];
});

describe("chart SVG snapshots", () => {
  it.each([...cases, ...narrowCases])("%s matches its file in __snapshots__/", async (name, spec) => {
    await expect(toSvg(layoutOf(spec), { id: name })).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });
});
