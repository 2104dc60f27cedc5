/** units.csv: every place, time-versioned (validity period, parent, successors). */
import { col, rowSchema, type RowOf } from "./fields";

export const UNIT_KINDS = [
  "quoc_gia",
  "tinh",
  "thanh_pho_truc_thuoc_tw",
  "huyen",
  "quan",
  "thi_xa",
  "thanh_pho_thuoc_tinh",
  "xa",
  "phuong",
  "thi_tran",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const unitColumns = {
  unit_id: col.id({
    en: "Stable ASCII id; districts are <province>/<district>, communes <province>/<district>/<commune>. Pre-2025 provinces that were merged keep their name slug; units created on 1 July 2025 end in -2025.",
    vi: "Mã ổn định bằng chữ ASCII; huyện có dạng <tỉnh>/<huyện>, xã có dạng <tỉnh>/<huyện>/<xã>. Tỉnh trước năm 2025 đã sáp nhập giữ mã theo tên; đơn vị lập ngày 1/7/2025 có mã kết thúc bằng -2025.",
  }),
  name: col.text({
    en: "Proper name without the kind word, with full diacritics (\"Mỹ Xuyên\", \"1\" for Phường 1).",
    vi: "Tên riêng, không kèm từ chỉ loại đơn vị, viết đủ dấu (“Mỹ Xuyên”; “1” cho Phường 1).",
  }),
  kind: col.enum(UNIT_KINDS, {
    en: "Administrative kind: country, province, centrally-run city, district, urban district, town, provincial city, commune, ward, township.",
    vi: "Loại đơn vị hành chính: quốc gia, tỉnh, thành phố trực thuộc Trung ương, huyện, quận, thị xã, thành phố thuộc tỉnh, xã, phường, thị trấn.",
  }),
  parent_id: col.optionalId({
    en: "The unit this one belongs to (units.unit_id); empty for the country.",
    vi: "Đơn vị cấp trên trực tiếp (mã trong bảng Đơn vị hành chính); để trống với cả nước.",
  }, "units"),
  gso_code: col.optionalText({
    en: "Statistical (GSO) code of pre-2025 provinces, two digits; empty when not known.",
    vi: "Mã thống kê (Tổng cục Thống kê) của tỉnh trước năm 2025, gồm hai chữ số; để trống khi chưa biết.",
  }),
  region: col.optionalText({
    en: "Socio-economic region (Resolution 81/2023/QH15) of pre-2025 provinces; empty otherwise.",
    vi: "Vùng kinh tế - xã hội (Nghị quyết 81/2023/QH15) của tỉnh trước năm 2025; để trống với các đơn vị khác.",
  }),
  valid_from: col.optionalDate({
    en: "First day the unit existed in this form; empty = before the period our data covers.",
    vi: "Ngày đầu tiên đơn vị tồn tại với hình thức này; để trống = có từ trước giai đoạn dữ liệu bao quát.",
  }),
  valid_to: col.optionalDate({
    en: "Last day the unit existed in this form (2025-06-30 for merged provinces and every district); empty = still exists or not known (see note).",
    vi: "Ngày cuối cùng đơn vị tồn tại với hình thức này (30/6/2025 với tỉnh đã sáp nhập và mọi đơn vị cấp huyện); để trống = vẫn còn hoặc chưa biết (xem ghi chú).",
  }),
  successor_ids: col.list({
    en: "\";\"-separated units that took over this unit's territory on valid_to + 1 day.",
    vi: "Các đơn vị tiếp nhận địa bàn của đơn vị này từ ngày kế tiếp valid_to, ngăn cách bằng dấu “;”.",
  }, "units"),
  aliases: col.list({
    en: "\";\"-separated alternative names and abbreviations used for search (TP.HCM, BR-VT).",
    vi: "Tên gọi khác và tên viết tắt dùng khi tìm kiếm (TP.HCM, BR-VT), ngăn cách bằng dấu “;”.",
  }),
  source_id: col.id({
    en: "Source naming the unit (sources.source_id).",
    vi: "Nguồn nêu tên đơn vị (mã nguồn trong bảng Nguồn).",
  }, "sources"),
  line: col.optionalCount({
    en: "Line of the source report where the unit is first named; empty for web sources.",
    vi: "Dòng của báo cáo nguồn nơi đơn vị được nhắc đến lần đầu; để trống với nguồn trên web.",
  }),
  note: col.optionalText({
    en: "Compiler's remarks on the unit (written in English during the research): how the 2025 reorganisation affected it, further sources of its code, region or merger, uncertain dates.",
    vi: "Ghi chú của người tổng hợp về đơn vị (viết bằng tiếng Anh khi thu thập): đơn vị chịu ảnh hưởng thế nào khi sắp xếp năm 2025, các nguồn khác cho mã, vùng hoặc việc sáp nhập, mốc thời gian chưa chắc chắn.",
  }),
};

export const UnitSchema = rowSchema(unitColumns);
export type Unit = RowOf<typeof unitColumns>;
