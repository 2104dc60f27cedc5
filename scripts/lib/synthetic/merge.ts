/**
 * The communes formed on 1 July 2025: each from 1 to 5 neighbouring synthetic communes of one successor province,
 * named afresh (ids `<province>/<name>-2025`, parent the 2025 province). Real communes keep their row as it is
 * (the research has no successor for them), so only synthetic ones are merged.
 */
import type { Unit } from "../../../src/schemas/units";
import { groupBy } from "../../../src/lib/collect";
import { apportion } from "./apportion";
import { NameBook } from "./names";
import { skewedWeight, streamOf } from "./random";
import { FIRST_DAY_FROM_2025, SYNTHETIC_SOURCE_ID, syntheticUnit } from "./unit";

/** The most old communes one new commune is formed from. */
export const MAX_PREDECESSORS = 5;

/**
 * About `target` new communes (fewer or more only when 1 to 5 predecessors each cannot reach it), spread over the
 * successor provinces in proportion to their old communes. Sets each merged old commune's `successor_ids`.
 */
export function formNewCommunes(communes: Unit[], successorProvince: Map<string, string>, target: number, seed: number): Unit[] {
  const merged = communes.filter((c) => c.source_id === SYNTHETIC_SOURCE_ID);
  for (const c of merged) if (!successorProvince.get(c.unit_id)) throw new Error(`no successor province for ${c.unit_id}`);
  const pools = groupBy(merged, (c) => successorProvince.get(c.unit_id) ?? "");
  const provinces = [...pools.keys()];
  const sizes = provinces.map((p) => pools.get(p)?.length ?? 0);
  const min = sizes.map((n) => Math.ceil(n / MAX_PREDECESSORS));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const reachable = Math.min(Math.max(target, sum(min)), sum(sizes));
  const counts = apportion(reachable, sizes, { min, max: sizes });

  const formed: Unit[] = [];
  provinces.forEach((province, i) => {
    const pool = pools.get(province) ?? [];
    const k = counts[i] ?? 0;
    const rnd = streamOf(seed, "new-communes", province);
    const groupSizes = apportion(pool.length, Array.from({ length: k }, () => skewedWeight(rnd, 0.5)), { min: Array(k).fill(1), max: Array(k).fill(MAX_PREDECESSORS) });
    const book = new NameBook();
    let next = 0;
    for (const size of groupSizes) {
      const predecessors = pool.slice(next, next + size);
      next += size;
      const wards = predecessors.filter((p) => p.kind === "phuong").length;
      const { name, slug } = book.next(rnd, "-2025");
      const unit = syntheticUnit({ unit_id: `${province}/${slug}`, name, kind: wards * 2 >= size ? "phuong" : "xa", parent_id: province, valid_from: FIRST_DAY_FROM_2025 });
      for (const p of predecessors) p.successor_ids = [unit.unit_id];
      formed.push(unit);
    }
  });
  return formed;
}
