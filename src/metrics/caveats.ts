/**
 * Caveats shown wherever a number is shown: different maxima, who assessed, method changes, partial
 * periods, weaker rows. Each returns short Vietnamese sentences; none changes a number.
 */
import type { ParIndexRow } from "../schemas/parIndex";
import type { SatisfactionRow } from "../schemas/satisfaction";
import type { Source } from "../schemas/sources";
import type { Unit } from "../schemas/units";
import { formatDate, formatNumber } from "../lib/format";
import { displayName } from "./places";

/** Years in which the PAR INDEX criteria changed (MoHA restructured them for 2022 and again for 2024). */
export const PAR_METHOD_BREAKS = [2022, 2024] as const;
/** SIPAS added satisfaction with public policies in 2022; levels before and after are not comparable. */
export const SIPAS_METHOD_BREAKS = [2022] as const;

/**
 * The method era a national figure of a year belongs to ("2022–2023", "từ năm 2024", "trước năm 2022"): figures of
 * different eras are not comparable, so compare rows and context lines test this instead of the bare year.
 */
export function methodEra(breaks: readonly number[], year: number): string {
  const since = [...breaks].reverse().find((b) => year >= b);
  if (since === undefined) return `trước năm ${breaks[0]}`;
  const next = breaks.find((b) => b > year);
  return next === undefined ? `từ năm ${since}` : next - 1 === since ? `năm ${since}` : `${since}–${next - 1}`;
}

/** The sentence a row of a method-break year carries: what changed and what it must not be compared with. */
export function methodBreakNote(indicator: "par-index" | "sipas", year: number): string | null {
  if (indicator === "sipas") {
    return (SIPAS_METHOD_BREAKS as readonly number[]).includes(year)
      ? `Từ năm ${year} SIPAS đo thêm sự hài lòng với chính sách công: không so sánh mức điểm với năm ${year - 1} trở về trước.`
      : null;
  }
  return (PAR_METHOD_BREAKS as readonly number[]).includes(year)
    ? `Bộ tiêu chí PAR INDEX đổi từ năm ${year}: không so sánh điểm với năm ${year - 1} trở về trước.`
    : null;
}

const QUALITY_NOTE: Record<string, string> = {
  listing_order: "Thứ hạng suy ra từ thứ tự liệt kê trong nguồn, không được ghi trực tiếp.",
  inferred: "Giá trị suy luận từ số liệu trong nguồn (độ tin cậy thấp hơn).",
  derived: "Giá trị tính từ số liệu trong nguồn (độ tin cậy thấp hơn).",
};

/** The caveat of a weaker row quality (a rank from listing order, an inferred or derived value); none for stated rows. */
export function qualityCaveats(quality: string): string[] {
  return QUALITY_NOTE[quality] ? [QUALITY_NOTE[quality] as string] : [];
}

/** Caveats for one PAR INDEX figure. */
export function parCaveats(row: ParIndexRow, source: Source | undefined): string[] {
  const notes: string[] = [];
  if (row.max_score !== 100) notes.push(`Thang điểm tối đa là ${formatNumber(row.max_score)}, không phải 100: so sánh theo tỷ lệ phần trăm.`);
  if (row.assessor === "self") notes.push("Điểm tự đánh giá của đơn vị, chưa phải kết quả thẩm định chính thức.");
  if (row.assessor === "province") notes.push("Chỉ số CCHC cấp huyện do tỉnh đánh giá theo bộ tiêu chí riêng của tỉnh; không so sánh với PAR INDEX cấp tỉnh của Bộ Nội vụ.");
  if (row.assessor === "ministry" && (PAR_METHOD_BREAKS as readonly number[]).includes(row.year)) {
    notes.push(`Năm ${row.year} Bộ Nội vụ thay đổi bộ tiêu chí: so sánh điểm với năm trước cần thận trọng.`);
  }
  const reportYear = source?.period_end?.slice(0, 4);
  if (source?.kind === "report" && reportYear && Number(reportYear) !== row.year) {
    notes.push(`Đây là kết quả năm ${row.year}, được nêu trong báo cáo năm ${reportYear}.`);
  }
  notes.push(...qualityCaveats(row.quality));
  return notes;
}

/** Caveats for one satisfaction figure. */
export function satisfactionCaveats(row: SatisfactionRow): string[] {
  const notes: string[] = [];
  if (row.survey === "sipas" && (SIPAS_METHOD_BREAKS as readonly number[]).includes(row.year)) {
    notes.push("Từ năm 2022 SIPAS đo thêm sự hài lòng với chính sách công: không so sánh mức điểm với năm 2021 trở về trước.");
  }
  if (row.survey === "local_survey") notes.push("Khảo sát do chính đơn vị tự tổ chức, không phải SIPAS của Bộ Nội vụ.");
  if (row.survey === "provincial_survey") notes.push("Khảo sát do tỉnh tổ chức, không phải SIPAS của Bộ Nội vụ.");
  notes.push(...qualityCaveats(row.quality));
  return notes;
}

/** Caveats for a period of counts: half years, single months and early cut-offs. */
export function periodCaveats(start: string | null, end: string): string[] {
  const notes: string[] = [];
  if (start && end.endsWith("-06-30") && start.endsWith("-01-01")) notes.push("Số liệu 6 tháng, không phải cả năm.");
  // A whole calendar month (dashboards publish monthly since 7/2025) is a complete period, not an early cut-off.
  else if (start && isWholeMonth(start, end)) notes.push("Số liệu một tháng, không phải cả năm.");
  else if (end.slice(5) !== "12-31" && end.slice(5) !== "06-30") notes.push(`Số liệu tính đến ngày ${formatDate(end)}, chưa hết kỳ.`);
  return notes;
}

/** True when start is the first day of a month and end the last day of the same month (ISO dates). */
function isWholeMonth(start: string, end: string): boolean {
  if (!start.endsWith("-01") || start.slice(0, 7) !== end.slice(0, 7)) return false;
  const [year, month] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  return Number(end.slice(8, 10)) === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const RANK_POPULATION: Record<string, string> = {
  national: "tỉnh, thành phố",
};

/** Context line for a rank: "xếp thứ 4/11 huyện, thị xã, thành phố của tỉnh Bình Định". */
export function rankContext(row: Pick<ParIndexRow, "rank" | "rank_of" | "rank_scope">, parent: Unit | undefined): string | null {
  if (row.rank === null || row.rank_of === null || row.rank_scope === "none") return null;
  if (row.rank_scope === "national") return `xếp thứ ${row.rank}/${row.rank_of} ${RANK_POPULATION.national}`;
  const where = parent ? ` của ${displayName(parent, "vi")}` : "";
  return `xếp thứ ${row.rank}/${row.rank_of} đơn vị cấp huyện${where}`;
}

