/** Vietnamese labels for enumerated values shown on pages. */
import type { Level } from "../schemas/figures";

export const LEVEL_LABEL: Record<Level, string> = {
  total: "Toàn địa bàn (các cấp cộng lại)",
  province: "Cấp tỉnh",
  department: "Sở, ban, ngành",
  district: "Cấp huyện",
  commune: "Cấp xã",
};

export const SURVEY_LABEL = { sipas: "SIPAS (Bộ Nội vụ)", provincial_survey: "Khảo sát của tỉnh", local_survey: "Khảo sát của đơn vị" } as const;
