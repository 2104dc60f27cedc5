/**
 * The report extractor's one entry point: text in, located candidate rows and their arithmetic checks out.
 * Pure (no astro:*, no DOM, no network), so the command line and the browser page run the same code.
 */
import { checkCandidates } from "./checks";
import { reportContext } from "./context";
import { readParagraph, type EngineState } from "./engine";
import { diacriticShare } from "./fold";
import { repairOcr } from "./ocr";
import { PlaceResolver } from "./places";
import { segmentReport } from "./segment";
import type { Candidate, ExtractOptions, ExtractResult } from "./types";

export type * from "./types";
export { toCsv, toDatasetRows, DATASET_COLUMNS } from "./rows";

/** Below this share of marked letters a Vietnamese text has lost its diacritics (OCR): repairs are applied. */
const OCR_THRESHOLD = 0.08;

/** Reads every figure of a CCHC report's text. */
export function extractReport(text: string, options: ExtractOptions): ExtractResult {
  const normalised = text.normalize("NFC").replace(/\r\n?/g, "\n");
  const ocr = diacriticShare(normalised.slice(0, 20000)) < OCR_THRESHOLD;
  const paragraphs = segmentReport(normalised).map((p) => (ocr ? { ...p, folded: repairOcr(p.folded) } : p));
  const resolver = new PlaceResolver(options.places);
  const context = reportContext(paragraphs, resolver, options.unitId);
  const warnings: string[] = [];
  if (ocr) warnings.push("the text has lost most diacritics (OCR?): read with repairs; check every figure against the original");
  if (!context.unit_id) warnings.push(context.unknown_unit ? `the text is about ${context.unknown_unit}, which data/units.csv does not have: add it, then pass --unit` : "no reporting unit found: pass --unit");
  if (!context.period_end) warnings.push("no period found in the title: fill period_start and period_end by hand");
  const state: EngineState = { footnoteParents: new Map(), inForce: new Map(), sectionLevel: new Map() };
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  // Headings are read too: "2. Chỉ số CCHC năm 2023 của huyện đạt 85,12/100 điểm" is a heading with a figure.
  for (const p of paragraphs) {
    for (const c of readParagraph(p, context, resolver, state, ocr)) {
      const key = [c.dataset, c.measure, c.level, c.unit_id, c.value, c.line, c.number_start].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(c);
    }
  }
  onTimeWording(candidates);
  return { candidates, checks: checkCandidates(candidates), context, warnings };
}

/**
 * "đúng hạn" alone includes early dossiers unless the same passage counts "trước hạn" apart (Decree 61/2018's
 * report template gives both): read it as on time incl. early, and say so.
 */
function onTimeWording(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!/^resolved_on_time(_pct)?$/.test(c.measure)) continue;
    const split = candidates.some((o) => o.measure.startsWith("resolved_early") && Math.abs(o.line - c.line) <= 2 && o.unit_id === c.unit_id && o.level === c.level);
    if (split) continue;
    c.measure = c.measure.replace("resolved_on_time", "resolved_on_time_incl_early");
    c.notes.push('"đúng hạn" with no separate early count: read as on time including early');
  }
}
