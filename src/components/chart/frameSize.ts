/**
 * What a chart frame needs to know of its drawing: the title, the widths and the height of its <iframe> snippet.
 * The place page and the chart's embed page both draw the frame, and the embed height samples every 10 px of
 * width with all the text wrapped, so this is computed once per chart (and citation text) and kept.
 */
import { layoutOf, maxWidthOf, narrowSpec } from "../../charts/spec";
import type { PlaceChart } from "../../presentation/placeCharts";
import { embedHeight } from "./embedHeight";

export interface FrameSize {
  /** The chart's accessible name (the snippet's title and the citation's). */
  title: string;
  /** The iframe's max-width: the wide layout plus the embed page's padding. */
  maxWidth: number;
  /** The iframe's height for the tallest case (see embedHeight). */
  height: number;
}

const sizes = new WeakMap<PlaceChart, Map<string, FrameSize>>();

/** The frame size of a chart whose citation line reads `cite` (plain text, as wrapped in the embed page). */
export function frameSize(chart: PlaceChart, cite: string): FrameSize {
  let byCite = sizes.get(chart);
  if (!byCite) sizes.set(chart, (byCite = new Map()));
  const known = byCite.get(cite);
  if (known) return known;
  const layout = layoutOf(chart.spec);
  const narrow = narrowSpec(chart.spec);
  const maxWidth = layout.width + 48;
  const size = {
    title: layout.title, maxWidth,
    height: embedHeight({
      heading: chart.heading, note: chart.note, more: chart.more?.text, cite, maxWidth, locale: chart.locale,
      wide: { width: layout.width, height: layout.height, maxWidth: maxWidthOf(chart.spec, layout) },
      narrow: narrow && layoutOf(narrow),
    }),
  };
  byCite.set(cite, size);
  return size;
}
