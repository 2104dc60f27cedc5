/**
 * The extractor's notes and warnings in Vietnamese, for the checker page. The extractor writes them in English
 * (they go into data/'s `note` column, which is English); the page reads them to people in Vietnamese. One table:
 * a new note in the engine needs a row here, and a test fails until it has one.
 */

const NOTES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^level not stated: read as the whole place$/, () => "báo cáo không nêu cấp: hiểu là toàn đơn vị"],
  [/^level carried from earlier in the section \(its figures are of that tier\)$/, () => "cấp lấy theo các số liệu trước đó trong cùng mục"],
  [/^several tiers named together: read as the total$/, () => "nêu nhiều cấp cùng lúc: hiểu là tổng các cấp"],
  [/^"huyện\/thị xã đã \.\.\." read as the district tier itself$/, () => "“huyện/thị xã đã …”: hiểu là chính cấp huyện, không gồm các xã"],
  [/^level read from the denominator: (\d+) is the count of procedures in force at that level$/, (m) => `cấp suy từ mẫu số: ${m[1]} là số thủ tục đang áp dụng ở cấp đó`],
  [/^decisions counted for the place as a whole$/, () => "quyết định được tính cho cả đơn vị"],
  [/^"đúng hạn" with no separate early count: read as on time including early$/, () => "“đúng hạn” không tách riêng trước hạn: hiểu là gồm cả trước hạn"],
  [/^place: (.+) \([^)]+\)$/, (m) => `đơn vị: ${m[1]}`],
  [/^share read as belonging to the figure of footnote (\d+)$/, (m) => `tỷ lệ gắn với con số mà chú thích ${m[1]} nói tới`],
  [/^measure repeated from the list it belongs to \(.+\)$/, () => "chỉ tiêu lấy theo danh sách chứa con số"],
  [/^measure of the figure footnote (\d+) refers to$/, (m) => `chỉ tiêu của con số mà chú thích ${m[1]} nói tới`],
  [/^zero stated in words$/, () => "số 0 được nêu bằng chữ"],
  [/^maximum score not stated$/, () => "không nêu điểm tối đa"],
  [/^a local survey, not the national SIPAS$/, () => "khảo sát của địa phương, không phải SIPAS quốc gia"],
  [/^assessor read as the province \(a district's index is assessed by its province\)$/, () => "hiểu là do tỉnh đánh giá (chỉ số của huyện do tỉnh chấm)"],
  [/^the text has lost most diacritics \(OCR\?\)/, () => "văn bản mất gần hết dấu (có thể do nhận dạng chữ từ ảnh): đã đọc có sửa lỗi, hãy đối chiếu từng con số với bản gốc"],
  [/^the text is about (.+), which data\/units\.csv does not have/, (m) => `văn bản nói về ${m[1]}, chưa có trong danh sách đơn vị hành chính: cần thêm đơn vị này trước khi đưa số liệu vào dữ liệu`],
  [/^no reporting unit found/, () => "không nhận ra đơn vị báo cáo"],
  [/^no period found in the title/, () => "không nhận ra kỳ báo cáo từ tiêu đề: cần điền kỳ số liệu bằng tay"],
];

/** The Vietnamese text of one note or warning, or null when the table has no row for it. */
export function noteText(note: string): string | null {
  for (const [pattern, text] of NOTES) {
    const m = pattern.exec(note);
    if (m) return text(m);
  }
  return null;
}
