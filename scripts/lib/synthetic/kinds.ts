/**
 * Which kind a synthetic district or commune is, in roughly the country's mix: centrally-run cities are mostly
 * urban districts (quận) with a town (thị xã); a province has one provincial city, a few towns and rural
 * districts (huyện). Urban districts hold wards (phường), rural districts communes (xã) and one township
 * (thị trấn); cities and towns a mix of wards and communes.
 */
import type { UnitKind } from "../../../src/schemas/units";
import type { Random } from "./random";

export type DistrictKind = Extract<UnitKind, "huyen" | "quan" | "thi_xa" | "thanh_pho_thuoc_tinh">;
export type CommuneKind = Extract<UnitKind, "xa" | "phuong" | "thi_tran">;

/** The kind of the `index`-th synthetic district of a province (`hasCity`: the province already has its city). */
export function districtKind(provinceKind: UnitKind, index: number, hasCity: boolean, rnd: Random): DistrictKind {
  const draw = rnd();
  if (provinceKind === "thanh_pho_truc_thuoc_tw") return index === 0 ? "thi_xa" : draw < 0.6 ? "quan" : "huyen";
  if (index === 0 && !hasCity) return "thanh_pho_thuoc_tinh";
  return draw < 0.07 ? "thi_xa" : draw < 0.1 ? "thanh_pho_thuoc_tinh" : "huyen";
}

/** The kind of the `index`-th synthetic commune of a district (`hasTownship`: it already has its thị trấn). */
export function communeKind(districtKind: UnitKind, index: number, hasTownship: boolean, rnd: Random): CommuneKind {
  const draw = rnd();
  if (districtKind === "quan") return "phuong";
  if (districtKind === "thanh_pho_thuoc_tinh") return draw < 0.65 ? "phuong" : "xa";
  if (districtKind === "thi_xa") return draw < 0.45 ? "phuong" : "xa";
  if (index === 0 && !hasTownship) return "thi_tran";
  return draw < 0.01 ? "thi_tran" : "xa";
}

/** How many communes a district of this kind holds relative to a rural district (urban ones are smaller). */
export const COMMUNE_SHARE: Record<DistrictKind, number> = { quan: 0.6, thi_xa: 0.75, thanh_pho_thuoc_tinh: 0.8, huyen: 1.1 };

/** Whether a ward of this district kind may be numbered ("Phường 1"), as older city centres are. */
export function numberedWard(districtKind: UnitKind, rnd: Random): boolean {
  return (districtKind === "quan" && rnd() < 0.25) || (districtKind === "thanh_pho_thuoc_tinh" && rnd() < 0.15);
}
