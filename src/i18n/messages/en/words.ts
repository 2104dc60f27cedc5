/**
 * Words the metrics' codes are shown with. A place keeps its Vietnamese name with diacritics (from data/); only
 * its kind is English, after the name as English writes "Sóc Trăng province", before a number ("Ward 1").
 */
import type { AreaCatalogue } from "../area";
import type { words as reference } from "../vi/words";

export const words: AreaCatalogue<typeof reference> = {
  "placeName.numbered.tinh": "province {name}",
  "placeName.numbered.thanh_pho_truc_thuoc_tw": "city {name}",
  "placeName.numbered.huyen": "district {name}",
  "placeName.numbered.quan": "district {name}",
  "placeName.numbered.thi_xa": "town {name}",
  "placeName.numbered.thanh_pho_thuoc_tinh": "city {name}",
  "placeName.numbered.xa": "commune {name}",
  "placeName.numbered.phuong": "ward {name}",
  "placeName.numbered.thi_tran": "township {name}",
};
