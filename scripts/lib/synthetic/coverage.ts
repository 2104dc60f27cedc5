/**
 * What the real data already says, so synthetic figures only fill gaps: a real row is never shadowed by a made-up
 * one for the same place and year (the site would show both, as two sources).
 */
import type { Tables } from "../../../src/loaders/datasets";

export interface Coverage {
  /** `unit|year|assessor` of every real PAR INDEX row. */
  parIndex: Set<string>;
  /** `unit|year|survey|indicator` of every real satisfaction row. */
  satisfaction: Set<string>;
  /** `unit|year` (year of period_end) of every real dossier or online-service row. */
  figures: Set<string>;
}

/** The keys of the real rows, from the validated tables. */
export function coverageOf(tables: Pick<Tables, "par_index" | "satisfaction" | "dossiers" | "online_services">): Coverage {
  return {
    parIndex: new Set(tables.par_index.map(({ row }) => `${row.unit_id}|${row.year}|${row.assessor}`)),
    satisfaction: new Set(tables.satisfaction.map(({ row }) => `${row.unit_id}|${row.year}|${row.survey}|${row.indicator}`)),
    figures: new Set([...tables.dossiers, ...tables.online_services].map(({ row }) => `${row.unit_id}|${row.period_end.slice(0, 4)}`)),
  };
}
