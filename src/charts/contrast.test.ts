// Text printed on a coloured mark (tile values, shares inside bars) keeps WCAG AA contrast (4.5:1) with its fill.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { onDark } from "./tileMap/layout";
import { ON_DARK_SEGMENTS, SEGMENT_KEYS } from "./stackedBars/layout";

const tokens = readFileSync(new URL("../styles/tokens.css", import.meta.url), "utf8");
const chartCss = readFileSync(new URL("./chart.css", import.meta.url), "utf8");

/** The hex value of a custom property in tokens.css. */
function token(name: string): string {
  const hex = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(tokens)?.[1];
  if (!hex) throw new Error(`--${name} not found in tokens.css`);
  return hex;
}

/** The token a chart.css class fills with (`.seg-late { fill: var(--chart-4); }`). */
function fillOf(cls: string): string {
  const name = new RegExp(`\\.${cls} \\{ fill: var\\(--([a-z0-9-]+)\\)`).exec(chartCss)?.[1];
  if (!name) throw new Error(`.${cls} has no fill in chart.css`);
  return token(name);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("text on tiles", () => {
  it.each([0, 1, 2, 3, 4])("class %i: its abbreviation and value are readable (>= 4.5:1)", (bin) => {
    const text = onDark(bin, 5) ? token("c-bg") : token("c-text");
    expect(contrast(text, fillOf(`seq-${bin}`))).toBeGreaterThanOrEqual(4.5);
  });
});

describe("shares inside stacked bars", () => {
  it.each(SEGMENT_KEYS)("%s: the share printed inside the segment is readable (>= 4.5:1)", (key) => {
    const text = ON_DARK_SEGMENTS.includes(key) ? token("c-bg") : token("c-text");
    expect(contrast(text, fillOf(`seg-${key}`))).toBeGreaterThanOrEqual(4.5);
  });
});
