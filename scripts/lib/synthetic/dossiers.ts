/**
 * Synthetic dossier and online-service counts that pass the site's consistency checks (src/metrics/checks.ts):
 * received = resolved + pending, resolved = resolved on time (early included) + resolved late. Both datasets draw
 * a place-period's counts from the same stream, so its online dossiers never exceed the dossiers it received.
 */
import type { Unit } from "../../../src/schemas/units";
import type { Level } from "../../../src/schemas/figures";
import type { Coverage } from "./coverage";
import type { Period } from "./periods";
import { skewedWeight, streamOf } from "./random";
import type { Row } from "./scores";
import { SYNTHETIC_SOURCE_ID } from "./unit";

/** A place that reports dossiers: at which level, over which periods, and how many per period for a middling place. */
export interface Reporter {
  unit: Unit;
  level: Level;
  periods: readonly Period[];
  /** Dossiers a middling place of this tier receives per period. */
  volume: number;
}

export interface DossierCounts {
  received: number;
  resolved: number;
  onTime: number;
  late: number;
  pending: number;
  online: number;
  postal: number;
}

/** Share of dossiers submitted online in a year: a few percent in 2017, most of them by 2026. */
function onlineShare(year: number): number {
  return Math.min(0.9, 0.05 + 0.07 * Math.max(0, year - 2017));
}

/** The counts of one place in one period; the same for every caller with the same seed. */
export function dossierCounts(seed: number, reporter: Reporter, period: Period): DossierCounts {
  const size = skewedWeight(streamOf(seed, "volume", reporter.unit.unit_id), 0.5);
  const rnd = streamOf(seed, "dossiers", reporter.unit.unit_id, period.end);
  const received = Math.max(1, Math.round(reporter.volume * size * (0.85 + 0.3 * rnd())));
  const pending = Math.floor(received * 0.03 * rnd());
  const resolved = received - pending;
  const late = rnd() < 0.4 ? 0 : Math.floor(resolved * 0.02 * rnd());
  const online = Math.floor(received * Math.min(0.98, onlineShare(Number(period.end.slice(0, 4))) * (0.7 + 0.6 * rnd())));
  const postal = Math.floor(received * 0.05 * rnd());
  return { received, resolved, onTime: resolved - late, late, pending, online, postal };
}

function* periodsToFill(reporters: Iterable<Reporter>, covered: Coverage): Generator<[Reporter, Period]> {
  for (const r of reporters) {
    for (const p of r.periods) if (!covered.figures.has(`${r.unit.unit_id}|${p.end.slice(0, 4)}`)) yield [r, p];
  }
}

const cells = (r: Reporter, p: Period, line: number) => ({
  unit_id: r.unit.unit_id, period_start: p.start, period_end: p.end, level: r.level, value_unit: "count", denominator: null,
  source_id: SYNTHETIC_SOURCE_ID, line, section: null, note: null,
});

/** dossiers.csv rows: five counts per place and period, on the period's line. */
export function* dossierRows(reporters: Iterable<Reporter>, covered: Coverage, seed: number): Generator<Row> {
  for (const [r, p] of periodsToFill(reporters, covered)) {
    const c = dossierCounts(seed, r, p);
    const base = cells(r, p, p.line);
    yield { ...base, measure: "received", value: c.received };
    yield { ...base, measure: "resolved", value: c.resolved };
    yield { ...base, measure: "resolved_on_time_incl_early", value: c.onTime };
    yield { ...base, measure: "resolved_late", value: c.late };
    yield { ...base, measure: "pending", value: c.pending };
  }
}

/** online_services.csv rows: dossiers submitted online and results returned by post, on the next line. */
export function* onlineRows(reporters: Iterable<Reporter>, covered: Coverage, seed: number): Generator<Row> {
  for (const [r, p] of periodsToFill(reporters, covered)) {
    const c = dossierCounts(seed, r, p);
    const base = cells(r, p, p.line + 1);
    yield { ...base, measure: "dossiers_online", value: c.online };
    yield { ...base, measure: "dossiers_postal_bcci", value: c.postal };
  }
}
