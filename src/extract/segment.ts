/**
 * The segmenter: a report's text → paragraphs (wrapped lines joined, as PDF and OCR text breaks sentences across
 * lines) whose every offset maps back to its 1-based line, each under the section heading it sits in, and with
 * footnotes told apart ("¹¹¹ Gồm: ..." or "110 Trong đó: ..." after a blank line).
 */
import { foldForMatch } from "./fold";

/** A paragraph of the report: lines joined by one space each, so offsets map back to lines. */
export interface Paragraph {
  /** The joined text (original characters) and its folded twin, same length. */
  text: string;
  folded: string;
  /** 1-based line number of each joined line and the offset where it starts in `text`. */
  lines: { line: number; offset: number; length: number }[];
  /** Heading of the section the paragraph sits under ("" before the first heading). */
  section: string;
  /** For a footnote, its number ("111"); else null. */
  footnote: string | null;
  /** Is this paragraph itself a heading? */
  heading: boolean;
}

const ROMAN = /^(?:#+\s*)?(?:phan\s+)?[ivxl]{1,5}[.)]\s+\S/;
const NUMBERED = /^(?:#+\s*)?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+[a-z"(*]/;
const LETTERED = /^(?:#+\s*)?[a-zđ][)]\s+\S/;
const MARKDOWN = /^#+\s+\S/;
const SUPERSCRIPT_NOTE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*/;

/** Is this line a section heading? Short, numbered (I., 1., 2.3, a)) or a Markdown heading, or all capitals. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 160) return false;
  const folded = foldForMatch(text);
  if (MARKDOWN.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 8 && letters === letters.toUpperCase() && !/\d{3}/.test(text)) return true;
  if (text.length > 120) return false;
  if (ROMAN.test(folded) || LETTERED.test(folded)) return !/[;]/.test(text) && !/\d{2,}/.test(text.slice(4));
  if (NUMBERED.test(folded)) return text.length < 100 && !/\d[.,]\d{3}/.test(text) && !/%/.test(text);
  return false;
}

/** Footnote number of a line that starts a footnote ("¹¹¹ Gồm" → "111"), else null. */
export function footnoteNumber(line: string, previousBlank: boolean): string | null {
  const sup = SUPERSCRIPT_NOTE.exec(line);
  if (sup && /\S/.test(line.slice(sup[0].length))) {
    return [...sup[0].trim()].map((c) => "¹²³".includes(c) ? String("¹²³".indexOf(c) + 1) : String(c.charCodeAt(0) - 0x2070)).join("");
  }
  // Plain digits then a capitalised word, after a blank line: "163 Đạt 54,84% ..." (footnotes flattened by a PDF tool).
  const plain = /^(\d{1,3})\s+[A-ZĐÀ-Ỹ]/u.exec(line);
  return plain && previousBlank ? (plain[1] ?? null) : null;
}

function shouldJoin(previous: string, next: string): boolean {
  const p = previous.trimEnd();
  const n = next.trimStart();
  if (!p || !n) return false;
  if (/^[-+•*]\s/.test(n) || SUPERSCRIPT_NOTE.test(n) || isHeading(n)) return false;
  // A line that ends without closing punctuation continues on the next one (wrapped text).
  if (!/[.:;!?)"”]$/.test(p)) return true;
  return /^[a-zà-ỹđ0-9(]/u.test(n) && !/[.!?]$/.test(p);
}

/** Splits report text into paragraphs with line maps, sections and footnotes. */
export function segmentReport(text: string): Paragraph[] {
  const rawLines = text.split("\n");
  const paragraphs: Paragraph[] = [];
  let section = "";
  let current: { lines: { line: number; text: string }[]; footnote: string | null } | null = null;
  const flush = () => {
    if (!current) return;
    let joined = "";
    const lines: Paragraph["lines"] = [];
    for (const l of current.lines) {
      if (joined) joined += " ";
      lines.push({ line: l.line, offset: joined.length, length: l.text.length });
      joined += l.text;
    }
    const heading = current.lines.length === 1 && isHeading(joined);
    if (heading) section = joined.trim().replace(/^#+\s*/, "").slice(0, 120);
    paragraphs.push({ text: joined, folded: foldForMatch(joined), lines, section, footnote: current.footnote, heading });
    current = null;
  };
  let previousBlank = true;
  rawLines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) {
      flush();
      previousBlank = true;
      return;
    }
    const footnote = footnoteNumber(line, previousBlank);
    const last = current?.lines[current.lines.length - 1];
    if (current && last && footnote === null && !isHeading(line) && shouldJoin(last.text, line)) {
      current.lines.push({ line: i + 1, text: line });
    } else {
      flush();
      current = { lines: [{ line: i + 1, text: line }], footnote };
    }
    previousBlank = false;
  });
  flush();
  return joinAcrossBreaks(paragraphs);
}

/**
 * A sentence cut by a page break ("... đối với 267" / footnotes / "TTHC, trong đó: ...") is one paragraph again:
 * a paragraph that ends without closing punctuation takes the next non-footnote paragraph when that one starts in
 * lower case or with an abbreviation such as "TTHC,".
 */
function joinAcrossBreaks(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const consumed = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (consumed.has(i)) return;
    let current = p;
    let j = i + 1;
    while (!current.heading && !current.footnote && !/[.:;!?)"”]\s*$/.test(current.text)) {
      while (j < paragraphs.length && paragraphs[j]!.footnote) j++;
      const next = paragraphs[j];
      if (!next || next.heading || !/^(?:[a-zà-ỹđ(]|[A-ZĐ]{2,6}[,\s])/u.test(next.text.trimStart())) break;
      const offset = current.text.length + 1;
      current = {
        ...current,
        text: `${current.text} ${next.text}`,
        folded: `${current.folded} ${next.folded}`,
        lines: [...current.lines, ...next.lines.map((l) => ({ ...l, offset: l.offset + offset }))],
      };
      consumed.add(j);
      j++;
    }
    out.push(current);
  });
  return out;
}

/** The 1-based line holding `offset` of a paragraph, and the offset within that line. */
export function lineAt(p: Paragraph, offset: number): { line: number; column: number } {
  let found = p.lines[0] ?? { line: 1, offset: 0, length: 0 };
  for (const l of p.lines) if (l.offset <= offset) found = l;
  return { line: found.line, column: offset - found.offset };
}
