/** Everything a place page shows, gathered from the tables for one unit (pure; no Astro). */
import type { Tables } from "../loaders/datasets";
import type { DossierRow, OnlineServiceRow } from "../schemas/figures";
import type { Source } from "../schemas/sources";
import { Places } from "./places";
import { eachCheck, figureChecks, parChecks, type Check } from "./checks";
import { summariseChecks, type CheckSummary } from "./qualityList";
import { groupFigures, lateRate, onTimeRate, type FigureGroup } from "./figures";
import { rowsOfUnit } from "../tables/byUnit";
import { FACT_DATASETS, type FactDatasetName } from "../schemas/index";
import { groupBy, memoRecent } from "../lib/collect";

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

const unitChecks = new WeakMap<SiteData, Map<string, Check[]>>();

/** Index built once per build: places, sources, a summary of the checks. */
export class SiteData {
  readonly places: Places;
  readonly sources: Map<string, Source>;
  /** Counts by grade and the checks the data-quality page lists; not every check (the country has 230,000). */
  readonly checkSummary: CheckSummary;

  private readonly parChecksByUnit: Map<string, Check[]>;

  constructor(readonly tables: Tables) {
    this.places = new Places(tables.units.map((r) => r.row));
    this.sources = new Map(tables.sources.map((r) => [r.row.source_id, r.row]));
    this.checkSummary = summariseChecks(eachCheck(tables));
    this.parChecksByUnit = groupBy(parChecks(tables), (c) => c.unit_id);
  }

  private rowsOf<N extends FactDatasetName>(name: N, unitId: string): Tables[N][number]["row"][] {
    return rowsOfUnit(this.tables, name, unitId).map((r) => r.row) as Tables[N][number]["row"][];
  }

  parIndex(unitId: string) {
    return this.rowsOf("par_index", unitId).sort((a, b) => b.year - a.year || a.assessor.localeCompare(b.assessor));
  }

  parComponents(unitId: string) {
    return this.rowsOf("par_components", unitId);
  }

  satisfaction(unitId: string) {
    return this.rowsOf("satisfaction", unitId).sort((a, b) => b.year - a.year);
  }

  stats(unitId: string) {
    return this.rowsOf("stats", unitId);
  }

  /**
   * The checks of one place's figures, in runChecks order: made from its rows when its pages ask (kept while they
   * render: a place page asks several times), not held for the whole build.
   */
  checksFor(unitId: string): Check[] {
    return memoRecent(unitChecks, this, unitId, () => {
      const own = { dossiers: rowsOfUnit(this.tables, "dossiers", unitId), online_services: rowsOfUnit(this.tables, "online_services", unitId) };
      return [...figureChecks(own), ...(this.parChecksByUnit.get(unitId) ?? [])];
    }, 64);
  }

  dossierGroups(unitId: string): DossierGroupView[] {
    const rows = rowsOfUnit(this.tables, "dossiers", unitId);
    const checks = this.checksFor(unitId);
    return sortGroups(groupFigures(rows)).map((group) => ({
      group,
      onTime: onTimeRate(group),
      late: lateRate(group),
      checks: checks.filter((c) => c.dataset === "dossiers" && c.id.startsWith(`dossiers-${group.key}-`)),
    }));
  }

  onlineGroups(unitId: string) {
    const rows = rowsOfUnit(this.tables, "online_services", unitId);
    const checks = this.checksFor(unitId);
    return sortGroups(groupFigures(rows)).map((group) => ({
      group,
      checks: checks.filter((c) => c.dataset === "online_services" && c.id.startsWith(`online_services-${group.key}-`)),
    }));
  }

  /** True when any dataset of figures (the registry's fact datasets) has a row about the unit. */
  hasFigures(unitId: string): boolean {
    return FACT_DATASETS.some((name) => rowsOfUnit(this.tables, name, unitId).length > 0);
  }
}

let site: SiteData | undefined;
/** One SiteData per build process. */
export function siteData(tables: Tables): SiteData {
  if (!site || site.tables !== tables) site = new SiteData(tables);
  return site;
}
