/**
 * Sets 2-4 place slices side by side for one year: which years they share, the rows every place has, the rows
 * only some have, a bar length for each figure (none where the figures are not on one basis) and the CSV of the
 * comparison (compareCsv.ts). Pure and catalogue-free: the compare page's script runs it in the browser on the
 * slices as shown (compareView.ts), with the page's words.
 */
import type { Basis } from "../metrics/compareFacts";
import type { CompareWords, FactView as Fact, SliceView as PlaceSlice } from "./compareView";
import { say } from "./compareView";

export interface CompareRow {
  key: string;
  label: string;
  /** One entry per place, in the order chosen; null where the place has no figure for this key in the year. */
  facts: (Fact | null)[];
  /** Bar length of each figure in percent of the bar's full width; all null when the figures are not comparable. */
  bars: (number | null)[];
  /** What differs between the places' figures (period, scale, assessor, method, scope), one sentence each. */
  differs: string[];
}

export interface Comparison {
  /** Keys every place has in the year, in the order they first appear. */
  shared: CompareRow[];
  /** Keys at least two places (but not all) have in the year; keys of one place when no key has two or more. */
  partial: CompareRow[];
}

/** A year some chosen place has figures for, and which of the places have some figure that year. */
export interface YearChoice {
  year: number;
  /** Names of the places with a figure that year, in the order chosen. */
  places: string[];
  /** True when one key has a figure for every place that year. */
  shared: boolean;
}

/** Every year any of the places has a figure for, latest first. */
export function yearChoices(slices: PlaceSlice[], words: CompareWords): YearChoice[] {
  const years = [...new Set(slices.flatMap((s) => s.facts.map((f) => f.year)))].sort((a, b) => b - a);
  return years.map((year) => {
    const places = slices.filter((s) => s.facts.some((f) => f.year === year)).map((s) => s.name);
    return { year, places, shared: compareRows(slices, year, words).shared.length > 0 };
  });
}

/** The latest year all places share a key in; failing that, the latest of the years with the most places. */
export function defaultYear(choices: YearChoice[]): number | null {
  const most = Math.max(0, ...choices.map((c) => c.places.length));
  return (choices.find((c) => c.shared) ?? choices.find((c) => c.places.length === most))?.year ?? null;
}

/**
 * Bar lengths of one row: percentages on a 0-100 scale, counts against the row's largest count. A row whose
 * figures are not all of one unit gets no bars (figures of different units are never drawn on one scale).
 */
export function barLengths(facts: (Fact | null)[]): (number | null)[] {
  const present = facts.filter((f): f is Fact => f !== null);
  if (present.some((f) => f.unit !== present[0]?.unit)) return facts.map(() => null);
  const top = present[0]?.unit === "percent" ? 100 : Math.max(0, ...present.map((f) => f.value ?? 0));
  return facts.map((f) => (f === null || f.value === null ? null : top > 0 ? Math.min(100, Math.max(0, (f.value / top) * 100)) : 0));
}

/** The aspects a row's figures must share, in the order a row names its differences. */
const ASPECTS: readonly (keyof Basis | "period")[] = ["period", "scale", "assessor", "method", "scope"];

/** "Thang điểm khác nhau: huyện A 96; thị xã B 70" for each aspect on which the row's figures differ. */
export function basisDifferences(slices: PlaceSlice[], facts: (Fact | null)[], words: CompareWords): string[] {
  return ASPECTS.flatMap((aspect) => {
    const values = facts.map((f) => (f ? (aspect === "period" ? f.period : f.basis[aspect]) ?? say(words, "compare.differs.unstated") : null));
    if (new Set(values.filter((v) => v !== null)).size < 2) return [];
    const named = values.flatMap((v, i) => (v === null ? [] : [`${slices[i]?.name} ${v}`])).join("; ");
    return [`${say(words, `compare.differs.${aspect}`)}: ${named}.`];
  });
}

/** The shared and partly shared rows of 2-4 places in one year (a year of one place each lists each place's figures). */
export function compareRows(slices: PlaceSlice[], year: number, words: CompareWords): Comparison {
  const byKey = slices.map((s) => new Map(s.facts.filter((f) => f.year === year).map((f) => [f.key, f])));
  const rows = [...new Set(byKey.flatMap((m) => [...m.keys()]))].map((key): CompareRow => {
    const facts = byKey.map((m) => m.get(key) ?? null);
    const differs = basisDifferences(slices, facts, words);
    // Unequal things never get equal-looking bars: any difference of basis removes the row's bars.
    return { key, label: facts.find((f) => f)?.label ?? key, facts, bars: differs.length ? facts.map(() => null) : barLengths(facts), differs };
  });
  const having = (keep: (n: number) => boolean) => rows.filter((r) => keep(r.facts.filter((f) => f).length));
  const shared = having((n) => n === slices.length);
  const partial = having((n) => n > 1 && n < slices.length);
  return { shared, partial: shared.length || partial.length ? partial : having((n) => n === 1) };
}
