/** Vietnamese labels for enumerated values shown on pages. */
import type { Level } from "../schemas/figures";
import type { SURVEYS } from "../schemas/satisfaction";
import { satisfactionIndicatorLabel } from "../schemas/statLabels";

export const LEVEL_LABEL: Record<Level, string> = {
  total: "Toàn địa bàn (các cấp cộng lại)",
  province: "Cấp tỉnh",
  department: "Sở, ban, ngành",
  district: "Cấp huyện",
  commune: "Cấp xã",
};

export const SURVEY_LABEL: Record<(typeof SURVEYS)[number], string> = {
  sipas: "SIPAS (Bộ Nội vụ)",
  provincial_survey: "Khảo sát của tỉnh",
  local_survey: "Khảo sát của đơn vị",
};

/** A satisfaction figure's survey, and its indicator when it is not the overall index ("Khảo sát của đơn vị · …"). */
export function surveyLabel(row: { survey: (typeof SURVEYS)[number]; indicator: string }): string {
  return `${SURVEY_LABEL[row.survey]}${row.indicator === "overall" ? "" : ` · ${satisfactionIndicatorLabel(row.indicator)}`}`;
}
