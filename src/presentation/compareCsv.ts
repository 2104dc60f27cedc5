/**
 * The compare page's CSV: one line per place and indicator of the year shown, each value at its stated precision
 * with its period, basis, caveats and source. Pure; the page's script loads it on demand after drawing the table.
 */
import type { CompareWords, FactView as Fact, SliceView as PlaceSlice } from "./compareView";
import { say } from "./compareView";
import type { CompareRow } from "./compareTable";
import { csvLine } from "../lib/csvCell";

/** Caveats of one figure, and the rank when there is no value to show it beside. */
function caveatCell(fact: Fact, words: CompareWords): string {
  return [...fact.caveats, ...(fact.value === null && fact.rank !== null ? [say(words, "compare.csv.rankOnly")] : [])].join(" ");
}

/** The columns of the compare CSV, one line per figure. */
export const COMPARE_CSV_COLUMNS = [
  "indicator", "year", "period", "unit_id", "place", "value", "max", "unit", "rank", "rank_of", "differs", "caveats", "source_id", "source",
] as const;

/**
 * CSV of a comparison, one line per place and indicator (gaps included, empty): the value at its stated precision
 * (a score with its maximum, a percentage or a count), the row's differences of basis, the figure's caveats, the
 * source id and the source link made absolute against `base` (the page's address), in the page's words. Text cells are formula-neutralised.
 */
export function comparisonCsv(slices: PlaceSlice[], rows: CompareRow[], year: number, base: string, words: CompareWords): string {
  const lines = rows.flatMap((row) => row.facts.map((f, i) => {
    const s = slices[i];
    return [
      row.label, year, f?.period ?? "", s?.unit_id ?? "", s?.name ?? "", f?.stated ?? null, f?.max ?? null,
      f ? (f.max !== null ? "score" : f.unit) : "", f?.rank ?? null, f?.rank_of ?? null, row.differs.join(" "),
      f ? caveatCell(f, words) : say(words, "compare.csv.gap"), f?.source_id ?? "", f ? new URL(f.source, base).href : "",
    ];
  }));
  return [[...COMPARE_CSV_COLUMNS], ...lines].map(csvLine).join("\n") + "\n";
}
