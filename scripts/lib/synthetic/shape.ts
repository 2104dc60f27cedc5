/**
 * The country's tree before 1 July 2025: the real 63 provinces of data/units.csv, and under them made-up
 * districts and communes, unevenly sized (log-normal weights, so a few provinces and districts are large), around
 * the real districts and communes, which stay as they are. Every synthetic district and commune ends on
 * 2025-06-30; districts pass to their province's successor (the 2025 province, or the province itself when it was
 * not merged).
 */
import type { Unit } from "../../../src/schemas/units";
import { tierOf } from "../../../src/metrics/places";
import { groupBy } from "../../../src/lib/collect";
import { apportion } from "./apportion";
import { COMMUNE_SHARE, communeKind, districtKind, numberedWard, type DistrictKind } from "./kinds";
import { NameBook } from "./names";
import { skewedWeight, streamOf, type Random } from "./random";
import type { TierCounts } from "./scale";
import { LAST_DAY_BEFORE_2025, syntheticUnit } from "./unit";

/** The tree before 2025: every province that existed, and each tier below it, real and synthetic together. */
export interface OldTree {
  provinces: Unit[];
  districts: Unit[];
  communes: Unit[];
  /** The province each province, district and commune belongs to from 1 July 2025, by unit id. */
  successorProvince: Map<string, string>;
}

const segment = (u: Unit) => u.unit_id.slice(u.unit_id.lastIndexOf("/") + 1);

/**
 * Each parent's real children of a tier, then `counts[i]` synthetic ones from `make` (which gets a name book that
 * knows the real children's id segments, the parent's random stream, the index and the real children).
 */
function grow(
  parents: Unit[], tier: "district" | "commune", counts: number[], children: Map<string, Unit[]>, seed: number,
  make: (parent: Unit, index: number, book: NameBook, rnd: Random, own: Unit[]) => Unit,
): Unit[] {
  const out: Unit[] = [];
  parents.forEach((parent, i) => {
    // Real children only: the id segments a synthetic sibling must not take.
    const own = (children.get(parent.unit_id) ?? []).filter((u) => tierOf(u.kind) === tier);
    const book = new NameBook(own.map(segment));
    const rnd = streamOf(seed, tier, parent.unit_id);
    out.push(...own);
    for (let n = 0; n < (counts[i] ?? 0); n++) out.push(make(parent, n, book, rnd, own));
  });
  return out;
}

/**
 * Builds the tree before 2025 with `counts.districts` districts and `counts.oldCommunes` communes in all (real
 * ones included; when the real ones are more, no synthetic ones are added).
 */
export function buildOldTree(real: Unit[], counts: Pick<TierCounts, "districts" | "oldCommunes">, seed: number): OldTree {
  const children = groupBy(real.filter((u) => u.parent_id), (u) => u.parent_id ?? "");
  const provinces = real.filter((u) => tierOf(u.kind) === "province" && u.valid_from === null);
  const successorProvince = new Map(provinces.map((p) => [p.unit_id, p.successor_ids[0] ?? p.unit_id]));
  const realCount = (tier: string) => real.filter((u) => tierOf(u.kind) === tier).length;

  const provinceWeights = provinces.map((p) => skewedWeight(streamOf(seed, "province-size", p.unit_id), 0.45) * (p.kind === "thanh_pho_truc_thuoc_tw" ? 1.4 : 1));
  const districtCounts = apportion(Math.max(0, counts.districts - realCount("district")), provinceWeights);
  const districts = grow(provinces, "district", districtCounts, children, seed, (province, index, book, rnd, own) => {
    const { name, slug } = book.next(rnd);
    const kind = districtKind(province.kind, index, own.some((u) => u.kind === "thanh_pho_thuoc_tinh"), rnd);
    const successor = successorProvince.get(province.unit_id) ?? province.unit_id;
    return syntheticUnit({ unit_id: `${province.unit_id}/${slug}`, name, kind, parent_id: province.unit_id, valid_to: LAST_DAY_BEFORE_2025, successor_ids: [successor] });
  });

  const districtWeights = districts.map((d) => skewedWeight(streamOf(seed, "district-size", d.unit_id), 0.35) * (COMMUNE_SHARE[d.kind as DistrictKind] ?? 1));
  const communeCounts = apportion(Math.max(0, counts.oldCommunes - realCount("commune")), districtWeights);
  const communes = grow(districts, "commune", communeCounts, children, seed, (district, index, book, rnd, own) => {
    const kind = communeKind(district.kind, index, own.some((u) => u.kind === "thi_tran"), rnd);
    const { name, slug } = kind === "phuong" && numberedWard(district.kind, rnd) ? book.nextNumbered() : book.next(rnd);
    return syntheticUnit({ unit_id: `${district.unit_id}/${slug}`, name, kind, parent_id: district.unit_id, valid_to: LAST_DAY_BEFORE_2025 });
  });

  for (const u of [...districts, ...communes]) successorProvince.set(u.unit_id, successorProvince.get(u.parent_id ?? "") ?? "");
  return { provinces, districts, communes, successorProvince };
}
