/**
 * The placed marks every chart layout produces: plain SVG primitives with a class (colours come from
 * tokens through chart.css) and an optional native tooltip. Renderers map them one to one.
 */

interface MarkBase {
  /** CSS classes (see chart.css); never a colour. */
  class: string;
  /** Native tooltip text (an SVG <title> child). */
  tip?: string;
}

export type Mark =
  | (MarkBase & { type: "rect"; x: number; y: number; width: number; height: number })
  | (MarkBase & { type: "line"; x1: number; y1: number; x2: number; y2: number })
  | (MarkBase & { type: "path"; d: string })
  | (MarkBase & { type: "circle"; cx: number; cy: number; r: number })
  | (MarkBase & {
    type: "text"; x: number; y: number; text: string; anchor?: "start" | "middle" | "end";
    /** The language of a text quoted from a source in a chart of another language ("vi": a report's section name). */
    lang?: string;
  });

/** What every chart layout returns: a size, the accessible name and summary, and the marks. */
export interface ChartLayout {
  width: number;
  height: number;
  /** Accessible name (<title>). */
  title: string;
  /** One sentence with the key numbers, in the chart's language (<desc>). */
  desc: string;
  marks: Mark[];
}

/** Rounds a coordinate to 2 decimals so output (and snapshots) stay stable and small. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
