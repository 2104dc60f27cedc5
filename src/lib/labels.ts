/** Vietnamese labels for enumerated values shown on pages. */
import type { Level } from "../schemas/figures";

export const LEVEL_LABEL: Record<Level, string> = {
  total: "Toàn địa bàn (các cấp cộng lại)",
  province: "Cấp tỉnh",
  department: "Sở, ban, ngành",
  district: "Cấp huyện",
  commune: "Cấp xã",
};
