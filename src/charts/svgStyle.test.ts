import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { chartRules, customProperties, resolveVars, svgCss } from "./svgStyle";
import { layoutOf, type ChartSpec } from "./spec";
import * as f from "./fixtures";

const chartCss = readFileSync("src/charts/chart.css", "utf8");
const tokensCss = readFileSync("src/styles/tokens.css", "utf8");

describe("chartRules", () => {
  const css = `/* a comment { } */
svg.chart .bar { fill: var(--chart-1); }
svg.chart text { fill: var(--c-text, #1a1a1a); }
.chart-switch > .chart-narrow { display: none; }
@container (width < 440px) { svg.chart .bar { display: none; } }
svg.chart .bar.highlight { fill: var(--chart-highlight); }`;
  it("keeps the top-level svg.chart rules with the classes and elements they need, not those inside at-rules", () => {
    expect(chartRules(css).map((r) => [r.selector, r.classes, r.elements])).toEqual([
      ["svg.chart .bar", ["bar"], []],
      ["svg.chart text", [], ["text"]],
      ["svg.chart .bar.highlight", ["bar", "highlight"], []],
    ]);
  });
});

describe("resolveVars", () => {
  const tokens = customProperties(":root { --chart-1: #0072b2; --font-body: system-ui, sans-serif; }");
  it.each([
    ["var(--chart-1)", "#0072b2"],
    ["var(--font-body, serif)", "system-ui, sans-serif"],
    ["var(--missing, #fff)", "#fff"],
    ["var(--missing)", "var(--missing)"],
    ["4 3", "4 3"],
  ])("resolveVars(%j) is %j", (value, expected) => expect(resolveVars(value, tokens)).toBe(expected));
});

describe("svgCss", () => {
  const css = (spec: ChartSpec) => svgCss(layoutOf(spec), chartCss, tokensCss);
  it("gives a ranked-bars chart its bar, highlight and text rules with colours written in, and no other chart's", () => {
    const out = css({ type: "rankedBars", data: f.rankedBars });
    expect(out).toContain("svg.chart .bar{fill:#0072b2}");
    expect(out).toContain("svg.chart .bar.highlight{fill:#d55e00}");
    expect(out).toContain("svg.chart text{fill:#1a1a1a}");
    expect(out).not.toContain(".seg");
    expect(out).not.toContain(".tile");
  });
  it("leaves no var() for any chart type, and stays a small part of the full stylesheets", () => {
    for (const spec of [
      { type: "timeSeries", data: f.timeSeries }, { type: "stackedBars", data: f.stackedBars }, { type: "componentBars", data: f.componentBars },
      { type: "stripPlot", data: f.stripPlot }, { type: "tileMap", data: f.tileMap63 },
    ] as ChartSpec[]) {
      const out = css(spec);
      expect(out, spec.type).not.toContain("var(");
      expect(out.length, spec.type).toBeLessThan((chartCss.length + tokensCss.length) / 3);
    }
  });
});
