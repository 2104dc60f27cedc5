/**
 * The words of the report checker's browser script. The page picks them from the catalogue at build time
 * (pickWords) and hands them over as JSON, so the script and its worker carry no catalogue (both languages would
 * add about 12 KB gzipped to a page budgeted at 40 KB) and still speak the page's language. Keys are typed
 * against the catalogue; the lookup fills placeholders and picks plural forms as t() does.
 */
import type { Locale } from "../../i18n/locale";
import type { MessageKey } from "../../i18n/messages";
import { fill, parts, selectForm, type Message, type ParamValue, type Part } from "../../i18n/template";
import { formatNumber } from "../../lib/format";

/** The catalogue keys the script reads: its own area, the labels of measures, levels and surveys, the checks' words and place names. */
export const WORD_PREFIXES = ["reportCheck.", "measure.", "level.", "survey.", "check.", "rankingTable.claim.", "place.named.", "placeName.numbered."] as const;

/** A slice of one language's catalogue. */
export type CheckerWords = Partial<Record<MessageKey, Message>>;

/** The checker's slice of a catalogue (called in ReportChecker.astro with MESSAGES[locale]). */
export function pickWords(messages: Readonly<Record<string, Message>>): CheckerWords {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => WORD_PREFIXES.some((p) => key.startsWith(p))));
}

type Params = Readonly<Record<string, ParamValue>>;

/** Words of one locale: text of a key, the same split around slots left empty, and whether a key is there. */
export interface Say {
  readonly locale: Locale;
  text(key: MessageKey, params?: Params): string;
  parts(key: MessageKey, params?: Params): Part[];
  has(key: string): key is MessageKey;
}

/** A piece of text as shown: plain, or a name or phrase quoted from Vietnamese (marked lang="vi" on an English page). */
export type Piece = string | { vi: string };

/**
 * A message whose `quoted` placeholders are Vietnamese (a place name, a phrase of the report): on the English page
 * they become marked pieces, on the Vietnamese one plain text; neighbouring text is joined.
 */
export function quoting(say: Say, key: MessageKey, params: Params, quoted: Readonly<Record<string, string>>): Piece[] {
  const out: Piece[] = [];
  for (const part of say.parts(key, params)) {
    const piece: Piece = typeof part === "string" ? part : say.locale === "vi" ? quoted[part.slot] ?? "" : { vi: quoted[part.slot] ?? "" };
    const last = out[out.length - 1];
    if (typeof piece === "string" && typeof last === "string") out[out.length - 1] = last + piece;
    else if (piece !== "") out.push(piece);
  }
  return out;
}

/** Pieces as one string (for tests and plain-text places such as a status line). */
export function plainText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : p.vi)).join("");
}

/** The lookup over a words slice; a key the slice lacks throws (a sentence with a hole is never shown). */
export function sayIn(words: CheckerWords, locale: Locale): Say {
  const show = (v: ParamValue) => (typeof v === "number" ? formatNumber(v, undefined, locale) : v);
  const template = (key: MessageKey, params: Params) => {
    const message = words[key];
    if (message === undefined) throw new Error(`report checker: no message "${key}"`);
    const count = params["count"];
    return selectForm(message, typeof count === "number" ? count : undefined, locale);
  };
  return {
    locale,
    text: (key, params = {}) => fill(template(key, params), params, show),
    parts: (key, params = {}) => parts(template(key, params), params, show),
    has: (key): key is MessageKey => Object.hasOwn(words, key),
  };
}
