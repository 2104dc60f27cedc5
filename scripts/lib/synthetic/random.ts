/**
 * Seeded pseudo-random numbers for the synthetic data: the same seed always gives the same country. Figures
 * draw from a stream seeded by their unit and period, so one place's numbers do not depend on the order in
 * which places are written (a dataset can be streamed on its own and still agree with the others).
 */

/** A function returning the next number in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for made-up figures; deterministic for a given seed. */
export function random(seed: number): Random {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from text (FNV-1a), so a stream can be named by what it draws for ("soc-trang|2021"). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The stream named by `parts` under a base seed. */
export function streamOf(seed: number, ...parts: (string | number)[]): Random {
  return random(seedOf(`${seed}|${parts.join("|")}`));
}

/** One item of a non-empty list. */
export function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

/**
 * A positive weight around 1 with a long right tail (log-normal, sigma given, cut at 2.5 sigma): most places are
 * middling, a few are large, none absurdly so, as administrative units are.
 */
export function skewedWeight(rnd: Random, sigma: number): number {
  // Box-Muller from two uniforms; 1 - rnd() keeps the logarithm finite.
  const normal = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return Math.exp(sigma * Math.max(-2.5, Math.min(2.5, normal)));
}
