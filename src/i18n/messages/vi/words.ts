/**
 * Words of the numbered places' names with their kind ("phường 1" / "ward 1"); the other place names are in the place area.
 */
import type { Message } from "../../template";

export const words = {
  // A numbered unit ("phường 1") with its kind word (src/metrics/places.ts displayName; other names use the place
  // area's place.named.*): English puts the kind first before a number ("ward 1"), Vietnamese always does.
  "placeName.numbered.tinh": "tỉnh {name}",
  "placeName.numbered.thanh_pho_truc_thuoc_tw": "thành phố {name}",
  "placeName.numbered.huyen": "huyện {name}",
  "placeName.numbered.quan": "quận {name}",
  "placeName.numbered.thi_xa": "thị xã {name}",
  "placeName.numbered.thanh_pho_thuoc_tinh": "thành phố {name}",
  "placeName.numbered.xa": "xã {name}",
  "placeName.numbered.phuong": "phường {name}",
  "placeName.numbered.thi_tran": "thị trấn {name}",
} as const satisfies Record<string, Message>;
