/**
 * Text folded for matching, one output character per input character, so an offset found in the folded text is
 * the same offset in the original: lower case, Vietnamese diacritics removed (đ → d), superscript digits (footnote
 * markers) turned into "^" so they are never read as figures. Patterns are written against this folded form,
 * which is also what survives OCR that lost the diacritics.
 */

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/;

/** Folds one character (a UTF-16 unit) to ASCII lower case where it is a letter with marks. */
function foldChar(ch: string): string {
  if (ch === "đ" || ch === "Đ") return "d";
  if (SUPERSCRIPTS.test(ch)) return "^";
  if (ch.charCodeAt(0) < 128) return ch.toLowerCase();
  const base = ch.normalize("NFD")[0] ?? ch;
  // Typographic quotes and dashes are read as their ASCII forms; anything else non-ASCII stays (one unit).
  if (/[\u2018\u2019]/.test(ch)) return "'";
  if (/[\u201c\u201d]/.test(ch)) return '"';
  if (/[\u2013\u2014]/.test(ch)) return "-";
  return base.charCodeAt(0) < 128 ? base.toLowerCase() : ch.toLowerCase().slice(0, 1);
}

// Every Latin and Vietnamese letter lies below U+2100: fold them through a table built once.
const TABLE: string[] = Array.from({ length: 0x2100 }, (_, code) => foldChar(String.fromCharCode(code)));

/** Folded copy of `text` with exactly the same length (offsets carry over). */
export function foldForMatch(text: string): string {
  const parts = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    parts[i] = code < 0x2100 ? (TABLE[code] as string) : foldChar(text[i] as string);
  }
  return parts.join("");
}

/** Share of letters that carry Vietnamese diacritics: near zero in OCR output that lost them. */
export function diacriticShare(text: string): number {
  let letters = 0;
  let marked = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch.charCodeAt(0) > 127) marked++;
  }
  return letters === 0 ? 0 : marked / letters;
}
