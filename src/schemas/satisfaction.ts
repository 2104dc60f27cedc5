/** satisfaction.csv: SIPAS and other satisfaction surveys; stats.csv: statistics over a population of units. */
import { col, locatorColumns, rowSchema, type RowOf } from "./fields";
import { QUALITIES, RANK_SCOPES } from "./parIndex";

export const SURVEYS = ["sipas", "provincial_survey", "local_survey"] as const;

export const satisfactionColumns = {
  unit_id: col.id({
    en: "Place surveyed (units.unit_id).",
    vi: "Đơn vị được khảo sát (mã trong bảng Đơn vị hành chính).",
  }, "units"),
  year: col.year({ en: "Survey year.", vi: "Năm khảo sát." }),
  survey: col.enum(SURVEYS, {
    en: "sipas = Bộ Nội vụ's national SIPAS; provincial_survey = a province's own survey of its units; local_survey = the unit's own survey.",
    vi: "sipas = Chỉ số SIPAS toàn quốc của Bộ Nội vụ; provincial_survey = khảo sát riêng của tỉnh đối với các đơn vị; local_survey = khảo sát do chính đơn vị thực hiện.",
  }),
  indicator: col.text({
    en: "overall, or a snake_case sub-index code.",
    vi: "overall (chỉ số chung) hoặc mã chỉ số thành phần dạng snake_case; trang web hiển thị tên tiếng Việt của từng mã.",
  }),
  value: col.optionalDecimal({
    en: "Value as stated, in percent (0-100) unless max_value says otherwise; empty when only a rank is known.",
    vi: "Giá trị theo nguồn, tính bằng phần trăm (0-100) trừ khi max_value cho biết thang khác; để trống khi chỉ biết thứ hạng.",
  }),
  max_value: col.decimal({
    en: "Scale maximum (100 for percentages).",
    vi: "Giá trị tối đa của thang đo (100 với tỷ lệ phần trăm).",
  }),
  rank: col.optionalCount({ en: "Rank as stated.", vi: "Thứ hạng theo nguồn." }),
  rank_of: col.optionalCount({ en: "Number of units ranked.", vi: "Số đơn vị được xếp hạng." }),
  rank_scope: col.enum(RANK_SCOPES, { en: "As in par_index.", vi: "Như trong bảng Chỉ số CCHC." }),
  sample_size: col.optionalCount({ en: "Number of respondents, when stated.", vi: "Số người trả lời, khi nguồn có nêu." }),
  quality: col.enum(QUALITIES, { en: "As in par_index.", vi: "Như trong bảng Chỉ số CCHC." }),
  ...locatorColumns,
};
export const SatisfactionSchema = rowSchema(satisfactionColumns);
export type SatisfactionRow = RowOf<typeof satisfactionColumns>;

export const statColumns = {
  scope_unit_id: col.id({
    en: "The unit whose population the statistic summarises (viet-nam for national figures).",
    vi: "Đơn vị có nhóm đơn vị được thống kê (viet-nam với số liệu cả nước).",
  }, "units"),
  year: col.year({ en: "Year the statistic is about.", vi: "Năm của số liệu thống kê." }),
  indicator: col.text({
    en: "par_index, sipas or another snake_case indicator.",
    vi: "par_index, sipas hoặc mã chỉ tiêu khác dạng snake_case; trang web hiển thị tên tiếng Việt của từng mã.",
  }),
  population: col.text({
    en: "Which units are summarised: provinces, districts, communes, departments, public_service_units, central_agencies, all_units.",
    vi: "Nhóm đơn vị được thống kê: provinces (tỉnh, thành phố), districts (UBND cấp huyện), communes (xã, phường, thị trấn), departments (cơ quan chuyên môn), public_service_units (đơn vị sự nghiệp công lập), central_agencies (cơ quan Trung ương đóng trên địa bàn), all_units (tất cả cơ quan, đơn vị).",
  }),
  statistic: col.text({
    en: "snake_case statistic: mean, min, max, region_mean_<region>, count_<band>, ...",
    vi: "Loại thống kê dạng snake_case: mean (trung bình), min (thấp nhất), max (cao nhất), region_mean_<vùng> (trung bình vùng), count_<mức> (số đơn vị theo mức), ...",
  }),
  value: col.optionalDecimal({
    en: "Value as stated; empty for list-type statistics whose content is in note.",
    vi: "Giá trị theo nguồn; để trống với thống kê dạng danh sách, khi đó nội dung nằm trong ghi chú.",
  }),
  ...locatorColumns,
};
export const StatSchema = rowSchema(statColumns);
export type StatRow = RowOf<typeof statColumns>;
