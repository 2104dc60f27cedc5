/**
 * Synthetic PAR INDEX and SIPAS rows, shaped like the real ones: the Ministry's provincial PAR INDEX and SIPAS on
 * 100 points, national scope, no rank (a made-up rank could contradict a real one in the same year's ranking);
 * the provinces' PAR INDEX of their districts, ranked within the province, with a band.
 */
import type { Unit } from "../../../src/schemas/units";
import { groupBy } from "../../../src/lib/collect";
import type { Coverage } from "./coverage";
import { streamOf, type Random } from "./random";
import { SYNTHETIC_SOURCE_ID } from "./unit";

/** A row as column name -> value; the writer orders the cells by the dataset's columns. */
export type Row = Record<string, string | number | null | readonly string[]>;

/** Years of the assessments before the reorganisation. */
export const SCORE_YEARS = { from: 2017, to: 2024 } as const;

const locator = { source_id: SYNTHETIC_SOURCE_ID, line: null, section: null, note: null };
const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const years = () => Array.from({ length: SCORE_YEARS.to - SCORE_YEARS.from + 1 }, (_, i) => SCORE_YEARS.from + i);

/** A place's score in a year: its own level, a small yearly gain and noise, within [lo, hi]. */
function score(rnd: Random, level: number, year: number, gain: number, noise: number, lo: number, hi: number): number {
  return round2(clamp(level + gain * (year - SCORE_YEARS.from) + (rnd() * 2 - 1) * noise, lo, hi));
}

/** A national index of the provinces: its random stream, level, yearly gain and noise, real-row key and row. */
interface NationalIndex {
  name: string;
  level: (rnd: Random) => number;
  gain: number;
  noise: number;
  key: (unit: string, year: number) => string;
  row: (unit: string, year: number, value: number) => Row;
}

const NATIONAL: Record<"parIndex" | "satisfaction", NationalIndex> = {
  parIndex: {
    name: "par-ministry", level: (rnd) => 76 + 10 * rnd(), gain: 0.6, noise: 2, key: (u, y) => `${u}|${y}|ministry`,
    row: (unit_id, year, score) => ({ unit_id, year, assessor: "ministry", score, max_score: 100, percent_stated: null, rank: null, rank_of: null, rank_scope: "national", band: null, quality: "stated", ...locator }),
  },
  satisfaction: {
    name: "sipas", level: (rnd) => 79 + 8 * rnd(), gain: 0.3, noise: 1.5, key: (u, y) => `${u}|${y}|sipas|overall`,
    row: (unit_id, year, value) => ({ unit_id, year, survey: "sipas", indicator: "overall", value, max_value: 100, rank: null, rank_of: null, rank_scope: "national", sample_size: null, quality: "stated", ...locator }),
  },
};

/** The Ministry's PAR INDEX (par_index) or SIPAS (satisfaction) of each province, for the years the real data has no row for. */
export function* provinceRows(dataset: keyof typeof NATIONAL, provinces: Unit[], covered: Coverage, seed: number): Generator<Row> {
  const index = NATIONAL[dataset];
  for (const p of provinces) {
    const rnd = streamOf(seed, index.name, p.unit_id);
    const level = index.level(rnd);
    for (const year of years()) {
      // Drawn before the gap test, so a province's series does not depend on which years are real.
      const value = score(rnd, level, year, index.gain, index.noise, 60, 96);
      if (!covered[dataset].has(index.key(p.unit_id, year))) yield index.row(p.unit_id, year, value);
    }
  }
}

function band(value: number): string {
  return value >= 90 ? "Tốt" : value >= 80 ? "Khá" : value >= 70 ? "Trung bình" : "Yếu";
}

/** Each province's PAR INDEX of its districts per year, ranked among the districts it scores that year. */
export function* districtParRows(districts: Unit[], covered: Coverage, seed: number): Generator<Row> {
  for (const own of groupBy(districts, (d) => d.parent_id ?? "").values()) {
    const streams = own.map((d) => ({ d, rnd: streamOf(seed, "par-province", d.unit_id) }));
    const levels = streams.map(({ rnd }) => 68 + 22 * rnd());
    for (const year of years()) {
      const scored = streams
        .map(({ d, rnd }, i) => ({ d, value: score(rnd, levels[i] ?? 80, year, 0.5, 3, 50, 99) }))
        .filter(({ d }) => !covered.parIndex.has(`${d.unit_id}|${year}|province`))
        .sort((a, b) => b.value - a.value || a.d.unit_id.localeCompare(b.d.unit_id));
      for (const [i, { d, value }] of scored.entries()) {
        // Equal scores share a rank, as ranking tables print them.
        const rank = i > 0 && scored[i - 1]?.value === value ? scored.findIndex((s) => s.value === value) + 1 : i + 1;
        yield { unit_id: d.unit_id, year, assessor: "province", score: value, max_score: 100, percent_stated: null, rank, rank_of: scored.length, rank_scope: "province", band: band(value), quality: "stated", ...locator };
      }
    }
  }
}
