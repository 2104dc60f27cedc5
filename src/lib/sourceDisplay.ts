/**
 * How a source is named to readers: issuer and title in Vietnamese (the research recorded some portals in
 * English), and for a report what a reader needs to look it up: number, date, signed or draft, recipient,
 * and where to ask for it. Reads only the sources.csv columns; data/ keeps the wording as recorded.
 */
import type { Source } from "../schemas/sources";
import { formatDate } from "./format";
import { t } from "../i18n/t";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";

const EXTERNAL_PORTAL = /^(.+) external information portal$/;
const PORTAL = /^(.+) portal$/;

/**
 * Issuer in the page's language: "Sơn La external information portal" -> "Cổng thông tin đối ngoại Sơn La" in
 * Vietnamese; English keeps the name as the research recorded it, already in English.
 */
export function displayIssuer(issuer: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale !== "vi") return issuer;
  const external = EXTERNAL_PORTAL.exec(issuer);
  if (external) return `Cổng thông tin đối ngoại ${external[1]}`;
  const portal = PORTAL.exec(issuer);
  return portal ? `Cổng thông tin điện tử ${portal[1]}` : issuer;
}

export interface DisplayTitle {
  text: string;
  /** "en" when the page itself is in English (the portals' English editions). */
  lang: "vi" | "en";
}

/**
 * Title without the "(issuer)" or "(issuer, English)" the research appended, since pages show the issuer
 * next to it; an English page keeps its English title and is marked as such.
 */
export function displayTitle(source: Pick<Source, "title" | "issuer">): DisplayTitle {
  const suffix = ` (${source.issuer}`;
  const at = source.title.lastIndexOf(suffix);
  if (at > 0) {
    const rest = source.title.slice(at + suffix.length);
    if (rest === ")") return { text: source.title.slice(0, at), lang: "vi" };
    if (rest === ", English)") return { text: source.title.slice(0, at), lang: "en" };
  }
  return { text: source.title, lang: "vi" };
}

/** Title as plain text for citations: an English page gets "(bài tiếng Anh)" / "(in English)". */
export function titleText(source: Pick<Source, "title" | "issuer">, locale: Locale = DEFAULT_LOCALE): string {
  const title = displayTitle(source);
  return title.lang === "en" ? `${title.text} ${t(locale, "source.inEnglish")}` : title.text;
}

export type ReportStatus = "draft" | "signed" | "unknown";

export interface ReportFacts {
  /** Document number, or why there is none. */
  number: string;
  /** Date of issue, or why there is none. */
  date: string;
  status: ReportStatus;
  /** Status text: "Dự thảo, chưa ký", "Đã ký (Chủ tịch Phan Chí Hùng)"; the signer's title as the report gives it. */
  statusText: string;
  /** The body the report was sent to, when the text names it. */
  recipient: string | null;
  /** How a reader can obtain the document. */
  obtain: string;
}

const DRAFT = /unsigned draft/i;
const SIGNER = /signed (?:by )?((?:Phó )?Chủ tịch [^;,.()]+)/;
const DIGITAL = /digital-signature/i;
const RECIPIENT = /(?:addressed|report) to ([^;()]+?)\.?(?:;|$)/i;
const NUMBER_BLANK = /(number and day left blank|doc number blank|no document number)/i;

/**
 * What the sources.csv row says about a report document, in the reader's language (the notes are in English);
 * the signer, issuer and recipient as the report names them.
 */
export function reportFacts(source: Pick<Source, "issuer" | "doc_number" | "issued_date" | "note">, locale: Locale = DEFAULT_LOCALE): ReportFacts {
  const note = source.note ?? "";
  const signer = SIGNER.exec(note)?.[1]?.trim() ?? null;
  const status: ReportStatus = DRAFT.test(note) ? "draft" : signer || DIGITAL.test(note) ? "signed" : "unknown";
  const statusText = status === "draft"
    ? t(locale, "source.status.draft")
    : status === "signed"
      ? (signer ? t(locale, DIGITAL.test(note) ? "source.status.signedByDigital" : "source.status.signedBy", { signer }) : t(locale, "source.status.signed"))
      : t(locale, "source.status.unknown");
  const recipient = RECIPIENT.exec(note)?.[1]?.trim() ?? null;
  const number = source.doc_number ?? t(locale, NUMBER_BLANK.test(note) ? "source.number.blank" : "source.number.none");
  const date = source.issued_date ? formatDate(source.issued_date, locale) : t(locale, "source.date.none");
  const obtain = recipient ? t(locale, "source.obtainWithRecipient", { issuer: source.issuer, recipient }) : t(locale, "source.obtain", { issuer: source.issuer });
  return { number, date, status, statusText, recipient, obtain };
}
