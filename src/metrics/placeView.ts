/** Everything a place page shows, gathered from the tables for one unit (pure; no Astro). */
import type { Tables } from "../loaders/datasets";
import type { Located } from "../loaders/csv";
import type { DossierRow, OnlineServiceRow } from "../schemas/figures";
import type { Source } from "../schemas/sources";
import { Places } from "./places";
import { runChecks, type Check } from "./checks";
import { groupFigures, lateRate, onTimeRate, type FigureGroup } from "./figures";
import { groupBy } from "../lib/collect";

export interface DossierGroupView {
  group: FigureGroup<DossierRow>;
  onTime: number | null;
  late: number | null;
  checks: Check[];
}

const LEVEL_ORDER = { total: 0, province: 1, department: 2, district: 3, commune: 4 } as const;

function sortGroups<R extends DossierRow | OnlineServiceRow>(groups: FigureGroup<R>[]): FigureGroup<R>[] {
  return [...groups].sort((a, b) => b.period_end.localeCompare(a.period_end) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** Index built once per build: places, sources, checks. */
export class SiteData {
  readonly places: Places;
  readonly sources: Map<string, Source>;
  readonly checks: Check[];

  private readonly indexes = new Map<object, Map<string, unknown[]>>();
  private readonly checksByUnit: Map<string, Check[]>;

  constructor(readonly tables: Tables) {
    this.places = new Places(tables.units.map((r) => r.row));
    this.sources = new Map(tables.sources.map((r) => [r.row.source_id, r.row]));
    this.checks = runChecks(tables);
    this.checksByUnit = groupBy(this.checks, (c) => c.unit_id);
  }

  /** Items of one table for one key, through an index built on first use (pages ask once per place). */
  private indexed<T>(items: readonly T[], key: (item: T) => string, id: string): T[] {
    let index = this.indexes.get(items) as Map<string, T[]> | undefined;
    if (!index) {
      index = groupBy(items, key);
      this.indexes.set(items, index as Map<string, unknown[]>);
    }
    return index.get(id) ?? [];
  }

  private locatedOf<T extends { unit_id: string }>(rows: Located<T>[], unitId: string): Located<T>[] {
    return this.indexed(rows, (r) => r.row.unit_id, unitId);
  }

  private rowsOf<T extends { unit_id: string }>(rows: Located<T>[], unitId: string): T[] {
    return this.locatedOf(rows, unitId).map((r) => r.row);
  }

  parIndex(unitId: string) {
    return this.rowsOf(this.tables.par_index, unitId).sort((a, b) => b.year - a.year || a.assessor.localeCompare(b.assessor));
  }

  parComponents(unitId: string) {
    return this.rowsOf(this.tables.par_components, unitId);
  }

  satisfaction(unitId: string) {
    return this.rowsOf(this.tables.satisfaction, unitId).sort((a, b) => b.year - a.year);
  }

  stats(unitId: string) {
    return this.indexed(this.tables.stats, (r) => r.row.scope_unit_id, unitId).map((r) => r.row);
  }

  checksFor(unitId: string): Check[] {
    return this.checksByUnit.get(unitId) ?? [];
  }

  dossierGroups(unitId: string): DossierGroupView[] {
    const rows = this.locatedOf(this.tables.dossiers, unitId);
    const checks = this.checksFor(unitId);
    return sortGroups(groupFigures(rows)).map((group) => ({
      group,
      onTime: onTimeRate(group),
      late: lateRate(group),
      checks: checks.filter((c) => c.dataset === "dossiers" && c.id.startsWith(`dossiers-${group.key}-`)),
    }));
  }

  onlineGroups(unitId: string) {
    const rows = this.locatedOf(this.tables.online_services, unitId);
    const checks = this.checksFor(unitId);
    return sortGroups(groupFigures(rows)).map((group) => ({
      group,
      checks: checks.filter((c) => c.dataset === "online_services" && c.id.startsWith(`online_services-${group.key}-`)),
    }));
  }

  /** True when any dataset has a figure for the unit. */
  hasFigures(unitId: string): boolean {
    return this.parIndex(unitId).length + this.satisfaction(unitId).length + this.stats(unitId).length > 0 ||
      this.locatedOf(this.tables.dossiers, unitId).length > 0 || this.locatedOf(this.tables.online_services, unitId).length > 0;
  }
}

let site: SiteData | undefined;
/** One SiteData per build process. */
export function siteData(tables: Tables): SiteData {
  if (!site || site.tables !== tables) site = new SiteData(tables);
  return site;
}
