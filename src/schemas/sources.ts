/** sources.csv: every report, web page and legal text a figure is taken from. */
import { col, rowSchema, type RowOf } from "./fields";

export const SOURCE_KINDS = ["report", "web", "legal"] as const;

export const sourceColumns = {
  source_id: col.id({
    en: "Stable id: bc-<issuer>-<period> for reports, web-<sha1 of URL> for web pages.",
    vi: "Mã ổn định: bc-<cơ quan ban hành>-<kỳ> với báo cáo, web-<sha1 của địa chỉ> với trang web.",
  }),
  kind: col.enum(SOURCE_KINDS, {
    en: "report = a local government's CCHC report (locator: line), web = a cited web page (locator: URL), legal = a legal document.",
    vi: "report = báo cáo CCHC của chính quyền địa phương (vị trí trích dẫn: số dòng), web = trang web được trích dẫn (vị trí: địa chỉ trang), legal = văn bản pháp luật.",
  }),
  issuer: col.text({
    en: "Who issued or published it, e.g. UBND huyện Mỹ Xuyên, or the outlet's name.",
    vi: "Cơ quan ban hành hoặc nơi đăng tải, ví dụ UBND huyện Mỹ Xuyên, hoặc tên báo, cổng thông tin.",
  }),
  title: col.text({ en: "Title of the report or page.", vi: "Tên báo cáo hoặc tiêu đề trang." }),
  doc_number: col.optionalText({
    en: "Official document number, when the source has one.",
    vi: "Số hiệu văn bản, nếu có.",
  }),
  issued_date: col.optionalDate({
    en: "Date of issue or publication, when known.",
    vi: "Ngày ban hành hoặc ngày đăng, nếu biết.",
  }),
  period_start: col.optionalDate({
    en: "First day of the period a report covers.",
    vi: "Ngày đầu của kỳ báo cáo.",
  }),
  period_end: col.optionalDate({
    en: "Last day (or cut-off date) of the period a report covers.",
    vi: "Ngày cuối (hoặc ngày chốt số liệu) của kỳ báo cáo.",
  }),
  file: col.optionalText({
    en: "For reports: the text file the line numbers refer to (kept by the project, not republished).",
    vi: "Với báo cáo: tệp văn bản mà số dòng dựa vào (dự án lưu giữ, không đăng lại).",
  }),
  url: col.optionalText({
    en: "For web sources: the cited address.",
    vi: "Với nguồn trên web: địa chỉ được trích dẫn.",
  }),
  note: col.optionalText({
    en: "Compiler's remarks on the document (written in English during the research): number and date as printed, signed or draft, recipient, how the period was inferred. Source pages show these facts in Vietnamese.",
    vi: "Ghi chú của người tổng hợp về văn bản (viết bằng tiếng Anh khi thu thập): số và ngày như in trên văn bản, đã ký hay dự thảo, nơi nhận, cách xác định kỳ báo cáo. Trang nguồn trình bày các thông tin này bằng tiếng Việt.",
  }),
};

export const SourceSchema = rowSchema(sourceColumns);
export type Source = RowOf<typeof sourceColumns>;
