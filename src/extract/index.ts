/**
 * The report extractor's one entry point: text in, located candidate rows and their arithmetic checks out.
 * Pure (no astro:*, no DOM, no network), so the command line and the browser page run the same code.
 */
import type { ExtractOptions, ExtractResult } from "./types";

export type * from "./types";
export { toCsv, toDatasetRows, DATASET_COLUMNS } from "./rows";

/** Reads every figure of a CCHC report's text. */
export function extractReport(text: string, options: ExtractOptions): ExtractResult {
  // Engine lands in the next commit; the shape is fixed here so the command and the page can be built against it.
  void text;
  void options;
  return { candidates: [], checks: [], context: { unit_id: options.unitId ?? null, unit_note: "", period_start: null, period_end: null, period_note: "" }, warnings: [] };
}
