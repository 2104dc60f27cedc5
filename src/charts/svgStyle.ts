/**
 * The stylesheet of a downloaded SVG file: only the rules of chart.css that its marks use, with the design tokens
 * they read written in as values (a file has no page around it to define them). Every chart is downloadable for
 * every place, so carrying the whole of tokens.css and chart.css (about 6 KB) in each file would weigh more than
 * most drawings.
 */
import type { ChartLayout } from "./marks";

interface Rule {
  selector: string;
  body: string;
  /** Classes the selector needs on marks (`svg.chart .bar.highlight` needs bar and highlight). */
  classes: string[];
  /** Mark elements the selector names (`svg.chart text`). */
  elements: string[];
}

/** The top-level `svg.chart …` rules of a stylesheet; at-rule blocks (container and print queries) are skipped. */
export function chartRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  let selector = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{") {
      if (depth === 0) {
        selector = text.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (ch === "}") {
      depth--;
      if (depth === 0) {
        if (/^svg\.chart(?![\w-])/.test(selector) && !selector.includes(",")) {
          const rest = selector.slice("svg.chart".length);
          rules.push({
            selector, body: text.slice(start, i).trim(),
            classes: [...rest.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string),
            elements: [...rest.matchAll(/(?:^|\s)([a-z]+)(?=$|[\s.:[])/g)].map((m) => m[1] as string),
          });
        }
        start = i + 1;
      }
    }
  }
  return rules;
}

/** Custom properties declared in a stylesheet (`--chart-1: #0072b2;` -> chart-1 => #0072b2). */
export function customProperties(css: string): Map<string, string> {
  return new Map([...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/--([\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

/** `var(--name, fallback)` replaced by the token's value, else by the fallback; unknown names without one are kept. */
export function resolveVars(value: string, tokens: Map<string, string>): string {
  return value.replace(/var\(\s*--([\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback?: string) => tokens.get(name) ?? fallback?.trim() ?? whole);
}

/** A declaration block without the spaces CSS does not need: `a: b; c: d;` -> `a:b;c:d`. */
function compact(body: string): string {
  return body.replace(/\s+/g, " ").replace(/\s*([:;])\s*/g, "$1").replace(/;$/, "");
}

const parsed = new Map<string, { rules: Rule[]; tokens: Map<string, string> }>();

/** The CSS for a standalone SVG of `layout`: the used rules of `chartCss`, tokens from `tokensCss` resolved. */
export function svgCss(layout: ChartLayout, chartCss: string, tokensCss: string): string {
  const key = `${chartCss}\u0000${tokensCss}`;
  let sheet = parsed.get(key);
  if (!sheet) parsed.set(key, (sheet = { rules: chartRules(chartCss), tokens: customProperties(tokensCss) }));
  const classes = new Set(layout.marks.flatMap((m) => m.class.split(/\s+/).filter(Boolean)));
  const elements = new Set(layout.marks.map((m) => m.type));
  const { tokens } = sheet;
  return sheet.rules
    .filter((r) => r.classes.every((c) => classes.has(c)) && r.elements.every((e) => elements.has(e as ChartLayout["marks"][number]["type"])))
    .map((r) => `${r.selector}{${compact(resolveVars(r.body, tokens))}}`)
    .join("\n");
}
