/**
 * Tile positions of the 63 provinces before 1 July 2025: one equal square each, laid out roughly like
 * the country (north at the top, the Mekong delta at the bottom-left). Written by hand for this site.
 */
import type { TileGrid } from "./layout";

// [unit_id, abbreviation, column, row]
const TILES: [string, string, number, number][] = [
  ["lai-chau", "LCh", 1, 0], ["lao-cai", "LCa", 2, 0], ["ha-giang", "HG", 3, 0], ["cao-bang", "CB", 4, 0],
  ["dien-bien", "ĐB", 0, 1], ["yen-bai", "YB", 2, 1], ["tuyen-quang", "TQ", 3, 1], ["bac-kan", "BK", 4, 1], ["lang-son", "LS", 5, 1],
  ["son-la", "SL", 1, 2], ["phu-tho", "PT", 2, 2], ["thai-nguyen", "TN", 3, 2], ["bac-giang", "BG", 4, 2], ["quang-ninh", "QN", 5, 2],
  ["hoa-binh", "HB", 1, 3], ["vinh-phuc", "VP", 2, 3], ["ha-noi", "HN", 3, 3], ["bac-ninh", "BN", 4, 3], ["hai-duong", "HD", 5, 3], ["hai-phong", "HP", 6, 3],
  ["ninh-binh", "NB", 2, 4], ["ha-nam", "HNa", 3, 4], ["hung-yen", "HY", 4, 4], ["thai-binh", "TB", 5, 4],
  ["thanh-hoa", "TH", 2, 5], ["nam-dinh", "NĐ", 3, 5],
  ["nghe-an", "NA", 2, 6],
  ["ha-tinh", "HT", 3, 7],
  ["quang-binh", "QB", 3, 8],
  ["quang-tri", "QT", 4, 9],
  ["thua-thien-hue", "TTH", 4, 10], ["da-nang", "ĐNa", 5, 10],
  ["quang-nam", "QNa", 5, 11],
  ["kon-tum", "KT", 4, 12], ["quang-ngai", "QNg", 5, 12],
  ["gia-lai", "GL", 4, 13], ["binh-dinh", "BĐ", 5, 13],
  ["dak-lak", "ĐL", 4, 14], ["phu-yen", "PY", 5, 14],
  ["dak-nong", "ĐNô", 3, 15], ["lam-dong", "LĐ", 4, 15], ["khanh-hoa", "KH", 5, 15],
  ["tay-ninh", "TNi", 1, 16], ["binh-phuoc", "BP", 2, 16], ["binh-duong", "BD", 3, 16], ["dong-nai", "ĐN", 4, 16], ["ninh-thuan", "NT", 5, 16],
  ["an-giang", "AG", 0, 17], ["dong-thap", "ĐT", 1, 17], ["long-an", "LA", 2, 17], ["tp-ho-chi-minh", "HCM", 3, 17], ["ba-ria-vung-tau", "BV", 4, 17], ["binh-thuan", "BTh", 5, 17],
  ["kien-giang", "KG", 0, 18], ["can-tho", "CT", 1, 18], ["vinh-long", "VL", 2, 18], ["tien-giang", "TG", 3, 18], ["ben-tre", "BT", 4, 18],
  ["hau-giang", "HGi", 1, 19], ["soc-trang", "ST", 2, 19], ["tra-vinh", "TV", 3, 19],
  ["ca-mau", "CM", 0, 20], ["bac-lieu", "BL", 1, 20],
];

export const GRID_63: TileGrid = {
  name: "63 tỉnh, thành phố (trước 1/7/2025)",
  tiles: TILES.map(([id, abbr, col, row]) => ({ id, abbr, col, row })),
  columns: 7,
  rows: 21,
  legendAt: { col: 4, row: 5 },
};
