/**
 * The extractor's notes and warnings, for the checker page. The extractor writes them as terse English (they go
 * into data/'s `note` column); the page reads them to people from the catalogue (reportCheck.note.*), in either
 * language. One table from the engine's wording to a message key and its parameters: a new note in the engine
 * needs a row here, and a test fails until it has one.
 */
import type { MessageKey } from "../../i18n/messages";
import { quoting, type Piece, type Say } from "./words";

/** A note as a message: its key and parameters (a Vietnamese phrase the engine quotes is the `phrase` slot). */
export interface NoteCode {
  key: MessageKey;
  params: Record<string, string>;
  /** A Vietnamese phrase the note is about, shown quoted with lang="vi" in the `phrase` slot. */
  phrase?: string;
}

const NOTES: [RegExp, (m: RegExpExecArray) => NoteCode][] = [
  [/^level not stated: read as the whole place$/, () => ({ key: "reportCheck.note.levelNotStated", params: {} })],
  [/^level carried from earlier in the section \(its figures are of that tier\)$/, () => ({ key: "reportCheck.note.levelCarried", params: {} })],
  [/^several tiers named together: read as the total$/, () => ({ key: "reportCheck.note.severalTiers", params: {} })],
  [/^"(huyện\/thị xã đã) \.\.\." read as the district tier itself$/, (m) => ({ key: "reportCheck.note.districtItself", params: {}, phrase: `${m[1]} …` })],
  [/^level read from the denominator: (\d+) is the count of procedures in force at that level$/, (m) => ({ key: "reportCheck.note.levelFromDenominator", params: { count: m[1] ?? "" } })],
  [/^decisions counted for the place as a whole$/, () => ({ key: "reportCheck.note.decisionsWhole", params: {} })],
  [/^"(đúng hạn)" with no separate early count: read as on time including early$/, (m) => ({ key: "reportCheck.note.onTimeInclEarly", params: {}, phrase: m[1] ?? "" })],
  [/^place: (.+) \([^)]+\)$/, (m) => ({ key: "reportCheck.note.place", params: { place: m[1] ?? "" } })],
  [/^share read as belonging to the figure of footnote (\d+)$/, (m) => ({ key: "reportCheck.note.footnoteShare", params: { footnote: m[1] ?? "" } })],
  [/^measure repeated from the list it belongs to \(.+\)$/, () => ({ key: "reportCheck.note.measureFromList", params: {} })],
  [/^measure of the figure footnote (\d+) refers to$/, (m) => ({ key: "reportCheck.note.footnoteMeasure", params: { footnote: m[1] ?? "" } })],
  [/^zero stated in words$/, () => ({ key: "reportCheck.note.zeroInWords", params: {} })],
  [/^maximum score not stated$/, () => ({ key: "reportCheck.note.noMaxScore", params: {} })],
  [/^a local survey, not the national SIPAS$/, () => ({ key: "reportCheck.note.localSurvey", params: {} })],
  [/^assessor read as the province \(a district's index is assessed by its province\)$/, () => ({ key: "reportCheck.note.assessorProvince", params: {} })],
  [/^the text has lost most diacritics \(OCR\?\)/, () => ({ key: "reportCheck.note.ocr", params: {} })],
  [/^the text is about (.+), which data\/units\.csv does not have/, (m) => ({ key: "reportCheck.note.unknownUnit", params: { place: m[1] ?? "" } })],
  [/^no reporting unit found/, () => ({ key: "reportCheck.note.noUnit", params: {} })],
  [/^no period found in the title/, () => ({ key: "reportCheck.note.noPeriod", params: {} })],
];

/** The message of one engine note or warning, or null when the table has no row for it. */
export function noteCode(note: string): NoteCode | null {
  for (const [pattern, code] of NOTES) {
    const m = pattern.exec(note);
    if (m) return code(m);
  }
  return null;
}

/**
 * A note in the page's language, split so the page can mark what is quoted from the report: a place name or a
 * Vietnamese phrase. A note the table does not know is shown as the engine wrote it (English), marked by `english`.
 */
export function noteText(note: string, say: Say): { pieces: Piece[]; english: boolean } {
  const code = noteCode(note);
  if (!code) return { pieces: [note], english: true };
  // A place name and a phrase are Vietnamese (marked on the English page); numbers are plain.
  const { place, ...plain } = code.params;
  const quoted = { ...(place === undefined ? {} : { place }), ...(code.phrase === undefined ? {} : { phrase: code.phrase }) };
  return { pieces: quoting(say, code.key, plain, quoted), english: false };
}
