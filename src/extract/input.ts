/**
 * The gate in front of the extractor: a report's raw bytes in, its text out, or one clear reason why not.
 * The command line and the browser page both call it (pure: no node:*, no DOM), so a PDF, a web page, a file saved
 * in an old Vietnamese code page or a 20 MB dump gets the same one-line answer everywhere (English for the command
 * line, Vietnamese for the page). The text keeps the file's line numbering: only CRLF/CR become LF, a UTF-8 BOM is
 * dropped and each character is composed (NFC), none of which adds or removes a line.
 */

/** Largest report the extractor reads (a long annual report is well under 1 MB of text). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Why a file cannot be read as a report's text. */
export type InputProblem = "empty" | "too_large" | "document" | "binary" | "html" | "not_utf8";

export type CheckedReport =
  | { ok: true; text: string }
  | { ok: false; code: InputProblem; /** English, for the command line. */ message: string; /** Vietnamese, for the page. */ messageVi: string };

type Refusal = Extract<CheckedReport, { ok: false }>;

/** Bytes shown the way people read file sizes ("20.0 MB" / "20,0 MB"). */
function megabytes(bytes: number, decimalComma: boolean): string {
  const text = (bytes / (1024 * 1024)).toFixed(1);
  return `${decimalComma ? text.replace(".", ",") : text} MB`;
}

function refuse(code: InputProblem, message: string, messageVi: string): Refusal {
  return { ok: false, code, message, messageVi };
}

const SAVE_AS_TEXT = "save or export it as plain text (.txt, UTF-8) and try again";
const SAVE_AS_TEXT_VI = "hãy lưu hoặc xuất nó thành văn bản thuần (.txt, UTF-8) rồi thử lại";

/** Refuses a file by its size alone, so a huge file is turned away before anyone reads it. */
export function checkReportSize(byteLength: number): Refusal | null {
  if (byteLength <= MAX_REPORT_BYTES) return null;
  return refuse(
    "too_large",
    `the file is ${megabytes(byteLength, false)}; the extractor reads at most ${megabytes(MAX_REPORT_BYTES, false)} of text (a report is usually under 1 MB): split it or keep only the report's text`,
    `Tệp nặng ${megabytes(byteLength, true)}; công cụ chỉ đọc tối đa ${megabytes(MAX_REPORT_BYTES, true)} văn bản (một báo cáo thường dưới 1 MB): hãy tách nhỏ hoặc chỉ giữ phần nội dung báo cáo.`,
  );
}

/** Word-processor and PDF files, told apart by their first bytes (and the name's extension for old .doc files). */
function documentKind(bytes: Uint8Array, name: string): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "PDF";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return /\.(odt|ods)$/i.test(name) ? "OpenDocument" : "Word/Excel (.docx, .xlsx) or ZIP";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "Word/Excel 97-2003 (.doc, .xls)";
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return "RTF";
  return null;
}

/** True when the sample holds a NUL byte or more than 1% control characters other than tab, line feed, form feed and CR. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > sample.length / 100;
}

/**
 * Text an old code page turned into nonsense: Windows-1258, TCVN3 (ABC) or VNI bytes, or UTF-8 read as Windows-1252
 * and saved again ("Thµnh phè", "Ä‘Æ°á»£c"). Such characters (Latin-1 letters and signs Vietnamese never uses, C1
 * controls) are rare in real Vietnamese, which is full of ă, ơ, ư, đ and the U+1EA0 block.
 */
function looksMojibake(text: string): boolean {
  const sample = text.slice(0, 200_000);
  let vietnamese = 0;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if ((c >= 0x1ea0 && c <= 0x1ef9) || /[àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ]/.test(ch)) vietnamese++;
    else if (c <= 0xff && !/[°×«»·¹²³½§©]/.test(ch)) odd++;
  }
  return odd >= 8 && odd > (odd + vietnamese) / 5;
}

/** True when the text is a web page rather than a report's text: an HTML start, or mostly tags. */
function looksHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (/^\s*<(!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<(!doctype\s+html|html[\s>]))/i.test(head)) return true;
  const tags = head.match(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi) ?? [];
  if (tags.length < 10) return false;
  const tagChars = tags.reduce((sum, t) => sum + t.length, 0);
  return tagChars > head.replace(/\s+/g, "").length * 0.3;
}

/** UTF-16 text saved without its BOM: ASCII letters with a NUL beside most of them. */
function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  return Math.max(even, odd) > sample.length / 2 * 0.6;
}

function notUtf8(guess: string, guessVi: string): Refusal {
  return refuse(
    "not_utf8",
    `the text is not UTF-8 (${guess}): convert it to Unicode UTF-8 (e.g. with UniKey's converter, or "Save as… UTF-8") and try again`,
    `Văn bản không ở dạng UTF-8 (${guessVi}): hãy chuyển sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của UniKey, hoặc “Lưu thành… UTF-8”) rồi thử lại.`,
  );
}

/** Decodes the bytes: UTF-16 when a BOM says so, else strict UTF-8 (null when the bytes are not valid UTF-8). */
function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The extractor's view of a text: LF line ends (CRLF and a lone CR each end one line, as editors count) and NFC. */
export function normaliseReportText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * Reads a report file's bytes as text, or says in one line why it cannot: empty, too large, a PDF or Word file,
 * binary, a web page, or not UTF-8 (UTF-16 with a BOM is decoded). `name` is the file's name, used only to name
 * the kind of document.
 */
export function checkReportText(bytes: Uint8Array, name: string): CheckedReport {
  const tooLarge = checkReportSize(bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.length === 0) return refuse("empty", "the file is empty", "Tệp trống, không có nội dung.");
  const doc = documentKind(bytes, name);
  if (doc) {
    return refuse("document", `this is a ${doc} file, not plain text: ${SAVE_AS_TEXT}`, `Đây là tệp ${doc}, không phải văn bản thuần: ${SAVE_AS_TEXT_VI}.`);
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksUtf16WithoutBom(bytes)) return notUtf8("UTF-16 without a byte-order mark", "UTF-16 không có dấu BOM");
  if (!utf16 && looksBinary(bytes)) {
    return refuse("binary", `this is a binary file (an image, archive or program?), not text: ${SAVE_AS_TEXT}`, `Đây là tệp nhị phân (ảnh, tệp nén hay chương trình?), không phải văn bản: ${SAVE_AS_TEXT_VI}.`);
  }
  const decoded = decode(bytes);
  if (decoded === null || looksMojibake(decoded)) {
    return notUtf8("saved in an old Vietnamese encoding such as Windows-1258, TCVN3 or VNI?", "có thể lưu bằng bảng mã cũ như Windows-1258, TCVN3 hay VNI");
  }
  const text = normaliseReportText(decoded);
  if (text.trim() === "") return refuse("empty", "the file has no text (only spaces or blank lines)", "Tệp không có chữ nào (chỉ có khoảng trắng hoặc dòng trống).");
  if (looksHtml(text)) {
    return refuse("html", "this is a web page (HTML), not a report's text: open it in a browser, copy the report's text and save that as .txt", "Đây là một trang web (HTML), không phải nội dung báo cáo: hãy mở nó bằng trình duyệt, chép phần nội dung báo cáo rồi dán vào đây.");
  }
  return { ok: true, text };
}
