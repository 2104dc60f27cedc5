/**
 * dossiers.csv and online_services.csv share one long layout: one figure per row, so each figure keeps
 * its own line locator. A percentage row (value_unit = percent) is a share AS STATED by the source;
 * `denominator` names the count measure it is a share of, so the stated share can be checked.
 */
import { col, locatorColumns, rowSchema, type ColumnDoc, type RowOf } from "./fields";
import { DOSSIER_MEASURES, ONLINE_MEASURES } from "./measures";

export const LEVELS = ["province", "district", "commune", "department", "total"] as const;
export type Level = (typeof LEVELS)[number];
export const VALUE_UNITS = ["count", "percent"] as const;

function figureColumns<M extends string>(measures: readonly M[], what: ColumnDoc) {
  return {
    unit_id: col.id({
      en: "Place the figure is about (units.unit_id).",
      vi: "Đơn vị mà số liệu nói đến (mã trong bảng Đơn vị hành chính).",
    }, "units"),
    period_start: col.optionalDate({
      en: "First day of the period covered; empty for a stock counted on period_end.",
      vi: "Ngày đầu của kỳ số liệu; để trống với số tồn tại tính đến period_end.",
    }),
    period_end: col.date({
      en: "Last day or cut-off date of the period covered.",
      vi: "Ngày cuối hoặc ngày chốt số liệu của kỳ.",
    }),
    level: col.enum(LEVELS, {
      en: "Which tier handled it inside the place: province, district, commune (all communes together, or the commune itself), department, or total of the tiers the source adds up.",
      vi: "Cấp xử lý trong đơn vị: province (cấp tỉnh), district (cấp huyện), commune (cấp xã: các xã cộng lại, hoặc chính xã đó), department (sở, ban, ngành) hoặc total (tổng các cấp do nguồn cộng).",
    }),
    measure: col.enum(measures, {
      en: `What is counted (${what.en}); see data/README.md for each measure.`,
      vi: `Chỉ tiêu được đếm (${what.vi}); tên tiếng Việt của từng chỉ tiêu có trong data/README.md và trên trang của từng đơn vị.`,
    }),
    value: col.decimal({
      en: "The figure as stated: a count, or a percentage (0-100) when value_unit is percent.",
      vi: "Con số theo nguồn: số lượng, hoặc tỷ lệ phần trăm (0-100) khi value_unit là percent.",
    }),
    value_unit: col.enum(VALUE_UNITS, { en: "count or percent.", vi: "count (số lượng) hoặc percent (tỷ lệ phần trăm)." }),
    denominator: col.optionalText({
      en: "For percentages: the measure the stated share is a share of (e.g. resolved); empty for counts.",
      vi: "Với tỷ lệ: chỉ tiêu làm mẫu số của tỷ lệ theo nguồn (ví dụ resolved, hồ sơ đã giải quyết); để trống với số lượng.",
    }),
    ...locatorColumns,
    line: col.count({
      en: "1-based line in the source report's text where the figure stands (every figure here comes from a report).",
      vi: "Dòng (đếm từ 1) trong bản văn bản của báo cáo nơi có số liệu (mọi số liệu ở đây đều lấy từ báo cáo).",
    }),
  };
}

export const dossierColumns = figureColumns(DOSSIER_MEASURES, { en: "administrative dossiers", vi: "hồ sơ thủ tục hành chính" });
export const DossierSchema = rowSchema(dossierColumns);
export type DossierRow = RowOf<typeof dossierColumns>;

export const onlineServiceColumns = figureColumns(ONLINE_MEASURES, { en: "procedures and online services", vi: "thủ tục và dịch vụ công trực tuyến" });
export const OnlineServiceSchema = rowSchema(onlineServiceColumns);
export type OnlineServiceRow = RowOf<typeof onlineServiceColumns>;
