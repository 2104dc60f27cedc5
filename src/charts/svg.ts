/** Serialises a chart layout to an SVG string: used for the SVG downloads and the snapshot tests. */
import type { ChartLayout, Mark } from "./marks";

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function tip(mark: Mark): string {
  return mark.tip ? `<title>${escapeXml(mark.tip)}</title>` : "";
}

function element(mark: Mark): string {
  const cls = `class="${escapeXml(mark.class)}"`;
  switch (mark.type) {
    case "rect":
      return `<rect ${cls} x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}">${tip(mark)}</rect>`;
    case "line":
      return `<line ${cls} x1="${mark.x1}" y1="${mark.y1}" x2="${mark.x2}" y2="${mark.y2}">${tip(mark)}</line>`;
    case "path":
      return `<path ${cls} d="${mark.d}">${tip(mark)}</path>`;
    case "circle":
      return `<circle ${cls} cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}">${tip(mark)}</circle>`;
    case "text":
      // "start" is SVG's default anchor, left unwritten (as in ChartSvg.astro).
      return `<text ${cls} x="${mark.x}" y="${mark.y}"${mark.anchor && mark.anchor !== "start" ? ` text-anchor="${mark.anchor}"` : ""}>${escapeXml(mark.text)}${tip(mark)}</text>`;
  }
}

export interface SvgOptions {
  /** Id prefix for title/desc, unique on a page. */
  id: string;
  /** CSS placed inside the SVG (for standalone downloads, where the page stylesheet is absent). */
  css?: string;
}

/** The chart as a standalone SVG document fragment. */
export function toSvg(layout: ChartLayout, options: SvgOptions): string {
  const { id, css } = options;
  const style = css ? `<style>${css}</style>` : "";
  const body = layout.marks.map(element).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${escapeXml(layout.title)}</title>
<desc id="${id}-desc">${escapeXml(layout.desc)}</desc>${style}
${body}
</svg>
`;
}
