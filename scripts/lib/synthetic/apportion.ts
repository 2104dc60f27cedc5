/**
 * Splitting a whole number of places among groups in proportion to their weights (largest remainder), within
 * a floor and a ceiling per group: districts among provinces, communes among districts, new communes among the
 * 34 provinces.
 */

/** Bounds per group: at least `min[i]`, at most `max[i]` (defaults 0 and no limit). */
export interface Bounds {
  min?: readonly number[];
  max?: readonly number[];
}

/**
 * Whole counts summing to `total`, each near total × weight / sum of weights and inside its bounds. Throws when
 * the bounds make the total impossible, so a wrong shape fails loudly instead of silently missing places.
 */
export function apportion(total: number, weights: readonly number[], bounds: Bounds = {}): number[] {
  const min = (i: number) => bounds.min?.[i] ?? 0;
  const max = (i: number) => bounds.max?.[i] ?? Number.POSITIVE_INFINITY;
  const counts = weights.map((_, i) => min(i));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const capacity = weights.reduce((s, _, i) => s + (max(i) - min(i)), 0);
  if (left < 0 || left > capacity) throw new Error(`cannot split ${total} within the bounds (floor ${total - left}, room ${capacity})`);
  while (left > 0) {
    const open = counts.map((_, i) => i).filter((i) => (counts[i] ?? 0) < max(i));
    const weightOf = (i: number) => Math.max(0, weights[i] ?? 0);
    const sum = open.reduce((s, i) => s + weightOf(i), 0);
    const share = (i: number) => (sum > 0 ? (left * weightOf(i)) / sum : left / open.length);
    let given = 0;
    for (const i of open) {
      const add = Math.min(Math.floor(share(i)), max(i) - (counts[i] ?? 0));
      counts[i] = (counts[i] ?? 0) + add;
      given += add;
    }
    left -= given;
    if (left > 0 && given === 0) {
      // Every share is below one: the largest fractions get one each.
      for (const i of [...open].sort((a, b) => share(b) - share(a) || a - b)) {
        if (left === 0) break;
        counts[i] = (counts[i] ?? 0) + 1;
        left--;
      }
    }
  }
  return counts;
}
