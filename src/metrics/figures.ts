/**
 * Groups long-format figures (dossiers, online services) into one record per place, period, level and
 * source, and derives rates. A rate is null when a count it needs is missing; nothing is filled in.
 */
import type { Located } from "../loaders/csv";
import type { DossierRow, OnlineServiceRow, Level } from "../schemas/figures";

export type FigureRow = DossierRow | OnlineServiceRow;

export interface FigureGroup<R extends FigureRow = FigureRow> {
  key: string;
  unit_id: string;
  period_start: string | null;
  period_end: string;
  level: Level;
  source_id: string;
  /** The row of each measure, with its line (the first the source gives). */
  values: Map<string, Located<R>>;
  /** Further rows for a measure the same source states again elsewhere (possibly with another value). */
  alternates: Located<R>[];
}

/** Groups rows by place, period, level and source, keeping input order of first appearance. */
export function groupFigures<R extends FigureRow>(rows: Located<R>[]): FigureGroup<R>[] {
  const groups = new Map<string, FigureGroup<R>>();
  for (const located of rows) {
    const r = located.row;
    const key = [r.unit_id, r.period_start ?? "", r.period_end, r.level, r.source_id].join("|");
    let group = groups.get(key);
    if (!group) {
      group = { key, unit_id: r.unit_id, period_start: r.period_start, period_end: r.period_end, level: r.level, source_id: r.source_id, values: new Map(), alternates: [] };
      groups.set(key, group);
    }
    if (group.values.has(r.measure)) group.alternates.push(located);
    else group.values.set(r.measure, located);
  }
  return [...groups.values()];
}

/** The value of one measure in a group, or null when the source gives none. */
export function valueOf(group: FigureGroup, measure: string): number | null {
  return group.values.get(measure)?.row.value ?? null;
}

/** Dossiers resolved on time or early: the split counts when given, else the combined count. */
export function resolvedInTime(group: FigureGroup): number | null {
  const combined = valueOf(group, "resolved_on_time_incl_early");
  if (combined !== null) return combined;
  const onTime = valueOf(group, "resolved_on_time");
  if (onTime === null) return null;
  return onTime + (valueOf(group, "resolved_early") ?? 0);
}

/** Resolved dossiers: stated, or else the sum of in-time and late when both are stated. */
export function resolvedTotal(group: FigureGroup): number | null {
  const stated = valueOf(group, "resolved");
  if (stated !== null) return stated;
  const inTime = resolvedInTime(group);
  const late = valueOf(group, "resolved_late");
  return inTime !== null && late !== null ? inTime + late : null;
}

/** Share of resolved dossiers resolved on time or early, in percent (denominator: resolved). */
export function onTimeRate(group: FigureGroup): number | null {
  const inTime = resolvedInTime(group);
  const resolved = resolvedTotal(group);
  return inTime === null || !resolved ? null : (inTime / resolved) * 100;
}

/** Share of resolved dossiers resolved late, in percent (denominator: resolved). */
export function lateRate(group: FigureGroup): number | null {
  const late = valueOf(group, "resolved_late");
  const resolved = resolvedTotal(group);
  return late === null || !resolved ? null : (late / resolved) * 100;
}
