/** Serialises a chart layout to an SVG string: used for the SVG downloads and the snapshot tests. */
import type { ChartLayout, Mark } from "./marks";

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A shape's element: closed by itself when it has no tooltip (`<rect …/>`), as most shapes of a chart have none. */
function shape(name: string, attributes: string, tip: string | undefined): string {
  const attrs = attributes.trimStart();
  return tip ? `<${name} ${attrs}><title>${escapeXml(tip)}</title></${name}>` : `<${name} ${attrs}/>`;
}

/**
 * One placed mark as an SVG element: the inline drawings of pages (ChartSvg.astro) and the files use this one
 * serialiser. Without `tips` the hover tooltips are left out (a narrow drawing's: phones have no hover).
 */
export function markToSvg(mark: Mark, tips = true): string {
  // A mark without a class (plain text) writes none.
  const cls = mark.class ? `class="${escapeXml(mark.class)}"` : "";
  const tip = tips ? mark.tip : undefined;
  switch (mark.type) {
    case "rect":
      return shape("rect", `${cls} x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"`, tip);
    case "line":
      return shape("line", `${cls} x1="${mark.x1}" y1="${mark.y1}" x2="${mark.x2}" y2="${mark.y2}"`, tip);
    case "path":
      return shape("path", `${cls} d="${mark.d}"`, tip);
    case "circle":
      return shape("circle", `${cls} cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}"`, tip);
    case "text":
      // "start" is SVG's default anchor: not written, as on every label it would be a sizeable part of the drawing.
      return `<text${cls && ` ${cls}`}${mark.lang ? ` lang="${escapeXml(mark.lang)}"` : ""} x="${mark.x}" y="${mark.y}"${mark.anchor && mark.anchor !== "start" ? ` text-anchor="${mark.anchor}"` : ""}>${escapeXml(mark.text)}${tip ? `<title>${escapeXml(tip)}</title>` : ""}</text>`;
  }
}

export interface SvgOptions {
  /** Id prefix for title/desc, unique on a page. */
  id: string;
  /** CSS placed inside the SVG (for standalone downloads, where the page stylesheet is absent). */
  css?: string;
  /** Hover tooltips on marks (default true). */
  tips?: boolean;
  /** The <desc> (default true); a drawing shown only as an <img> whose alt text says it can leave it out. */
  desc?: boolean;
}

/** The chart as a standalone SVG document fragment. */
export function toSvg(layout: ChartLayout, options: SvgOptions): string {
  const { id, css, tips = true, desc = true } = options;
  const style = css ? `<style>${css}</style>` : "";
  const body = layout.marks.map((m) => markToSvg(m, tips)).join("\n");
  const labelledBy = desc ? `${id}-title ${id}-desc` : `${id}-title`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${labelledBy}">
<title id="${id}-title">${escapeXml(layout.title)}</title>${desc ? `\n<desc id="${id}-desc">${escapeXml(layout.desc)}</desc>` : ""}${style}
${body}
</svg>
`;
}
