/**
 * Sets 2-4 place slices side by side: the rows every place has, the rows only some have, a bar length for each
 * figure and the CSV of the comparison. Pure and dependency-free: the compare page's script runs it in the browser.
 */
import type { Fact, PlaceSlice } from "./compareFacts";
import { csvLine } from "../lib/csvCell";

export interface CompareRow {
  key: string;
  label: string;
  /** One entry per place, in the order chosen; null where the place has no figure for this key. */
  facts: (Fact | null)[];
  /** Bar length of each figure in percent of the bar's full width; null where there is no value to draw. */
  bars: (number | null)[];
  /** True when the places' figures cover different periods (shown next to the row, never hidden). */
  periodsDiffer: boolean;
}

export interface Comparison {
  /** Keys every place has, in the order they first appear. */
  shared: CompareRow[];
  /** Keys at least two places (but not all) have. */
  partial: CompareRow[];
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

function rowOf(slices: PlaceSlice[], key: string): CompareRow {
  const facts = slices.map((s) => s.facts.find((f) => f.key === key) ?? null);
  const periods = new Set(facts.flatMap((f) => (f ? [f.period] : [])));
  const first = facts.find((f): f is Fact => f !== null);
  return { key, label: first?.label ?? key, facts, bars: barLengths(facts), periodsDiffer: periods.size > 1 };
}

/** The shared and partly shared rows of 2-4 places. */
export function compareRows(slices: PlaceSlice[]): Comparison {
  const order = [...new Set(slices.flatMap((s) => s.facts.map((f) => f.key)))];
  const count = (key: string) => slices.filter((s) => s.facts.some((f) => f.key === key)).length;
  return {
    shared: order.filter((k) => count(k) === slices.length).map((k) => rowOf(slices, k)),
    partial: order.filter((k) => count(k) > 1 && count(k) < slices.length).map((k) => rowOf(slices, k)),
  };
}

/** "năm 2024", or each place's period when they differ ("tỉnh A: năm 2024; tỉnh B: năm 2023"). */
function periodCell(slices: PlaceSlice[], row: CompareRow): string {
  if (!row.periodsDiffer) return row.facts.find((f) => f !== null)?.period ?? "";
  return row.facts.flatMap((f, i) => (f ? [`${slices[i]?.name}: ${f.period}`] : [])).join("; ");
}

/** Caveats every place shares, once; the others (and a rank given without a value) prefixed with their place. */
function caveatCell(slices: PlaceSlice[], row: CompareRow): string {
  const present = row.facts.filter((f): f is Fact => f !== null);
  const shared = new Set(present[0]?.caveats.filter((c) => present.every((f) => f.caveats.includes(c))));
  const own = row.facts.flatMap((f, i) => {
    if (!f) return [];
    const notes = f.caveats.filter((c) => !shared.has(c));
    // A rank without a value leaves the value cell empty; the rank is said here.
    if (f.value === null) notes.push(`chỉ có thứ hạng (${f.display}), không có điểm.`);
    return notes.map((c) => `${slices[i]?.name}: ${c}`);
  });
  return [...shared, ...own].join(" ");
}

/**
 * CSV of a comparison: indicator, unit (percent or count), period, caveats, then one column of plain numbers per
 * place (headed by its unit_id; empty where there is no figure). Text cells are formula-neutralised.
 */
export function comparisonCsv(slices: PlaceSlice[], rows: CompareRow[]): string {
  const header = ["indicator", "unit", "period", "caveats", ...slices.map((s) => s.unit_id)];
  const lines = rows.map((row) => [
    row.label, row.facts.find((f) => f !== null)?.unit ?? "", periodCell(slices, row), caveatCell(slices, row),
    ...row.facts.map((f) => f?.value ?? null),
  ]);
  return [header, ...lines].map(csvLine).join("\n") + "\n";
}
