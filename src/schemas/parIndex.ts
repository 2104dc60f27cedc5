/** par_index.csv and par_components.csv: PAR INDEX (Chỉ số CCHC) scores, ranks and their breakdown. */
import { col, locatorColumns, rowSchema, type RowOf } from "./fields";

export const ASSESSORS = ["ministry", "province", "self"] as const;
export const RANK_SCOPES = ["national", "province", "none"] as const;
export const QUALITIES = ["stated", "listing_order", "inferred", "derived"] as const;

/** unit_id, year and assessor mean the same in par_index and par_components. */
const assessedUnit = col.id({
  en: "Place assessed (units.unit_id).",
  vi: "Đơn vị được đánh giá (mã trong bảng Đơn vị hành chính).",
}, "units");

export const parIndexColumns = {
  unit_id: assessedUnit,
  year: col.year({
    en: "Assessment year the score is about (results are published the following spring).",
    vi: "Năm đánh giá mà điểm số phản ánh (kết quả thường được công bố vào mùa xuân năm sau).",
  }),
  assessor: col.enum(ASSESSORS, {
    en: "ministry = Bộ Nội vụ's national PAR INDEX; province = the province's index of its districts; self = the unit's own self-assessment.",
    vi: "ministry = Chỉ số CCHC cấp tỉnh do Bộ Nội vụ công bố; province = chỉ số do tỉnh đánh giá các đơn vị cấp huyện; self = đơn vị tự đánh giá.",
  }),
  score: col.optionalDecimal({
    en: "Score as stated, in points; empty when the source gives only a rank.",
    vi: "Điểm theo nguồn; để trống khi nguồn chỉ nêu thứ hạng.",
  }),
  max_score: col.decimal({
    en: "Maximum attainable score for this assessment (100 nationally; e.g. 96 or 70 locally).",
    vi: "Điểm tối đa của lần đánh giá (100 với chỉ số cấp tỉnh; ở địa phương có thể là 96 hoặc 70).",
  }),
  percent_stated: col.optionalDecimal({
    en: "Percentage as stated by the source (0-100); empty when not stated.",
    vi: "Tỷ lệ phần trăm theo nguồn (0-100); để trống khi nguồn không nêu.",
  }),
  rank: col.optionalCount({ en: "Rank as stated (1 = best).", vi: "Thứ hạng theo nguồn (1 = cao nhất)." }),
  rank_of: col.optionalCount({ en: "Number of units ranked.", vi: "Số đơn vị được xếp hạng." }),
  rank_scope: col.enum(RANK_SCOPES, {
    en: "national = among provinces; province = among the units of one province; none = not ranked.",
    vi: "national = xếp hạng giữa các tỉnh; province = xếp hạng giữa các đơn vị trong một tỉnh; none = không xếp hạng.",
  }),
  band: col.optionalText({
    en: "Classification word as stated (Tốt, Khá, ...).",
    vi: "Mức xếp loại theo nguồn (Tốt, Khá, ...).",
  }),
  quality: col.enum(QUALITIES, {
    en: "stated = printed in the source; listing_order = rank taken from the order of a list; inferred/derived = simple arithmetic or inference on printed figures (weaker).",
    vi: "stated = in trong nguồn; listing_order = thứ hạng lấy theo thứ tự liệt kê; inferred/derived = phép tính hoặc suy luận đơn giản từ số liệu đã in (kém chắc chắn hơn).",
  }),
  ...locatorColumns,
};
export const ParIndexSchema = rowSchema(parIndexColumns);
export type ParIndexRow = RowOf<typeof parIndexColumns>;

export const parComponentColumns = {
  unit_id: assessedUnit,
  year: col.year({ en: "Assessment year.", vi: "Năm đánh giá." }),
  assessor: col.enum(ASSESSORS, { en: "Who assessed (as in par_index).", vi: "Bên đánh giá (như trong bảng Chỉ số CCHC)." }),
  code: col.text({
    en: "Component code, hierarchical with dots (1, 1.3, 1.3.a).",
    vi: "Mã thành phần, phân cấp bằng dấu chấm (1, 1.3, 1.3.a).",
  }),
  parent_code: col.optionalText({
    en: "Code of the enclosing component; empty for top-level components.",
    vi: "Mã của thành phần cấp trên; để trống với thành phần cấp cao nhất.",
  }),
  name: col.text({ en: "Short Vietnamese name of the component.", vi: "Tên ngắn của thành phần, bằng tiếng Việt." }),
  score: col.optionalDecimal({ en: "Points obtained.", vi: "Điểm đạt được." }),
  max_score: col.optionalDecimal({ en: "Maximum points of the component.", vi: "Điểm tối đa của thành phần." }),
  ...locatorColumns,
};
export const ParComponentSchema = rowSchema(parComponentColumns);
export type ParComponentRow = RowOf<typeof parComponentColumns>;
