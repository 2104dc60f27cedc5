/**
 * Text in a chart laid out without a DOM: widths are estimated from the character count, so layouts
 * stay pure and deterministic. The estimate errs wide (DejaVu Sans, the broadest common fallback of
 * `system-ui`), so a label that "fits" here fits in real fonts too.
 */

/** Font sizes of chart text in px, as set in chart.css (`svg.chart` and `.small`). */
export const FONT = { base: 13, small: 11 } as const;

/**
 * Advance of a character in em, by kind, rounded up from DejaVu Sans (measured in Chromium): spaces and
 * punctuation are narrow, digits and capitals wide. Bold text is about 10% wider.
 */
function classifyChar(ch: string): number {
  if (ch === " ") return 0.32;
  if (/[.,:;·()/'-]/.test(ch)) return 0.36;
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch === "%") return 0.96;
  if (/\p{Lu}/u.test(ch)) return 0.72;
  if (/\p{Ll}/u.test(ch)) return 0.6;
  return 0.8; // dashes, arrows, symbols
}

/** Every chart label is measured, many of them on every page: each character is classified once per build. */
const EM = new Map<string, number>();

function charEm(ch: string): number {
  let em = EM.get(ch);
  if (em === undefined) EM.set(ch, (em = classifyChar(ch)));
  return em;
}

/** Width in em of `text`, added character by character (`start` is the width of what precedes it on the line). */
function emOf(text: string, start = 0): number {
  let em = start;
  for (const ch of text) em += charEm(ch);
  return em;
}

const toPx = (em: number, size: number, bold: boolean) => em * size * (bold ? 1.1 : 1);

/** Estimated width of `text` in px at `size` px. */
export function textWidth(text: string, size: number = FONT.base, bold = false): number {
  return toPx(emOf(text), size, bold);
}

/** Shortens text with an ellipsis until it fits in `width` px. */
export function truncateToWidth(text: string, width: number, size: number = FONT.base, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && textWidth(`${cut.join("").trimEnd()}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.join("").trimEnd()}…`;
}

/**
 * Breaks text into lines no wider than `width` px at spaces; a word longer than a line stands alone.
 * With `maxLines`, the last line kept is shortened with an ellipsis when text remains.
 */
export function wrapText(text: string, width: number, size: number = FONT.base, bold = false, maxLines = Infinity): string[] {
  const lines: string[] = [];
  // The last line's width is kept as it grows (summed in reading order, so it equals textWidth of the line):
  // each word is measured once, not the whole line again for every word.
  let lineEm = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? 0 : emOf(word, emOf(" ", lineEm));
    if (last !== undefined && toPx(joined, size, bold) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
      lineEm = joined;
    } else {
      lines.push(word);
      lineEm = emOf(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, size, bold);
  return kept;
}

/**
 * Wraps text made of phrases ("Cấp huyện ·", "năm 2023"): on one line when it fits, else each phrase
 * starts a new line (and wraps itself if needed), so lines break where the meaning does.
 */
export function wrapPhrases(phrases: string[], width: number, size: number = FONT.base, bold = false): string[] {
  const whole = wrapText(phrases.join(" "), width, size, bold);
  return whole.length === 1 ? whole : phrases.flatMap((p) => wrapText(p, width, size, bold));
}

/**
 * Where to anchor a label of width `w` meant to be centred on `x`, so that it stays inside [min, max]:
 * centred when it fits, else flush with the nearer edge.
 */
export function fitAnchor(x: number, w: number, min: number, max: number): { x: number; anchor: "start" | "middle" | "end" } {
  if (x - w / 2 < min) return { x: min, anchor: "start" };
  if (x + w / 2 > max) return { x: max, anchor: "end" };
  return { x, anchor: "middle" };
}

/** Left and right ends of a label of width `w` drawn at `x` with `anchor`. */
export function labelExtent(x: number, w: number, anchor: "start" | "middle" | "end" = "start"): [number, number] {
  if (anchor === "start") return [x, x + w];
  return anchor === "end" ? [x - w, x] : [x - w / 2, x + w / 2];
}
