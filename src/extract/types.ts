/**
 * The shapes the report extractor produces. A candidate is one figure read from one place in a report's text,
 * already in the columns of its target dataset (so a reviewed row can be pasted into data/), plus where it was
 * read from (line, character span, the exact quote) and notes on everything the extractor assumed.
 */
import type { CheckWords } from "../metrics/checks";

/** Datasets the extractor writes rows for. */
export type ExtractDataset = "dossiers" | "online_services" | "par_index" | "satisfaction";

/** Which tier a figure belongs to (the `level` column of dossiers and online_services). */
export type ExtractLevel = "province" | "district" | "commune" | "department" | "total";

/** One unit the resolver can name: the fields of units.csv it needs (no other dependency on data/). */
export interface PlaceRecord {
  unit_id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  aliases: string[];
  valid_from: string | null;
  valid_to: string | null;
}

/** One figure read from a report. */
export interface Candidate {
  dataset: ExtractDataset;
  /**
   * dossiers / online_services: the measure code (`received`, `resolved_late_pct`, ...);
   * par_index: `score`, `max_score`, `percent_stated`, `rank`, `rank_of`; satisfaction: `value`, `rank`, `rank_of`.
   */
  measure: string;
  /** Tier for dossiers / online_services; for par_index and satisfaction the tier of the unit assessed. */
  level: ExtractLevel;
  /** The figure as a number (a percentage as 0-100). */
  value: number;
  /** `count` or `percent` (dossiers / online_services); `score`, `rank` or `percent` otherwise. */
  value_unit: "count" | "percent" | "score" | "rank";
  /** For a stated share: the count measure it is a share of (dossiers / online_services), else null. */
  denominator: string | null;
  /** Place the figure is about (units.unit_id), or null when the text names no known place. */
  unit_id: string | null;
  /** A place named in the text that the resolver does not know (to add to units.csv), else null. */
  unknown_place: string | null;
  /** ISO dates of the period the figure covers; start null for a stock counted on `period_end`. */
  period_start: string | null;
  period_end: string | null;
  /** par_index / satisfaction: the assessment year. */
  year: number | null;
  /** par_index: ministry / province / self; satisfaction: the survey code (sipas, ...). */
  assessor: string | null;
  /** 1-based line of the report text. */
  line: number;
  /** The heading of the section the line sits under ("" when none). */
  section: string;
  /** The exact text the figure was read from (a slice of the line). */
  quote: string;
  /** Character offsets of `quote` in the line (for highlighting). */
  start: number;
  end: number;
  /** Offsets of the number itself in the line. */
  number_start: number;
  number_end: number;
  /** English notes on anything assumed or ambiguous (also written into the row's `note` column). */
  notes: string[];
}

/** An arithmetic check over candidates, as codes and numbers (worded by src/presentation/checkSentence.ts), with the lines it involves. */
export interface CandidateCheck {
  id: string;
  ok: boolean;
  /** How serious a failed check is (src/metrics/grade.ts): ok, rounding, missing or contradiction. */
  grade: "ok" | "rounding" | "missing" | "contradiction";
  kind: string;
  /** The figure stated and what the others give. */
  stated: number;
  computed: number;
  /** What the check's sentence says (src/metrics/checks.ts). */
  words: CheckWords;
  lines: number[];
}

/** What the extractor knows about the whole report (from its title and heading). */
export interface ReportContext {
  unit_id: string | null;
  /** The reporting place as printed when units.csv does not know it ("huyện Krông Pắc"), else null. */
  unknown_unit: string | null;
  unit_note: string;
  period_start: string | null;
  period_end: string | null;
  period_note: string;
}

/** Everything one extraction returns. */
export interface ExtractResult {
  candidates: Candidate[];
  checks: CandidateCheck[];
  context: ReportContext;
  /** Report-level warnings in English (e.g. "no period found in the title"). */
  warnings: string[];
}

/** Options of one extraction. */
export interface ExtractOptions {
  /** Units the place resolver knows. */
  places: PlaceRecord[];
  /** Force the reporting unit (else guessed from the heading). */
  unitId?: string;
  /** Written into the `source_id` column of the rows. */
  sourceId?: string;
}
