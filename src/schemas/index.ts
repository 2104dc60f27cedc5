/** The registry of datasets: one entry per CSV file in data/, with its columns, key and Vietnamese title. */
import type { Columns } from "./fields";
import { unitColumns } from "./units";
import { sourceColumns } from "./sources";
import { parComponentColumns, parIndexColumns } from "./parIndex";
import { satisfactionColumns, statColumns } from "./satisfaction";
import { dossierColumns, onlineServiceColumns } from "./figures";

/**
 * What each column of a fact dataset is for, so that code which treats every figure alike (provenance, the
 * locator check, indexes by place, "has figures", the synthetic generator) loops over the registry instead of
 * naming datasets and columns by hand. Datasets without figures (units, sources) have no roles.
 */
export interface FactRoles<C extends Columns = Columns> {
  /** The place the figure is about (a units.unit_id). */
  unit: keyof C & string;
  /** The period: one column (a year) or two (start, end dates; the start may be empty). */
  period: readonly (keyof C & string)[];
  /** The figure; when several, the first non-empty one is the figure (a score, else a stated percentage). */
  value: readonly (keyof C & string)[];
  /** What is measured within the dataset (a measure code, an indicator, a component code); null when the dataset is one measure. */
  measure: (keyof C & string) | null;
  /** The line of the source report the figure stands on. */
  locator: keyof C & string;
}

export interface DatasetSpec<C extends Columns = Columns> {
  name: string;
  file: string;
  columns: C;
  /** Columns whose values together identify a row (the primary key). */
  key: readonly (keyof C & string)[];
  title: string;
  description: string;
  /** English title and description, for datapackage.json (which carries both languages). */
  titleEn: string;
  descriptionEn: string;
  /** Column roles of a dataset of figures; absent for reference tables (units, sources). */
  facts?: FactRoles<C>;
}

/** Keeps each entry's own column and role types (so only datasets given roles count as fact datasets). */
function dataset<C extends Columns, F extends FactRoles<C> | undefined = undefined>(spec: Omit<DatasetSpec<C>, "facts"> & { facts?: F }): DatasetSpec<C> & { facts: F } {
  return spec as DatasetSpec<C> & { facts: F };
}

export const DATASETS = {
  units: dataset({
    name: "units", file: "units.csv", columns: unitColumns, key: ["unit_id"],
    title: "Đơn vị hành chính",
    description: "Mọi tỉnh, huyện, xã có trong dữ liệu, kèm thời gian tồn tại, đơn vị cấp trên và đơn vị kế thừa sau sắp xếp năm 2025.",
    titleEn: "Administrative units",
    descriptionEn: "Every province, district and commune in the data, with its validity period, parent unit and successors after the 2025 reorganisation.",
  }),
  sources: dataset({
    name: "sources", file: "sources.csv", columns: sourceColumns, key: ["source_id"],
    title: "Nguồn",
    description: "Các báo cáo, trang tin và văn bản mà từng con số được lấy ra.",
    titleEn: "Sources",
    descriptionEn: "The reports, web pages and legal texts each figure is taken from.",
  }),
  par_index: dataset({
    name: "par_index", file: "par_index.csv", columns: parIndexColumns, key: ["unit_id", "year", "assessor", "source_id"],
    title: "Chỉ số cải cách hành chính (PAR INDEX)",
    description: "Điểm, thang điểm, xếp hạng Chỉ số CCHC của tỉnh (Bộ Nội vụ đánh giá), của huyện (tỉnh đánh giá) và tự đánh giá.",
    titleEn: "Public Administration Reform Index (PAR INDEX)",
    descriptionEn: "Score, maximum, rank of the PAR INDEX of provinces (assessed by the Ministry of Home Affairs), of districts (assessed by their province) and self-assessments.",
    facts: { unit: "unit_id", period: ["year"], value: ["score", "percent_stated"], measure: null, locator: "line" },
  }),
  par_components: dataset({
    name: "par_components", file: "par_components.csv", columns: parComponentColumns, key: ["unit_id", "year", "assessor", "code", "source_id"],
    title: "Thành phần Chỉ số CCHC",
    description: "Điểm từng lĩnh vực, tiêu chí của Chỉ số CCHC so với điểm tối đa.",
    titleEn: "PAR INDEX components",
    descriptionEn: "Score of each area and criterion of the PAR INDEX against its maximum.",
    facts: { unit: "unit_id", period: ["year"], value: ["score"], measure: "code", locator: "line" },
  }),
  satisfaction: dataset({
    name: "satisfaction", file: "satisfaction.csv", columns: satisfactionColumns, key: ["unit_id", "year", "survey", "indicator", "source_id"],
    title: "Chỉ số hài lòng (SIPAS và khảo sát khác)",
    description: "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính.",
    titleEn: "Satisfaction indices (SIPAS and other surveys)",
    descriptionEn: "How satisfied citizens and organisations are with the service of public administration.",
    facts: { unit: "unit_id", period: ["year"], value: ["value"], measure: "indicator", locator: "line" },
  }),
  stats: dataset({
    name: "stats", file: "stats.csv", columns: statColumns, key: ["scope_unit_id", "year", "indicator", "population", "statistic", "source_id"],
    title: "Số liệu tổng hợp",
    description: "Thống kê trên một nhóm đơn vị: trung bình cả nước, số đơn vị theo xếp loại, số đơn vị đạt yêu cầu.",
    titleEn: "Aggregate statistics",
    descriptionEn: "Statistics over a group of units: national means, number of units per grade, number of units meeting a requirement.",
    facts: { unit: "scope_unit_id", period: ["year"], value: ["value"], measure: "statistic", locator: "line" },
  }),
  dossiers: dataset({
    name: "dossiers", file: "dossiers.csv", columns: dossierColumns, key: ["unit_id", "period_end", "level", "measure", "source_id", "line"],
    title: "Hồ sơ thủ tục hành chính",
    description: "Hồ sơ tiếp nhận, đã giải quyết (trước hạn, đúng hạn, trễ hạn), đang giải quyết, theo cấp và kỳ báo cáo.",
    titleEn: "Administrative dossiers",
    descriptionEn: "Dossiers received, resolved (early, on time, late) and pending, by level and reporting period.",
    facts: { unit: "unit_id", period: ["period_start", "period_end"], value: ["value"], measure: "measure", locator: "line" },
  }),
  online_services: dataset({
    name: "online_services", file: "online_services.csv", columns: onlineServiceColumns, key: ["unit_id", "period_end", "level", "measure", "source_id", "line"],
    title: "Thủ tục và dịch vụ công trực tuyến",
    description: "Số thủ tục đang áp dụng, số dịch vụ công trực tuyến (mức độ 3, 4; toàn trình, một phần), hồ sơ trực tuyến và qua bưu chính.",
    titleEn: "Procedures and online public services",
    descriptionEn: "Procedures in force, online public services (levels 3 and 4; full and partial), dossiers submitted online and by post.",
    facts: { unit: "unit_id", period: ["period_start", "period_end"], value: ["value"], measure: "measure", locator: "line" },
  }),
};

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The datasets that hold figures (each with its column roles), in registry order. */
export const FACT_DATASETS = DATASET_NAMES.filter((name) => DATASETS[name].facts !== undefined) as FactDatasetName[];
export type FactDatasetName = { [N in DatasetName]: (typeof DATASETS)[N]["facts"] extends undefined ? never : N }[DatasetName];

/** The column roles of a fact dataset. */
export function factRoles(name: FactDatasetName): FactRoles {
  return DATASETS[name].facts as FactRoles;
}
