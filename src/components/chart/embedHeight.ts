/**
 * The height to write into a chart's <iframe> snippet. An iframe does not grow with its page, and a
 * resize script would need one on the host page too, so the height is computed at build time for the
 * tallest case: every width the iframe can take (300 px up to its max-width), the narrow or wide layout
 * that the embed page shows there, and the heading, note and citation wrapped at that width.
 * Text widths are the charts' wide estimate (text.ts), so real fonts wrap to no more lines than this.
 * The constants mirror the embed page's CSS (nhung/[chart]/[...unit].astro, ChartFrame.astro, global.css).
 */
import { NARROW_BELOW } from "../../charts/spec";
import { wrapText } from "../../charts/text";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";

/** A drawn layout: its size and the widest it is shown (its own width unless told). */
export interface EmbedChart {
  width: number;
  height: number;
  maxWidth?: number;
}

export interface EmbedParts {
  heading: string;
  wide: EmbedChart;
  /** The narrow layout, shown when the chart's box is narrower than NARROW_BELOW. */
  narrow?: EmbedChart | null;
  note?: string | undefined;
  /** The text of the link to the whole (a ranking excerpt's), a paragraph of its own under the note. */
  more?: string | undefined;
  /** The citation line as plain text. */
  cite: string;
  /** The iframe's max-width in px. */
  maxWidth: number;
  /** The embed page's language (the words of its data link); Vietnamese by default. */
  locale?: Locale;
}

/** The narrowest iframe the height is computed for. */
export const MIN_EMBED_WIDTH = 300;

/** The embed page's padding on each side, in px (body.embed: var(--sp-3)). */
export const EMBED_PAD_X = 12;
const PAGE = { padX: EMBED_PAD_X, padY: 8 };
const HEADING = { size: 20, lineHeight: 24, marginBottom: 8 };
const SVG_MARGIN = 8;
const BODY = { size: 15, lineHeight: 15 * 1.55, margin: 15 };
const CITE = { size: 13, lineHeight: 13 * 1.55, marginTop: 8 };

const lines = (text: string, width: number, size: number, bold = false) => wrapText(text, width, size, bold).length;

function drawnHeight(chart: EmbedChart, box: number): number {
  return chart.height * (Math.min(box, chart.maxWidth ?? chart.width) / chart.width);
}

/** The page's height when the iframe is `width` px wide. */
export function embedPageHeight(parts: EmbedParts, width: number): number {
  const box = width - 2 * PAGE.padX;
  const chart = parts.narrow && box < NARROW_BELOW ? parts.narrow : parts.wide;
  return (
    2 * PAGE.padY
    + lines(parts.heading, box, HEADING.size, true) * HEADING.lineHeight + HEADING.marginBottom
    + 2 * SVG_MARGIN + drawnHeight(chart, box)
    + (parts.note ? 2 * BODY.margin + lines(parts.note, box, BODY.size) * BODY.lineHeight : 0)
    + (parts.more ? 2 * BODY.margin + lines(parts.more, box, BODY.size) * BODY.lineHeight : 0)
    // The line under the chart: the link to its data as CSV (a place page has the table's summary line there).
    + lines(t(parts.locale ?? DEFAULT_LOCALE, "chart.frame.dataLink"), box, BODY.size) * BODY.lineHeight
    + CITE.marginTop + lines(parts.cite, box, CITE.size) * CITE.lineHeight
  );
}

/** The iframe height: the tallest page over the widths the iframe can take, plus a margin, in whole 10 px. */
export function embedHeight(parts: EmbedParts): number {
  const max = Math.max(parts.maxWidth, MIN_EMBED_WIDTH);
  // Text loses lines as the iframe widens while the drawing grows: sample every 10 px, the switch and the ends.
  const switchAt = NARROW_BELOW + 2 * PAGE.padX;
  const widths = [max, switchAt - 1, switchAt].filter((w) => w >= MIN_EMBED_WIDTH && w <= max);
  for (let w = MIN_EMBED_WIDTH; w < max; w += 10) widths.push(w);
  const tallest = Math.max(...widths.map((w) => embedPageHeight(parts, w)));
  return Math.ceil((tallest * 1.05 + 24) / 10) * 10;
}
