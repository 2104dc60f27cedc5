/** The tier of each kind of units.csv, as the `level` of a figure about that unit. */
import type { ExtractLevel } from "./types";

export const TIER_OF_KIND: Record<string, ExtractLevel> = {
  tinh: "province", thanh_pho_truc_thuoc_tw: "province", huyen: "district", quan: "district", thi_xa: "district",
  thanh_pho_thuoc_tinh: "district", xa: "commune", phuong: "commune", thi_tran: "commune",
};
