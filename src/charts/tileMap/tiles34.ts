/**
 * Tile positions of the 34 provinces from 1 July 2025 (Resolution 202/2025/QH15), one equal square each,
 * laid out roughly like the country. Written by hand for this site.
 */
import type { TileGrid } from "./layout";

// [unit_id, abbreviation, column, row]
const TILES: [string, string, number, number][] = [
  ["lai-chau", "LCh", 1, 0], ["lao-cai-2025", "LCa", 2, 0], ["tuyen-quang-2025", "TQ", 3, 0], ["cao-bang", "CB", 4, 0],
  ["dien-bien", "ĐB", 0, 1], ["son-la", "SL", 1, 1], ["phu-tho-2025", "PT", 2, 1], ["thai-nguyen-2025", "TN", 3, 1], ["lang-son", "LS", 4, 1],
  ["ha-noi", "HN", 2, 2], ["bac-ninh-2025", "BN", 3, 2], ["quang-ninh", "QN", 4, 2],
  ["ninh-binh-2025", "NB", 2, 3], ["hung-yen-2025", "HY", 3, 3], ["hai-phong-2025", "HP", 4, 3],
  ["thanh-hoa", "TH", 2, 4],
  ["nghe-an", "NA", 2, 5],
  ["ha-tinh", "HT", 3, 6],
  ["quang-tri-2025", "QT", 3, 7],
  ["hue-2025", "Huế", 4, 8],
  ["da-nang-2025", "ĐNa", 4, 9],
  ["quang-ngai-2025", "QNg", 4, 10],
  ["gia-lai-2025", "GL", 4, 11],
  ["dak-lak-2025", "ĐL", 4, 12],
  ["lam-dong-2025", "LĐ", 3, 13], ["khanh-hoa-2025", "KH", 4, 13],
  ["tay-ninh-2025", "TNi", 1, 14], ["dong-nai-2025", "ĐN", 2, 14], ["tp-ho-chi-minh-2025", "HCM", 3, 14],
  ["an-giang-2025", "AG", 0, 15], ["dong-thap-2025", "ĐT", 1, 15], ["vinh-long-2025", "VL", 2, 15],
  ["ca-mau-2025", "CM", 0, 16], ["can-tho-2025", "CT", 1, 16],
];

export const GRID_34: TileGrid = {
  name: "34 tỉnh, thành phố (từ 1/7/2025)",
  tiles: TILES.map(([id, abbr, col, row]) => ({ id, abbr, col, row })),
  columns: 7,
  rows: 17,
  legendAt: { col: 4, row: 4 },
};
