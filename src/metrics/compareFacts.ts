/**
 * The comparable figures of one place, as a flat list keyed by what they measure and the year they cover, so
 * that 2-4 places can be set side by side for one year on the shared keys. Each key appears at most once per
 * place and year. Numbers and codes only: one slice serves both editions, and the words (label, period, display,
 * caveats, basis) are made from it in the page's language by src/presentation/compareView.ts. `basis` says
 * what must match (scale, assessor, method, scope) before two figures may share a bar scale.
 */
import type { SiteData } from "./placeView";
import type { Check } from "./checks";
import type { FigureGroup } from "./figures";
import type { Unit, UnitKind } from "../schemas/units";
import type { Level } from "../schemas/figures";
import { PAR_METHOD_BREAKS, SIPAS_METHOD_BREAKS } from "./caveats";
import { provinceHistory } from "./provinceContext";
import { disagrees, parPercent } from "./rankings";
import { tierOf } from "./places";
import { DOSSIER_MEASURES, ONLINE_MEASURES } from "../schemas/measures";
import { FACT_DATASETS, type FactDatasetName } from "../schemas/index";
import type { ParIndexRow } from "../schemas/parIndex";
import type { SatisfactionRow } from "../schemas/satisfaction";
import type { Source } from "../schemas/sources";

/**
 * A sentence by its message key (compare.* in the catalogue) and its parameters: how a slice carries a caveat
 * without words. Parameters are numbers, years as text, ISO dates (`date`) or "@place"/"@province" for the
 * slice's own place or its province, named in the page's language.
 */
export interface Term {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * What two figures of one row must share to be drawn on one bar scale, as codes: the scale's maximum ("96"), who
 * assessed ("ministry", "province", "self"), the method ("par:2022-2023", "criteria:soc-trang",
 * "survey-own:<unit>"), what a count covers ("one:commune" against "all:commune:district"). An absent field is
 * not part of this figure's basis; two figures share a basis when their codes are equal.
 */
export interface Basis {
  scale?: string;
  assessor?: string;
  method?: string;
  scope?: string;
}

export interface Fact {
  /** What is measured, the same across places (e.g. "par:ministry", "on_time:district", "received:commune"). */
  key: string;
  /** The year the figure is about (a period's end year); a comparison shows one year. */
  year: number;
  /** Period of this place's figure within that year (ISO dates); differing periods are shown, never hidden. */
  period_start: string | null;
  period_end: string;
  /** The figure for bars: a percentage (0-100, of the scale's maximum for scores, 2 decimals) or a count; null when only a rank is known. */
  value: number | null;
  /** What `value` is: bars of percentages run to 100, bars of counts to the largest count in the row. */
  unit: "percent" | "count";
  /** The figure at its stated precision (a score on its own scale, a percentage, a count; recomputed rates to 2 decimals). */
  stated: number | null;
  /** The scale's maximum when `stated` is a score ("72.63" of 96); null otherwise. */
  max: number | null;
  rank: number | null;
  rank_of: number | null;
  basis: Basis;
  caveats: Term[];
  /** The source's id in data/sources.csv and its line; a null id is a rate recomputed from the place's figures. */
  source_id: string | null;
  line: number | null;
}

/** A place as a compared column: its name as data/ gives it and its kind, named in the page's language. */
export interface PlaceName {
  name: string;
  kind: UnitKind;
}

export interface PlaceSlice extends PlaceName {
  unit_id: string;
  /** The province the place lies in (a caveat or a method may name it); null for a province itself. */
  province: PlaceName | null;
  valid_to: string | null;
  facts: Fact[];
}

/** Two decimals: the precision figures are shown at, without binary noise (75.65624999999999 -> 75.66). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Received dossiers lead a group's rows, then the rates computed from the counts, then every other figure. */
const OTHER_DOSSIER_MEASURES = DOSSIER_MEASURES.filter((m) => m !== "received");

/**
 * The method era a national figure of a year belongs to, as a code: "<2022" before the first break, ">=2024"
 * from the last, "2022" for an era of one year, "2022-2023" otherwise. Figures of different eras are not comparable.
 */
export function methodEraCode(breaks: readonly number[], year: number): string {
  const since = [...breaks].reverse().find((b) => year >= b);
  if (since === undefined) return `<${breaks[0]}`;
  const next = breaks.find((b) => b > year);
  return next === undefined ? `>=${since}` : next - 1 === since ? `${since}` : `${since}-${next - 1}`;
}

const QUALITY_TERM: Record<string, Term> = {
  listing_order: { key: "compare.caveat.quality.listing_order" },
  inferred: { key: "compare.caveat.quality.inferred" },
  derived: { key: "compare.caveat.quality.derived" },
};

/** The caveat of a weaker row quality (a rank from listing order, an inferred or derived value); none for stated rows. */
function qualityTerms(quality: string): Term[] {
  return QUALITY_TERM[quality] ? [QUALITY_TERM[quality] as Term] : [];
}

const isBreak = (breaks: readonly number[], year: number) => breaks.includes(year);

/** Caveats of one PAR INDEX figure (as caveats.ts parCaveats says them). */
function parTerms(row: ParIndexRow, source: Source | undefined): Term[] {
  const terms: Term[] = [];
  if (row.max_score !== 100) terms.push({ key: "compare.caveat.par.scale", params: { max: row.max_score } });
  if (row.assessor === "self") terms.push({ key: "compare.caveat.par.self" });
  if (row.assessor === "province") terms.push({ key: "compare.caveat.par.province" });
  if (row.assessor === "ministry" && isBreak(PAR_METHOD_BREAKS, row.year)) terms.push({ key: "compare.caveat.par.methodBreak", params: { year: String(row.year) } });
  const reportYear = source?.period_end?.slice(0, 4);
  if (source?.kind === "report" && reportYear && Number(reportYear) !== row.year) {
    terms.push({ key: "compare.caveat.par.laterReport", params: { year: String(row.year), reportYear } });
  }
  return [...terms, ...qualityTerms(row.quality)];
}

/** Caveats of one satisfaction figure (as caveats.ts satisfactionCaveats says them). */
function satisfactionTerms(row: SatisfactionRow): Term[] {
  const terms: Term[] = [];
  if (row.survey === "sipas" && isBreak(SIPAS_METHOD_BREAKS, row.year)) terms.push({ key: "compare.caveat.satisfaction.sipasBreak" });
  if (row.survey === "local_survey") terms.push({ key: "compare.caveat.satisfaction.local" });
  if (row.survey === "provincial_survey") terms.push({ key: "compare.caveat.satisfaction.provincial" });
  return [...terms, ...qualityTerms(row.quality)];
}

/** Caveats of a period of counts: half years, single months and early cut-offs (as caveats.ts periodCaveats). */
function periodTerms(start: string | null, end: string): Term[] {
  if (start && end.endsWith("-06-30") && start.endsWith("-01-01")) return [{ key: "compare.caveat.period.half" }];
  // A whole calendar month (dashboards publish monthly since 7/2025) is a complete period, not an early cut-off.
  if (start && isWholeMonth(start, end)) return [{ key: "compare.caveat.period.month" }];
  if (end.slice(5) !== "12-31" && end.slice(5) !== "06-30") return [{ key: "compare.caveat.period.until", params: { date: end } }];
  return [];
}

/** True when start is the first day of a month and end the last day of the same month (ISO dates). */
function isWholeMonth(start: string, end: string): boolean {
  if (!start.endsWith("-01") || start.slice(0, 7) !== end.slice(0, 7)) return false;
  const [year, month] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  return Number(end.slice(8, 10)) === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar year as a period. */
const wholeYear = (year: number) => ({ period_start: `${year}-01-01`, period_end: `${year}-12-31` });

function parFacts(site: SiteData, unitId: string): Fact[] {
  const rows = site.parIndex(unitId).filter((r) => r.score !== null || r.percent_stated !== null || r.rank !== null);
  const province = site.places.provinceOf(unitId);
  return rows.map((r) => {
    const pct = parPercent(r);
    const ministry = r.assessor === "ministry";
    const caveats = parTerms(r, site.sources.get(r.source_id));
    const others = rows.filter((o) => o !== r && o.year === r.year && o.assessor === r.assessor);
    if (others.some((o) => o.score !== r.score || o.rank !== r.rank)) caveats.push({ key: "compare.caveat.sourcesDiffer.place" });
    return {
      // Province-assessed and self-assessed district scores share a row; their basis makes the row say which is which.
      key: ministry ? "par:ministry" : "par:district", year: r.year, ...wholeYear(r.year),
      value: pct === null ? null : round2(pct), unit: "percent",
      stated: r.score ?? r.percent_stated, max: r.score !== null ? r.max_score : null, rank: r.rank, rank_of: r.rank_of,
      basis: {
        scale: String(r.max_score), assessor: r.assessor,
        // Each province sets its own criteria for its districts, so districts of two provinces differ.
        method: ministry ? `par:${methodEraCode(PAR_METHOD_BREAKS, r.year)}` : `criteria:${province?.unit_id ?? ""}`,
      },
      caveats, source_id: r.source_id, line: r.line,
    };
  });
}

/** A province's national SIPAS of every year with a value or a rank, read from the ranking entries (which hold every source's row). */
function sipasFacts(site: SiteData, unit: Unit): Fact[] {
  if (tierOf(unit.kind) !== "province") return [];
  return provinceHistory(site.tables, unit).filter((h) => h.indicator === "sipas" && (h.entry.value !== null || h.entry.rank !== null)).reverse().map(({ entry, year }) => {
    const since = SIPAS_METHOD_BREAKS[0];
    const caveats: Term[] = year >= since ? [{ key: "compare.caveat.sipas.method", params: { since: String(since), before: String(since - 1) } }] : [];
    caveats.push(...qualityTerms(entry.quality));
    if (disagrees(entry)) caveats.push({ key: "compare.caveat.sourcesDiffer.province" });
    return {
      key: "sipas", year, ...wholeYear(year), value: entry.value, unit: "percent",
      stated: entry.value, max: null, rank: entry.rank, rank_of: entry.rank_of,
      basis: { scale: "100", assessor: "ministry", method: `sipas:${methodEraCode(SIPAS_METHOD_BREAKS, year)}` },
      caveats, source_id: entry.source_id, line: null,
    };
  });
}

/** Who ran a satisfaction survey: the ministry's SIPAS is one method per era; a province's or a unit's own survey is its own. */
function surveyMethod(site: SiteData, unit: Unit, survey: string, year: number): string {
  if (survey === "sipas") return `sipas:${methodEraCode(SIPAS_METHOD_BREAKS, year)}`;
  const province = site.places.provinceOf(unit.unit_id);
  return survey === "provincial_survey" && province ? `survey-province:${province.unit_id}` : `survey-own:${unit.unit_id}`;
}

function satisfactionFacts(site: SiteData, unit: Unit): Fact[] {
  const province = tierOf(unit.kind) === "province";
  // A province's national SIPAS is sipasFacts; its rows are not repeated here.
  return site.satisfaction(unit.unit_id).filter((r) => !(province && r.survey === "sipas" && r.indicator === "overall") && (r.value !== null || r.rank !== null)).map((r) => ({
    key: `satisfaction:${r.survey}:${r.indicator}`, year: r.year, ...wholeYear(r.year),
    value: r.value !== null ? round2((r.value / r.max_value) * 100) : null, unit: "percent",
    stated: r.value, max: r.max_value === 100 ? null : r.max_value, rank: r.rank, rank_of: r.rank_of,
    basis: { scale: String(r.max_value), method: surveyMethod(site, unit, r.survey, r.year) },
    caveats: satisfactionTerms(r), source_id: r.source_id, line: r.line,
  }));
}

/** A note for a tier's dossier count of a larger place: it covers all units of that tier together, not one of them. */
function levelTerms(unit: Unit, level: Level): Term[] {
  const tier = tierOf(unit.kind);
  if (level === "commune" && tier !== "commune") return [{ key: "compare.caveat.level.allCommunes", params: { place: "@place" } }];
  if (level === "district" && tier === "province") return [{ key: "compare.caveat.level.allDistricts", params: { place: "@place" } }];
  return [];
}

/** What a district- or commune-level figure covers: one unit ("one:commune"), or all units of that level in a larger place ("all:commune:district"). */
function levelScope(unit: Unit, level: Level): Basis {
  if (level !== "commune" && level !== "district") return {};
  const tier = tierOf(unit.kind);
  return { scope: tier === level ? `one:${level}` : `all:${level}:${tier}` };
}

interface GroupContext {
  year: number;
  period_start: string | null;
  period_end: string;
  caveats: Term[];
  basis: Basis;
}

function groupContext(unit: Unit, group: FigureGroup, notes: Term[]): GroupContext {
  return {
    year: Number(group.period_end.slice(0, 4)), period_start: group.period_start, period_end: group.period_end,
    caveats: [...periodTerms(group.period_start, group.period_end), ...notes], basis: levelScope(unit, group.level),
  };
}

/** Every stated figure of a dossier or online-services group, each keyed by measure and level. */
function measureFacts(group: FigureGroup, measures: readonly string[], checks: Check[], dataset: string, ctx: GroupContext): Fact[] {
  return measures.flatMap((m) => {
    const row = group.values.get(m)?.row;
    if (!row) return [];
    // A source that gives two values for this figure: both values and both lines, in the page's words.
    const conflicts = checks.filter((c) => c.kind === "conflict" && c.id.startsWith(`${dataset}-${group.key}-${m}-conflict@`)).map((c): Term => {
      const alt = group.alternates.find((a) => a.row.measure === m && c.id.endsWith(`@${a.row.line ?? ""}`))?.row;
      return { key: "compare.caveat.conflict", params: { measure: m, first: c.stated ?? 0, firstLine: String(row.line ?? "?"), second: c.computed ?? 0, secondLine: String(alt?.line ?? "?"), unit: row.value_unit === "percent" ? "percent" : "count" } };
    });
    return [{
      key: `${m}:${group.level}`, year: ctx.year, period_start: ctx.period_start, period_end: ctx.period_end,
      value: row.value, unit: row.value_unit === "percent" ? "percent" : "count", stated: row.value, max: null, rank: null, rank_of: null, basis: ctx.basis,
      caveats: [...ctx.caveats, ...conflicts], source_id: row.source_id, line: row.line,
    }];
  });
}

/** On-time and late rates recomputed from a dossier group's counts (2 decimals, as shown); their source is the place's own page. */
function rateFacts(level: Level, ctx: GroupContext, onTime: number | null, late: number | null): Fact[] {
  const rate = (key: string, value: number | null): Fact[] => value === null ? [] : [{
    key: `${key}:${level}`, year: ctx.year, period_start: ctx.period_start, period_end: ctx.period_end,
    value: round2(value), unit: "percent", stated: round2(value), max: null, rank: null, rank_of: null, basis: ctx.basis,
    caveats: [...ctx.caveats, { key: `compare.caveat.recomputed.${key}` }], source_id: null, line: null,
  }];
  return [...rate("on_time", onTime), ...rate("late", late)];
}

/**
 * Groups by period end, latest first; of two ending the same day, a period within that calendar year before one
 * that starts in the year before (a 15/12-15/12 reporting year), then the longer one (the year before its half).
 */
function fullestFirst<G extends { group: FigureGroup }>(groups: G[]): G[] {
  const rank = ({ group: g }: G) => `${g.period_start?.slice(0, 4) === g.period_end.slice(0, 4) ? 0 : 1}${g.period_start ?? "~"}`;
  return [...groups].sort((a, b) => b.group.period_end.localeCompare(a.group.period_end) || rank(a).localeCompare(rank(b)));
}

function dossierFacts(site: SiteData, unit: Unit): Fact[] {
  const all: Fact[] = [];
  for (const g of fullestFirst(site.dossierGroups(unit.unit_id))) {
    const { group } = g;
    const ctx = groupContext(unit, group, levelTerms(unit, group.level));
    all.push(...measureFacts(group, ["received"], g.checks, "dossiers", ctx), ...rateFacts(group.level, ctx, g.onTime, g.late), ...measureFacts(group, OTHER_DOSSIER_MEASURES, g.checks, "dossiers", ctx));
  }
  return all;
}

function onlineFacts(site: SiteData, unit: Unit): Fact[] {
  return fullestFirst(site.onlineGroups(unit.unit_id)).flatMap((g) => measureFacts(g.group, ONLINE_MEASURES, g.checks, "online_services", groupContext(unit, g.group, [])));
}

/**
 * The comparable figures each fact dataset of the registry contributes, in the order a comparison lists them. A
 * new dataset must be given an entry (the type requires it), even if that entry is "nothing to compare": PAR INDEX
 * components differ in code and maximum from one province's criteria to another's, and group statistics (means,
 * counts of units per grade) describe many places, not the place compared.
 */
const COMPARE_FACTS: { [N in FactDatasetName]: ((site: SiteData, unit: Unit) => Fact[]) | null } = {
  par_index: (site, unit) => parFacts(site, unit.unit_id),
  satisfaction: (site, unit) => [...sipasFacts(site, unit), ...satisfactionFacts(site, unit)],
  dossiers: dossierFacts,
  online_services: onlineFacts,
  par_components: null,
  stats: null,
};

/**
 * Every comparable figure of one place, one per key and year. Groups come latest period first, so within a year
 * the figure kept is the one whose period ends last (a full year before its first half).
 */
export function placeSlice(site: SiteData, unitId: string): PlaceSlice {
  const unit = site.places.get(unitId);
  const all = FACT_DATASETS.flatMap((name) => COMPARE_FACTS[name]?.(site, unit) ?? []);
  const seen = new Set<string>();
  const facts = all.filter((f) => !seen.has(`${f.key}@${f.year}`) && seen.add(`${f.key}@${f.year}`));
  const province = tierOf(unit.kind) === "province" ? undefined : site.places.provinceOf(unitId);
  return { unit_id: unitId, name: unit.name, kind: unit.kind, province: province ? { name: province.name, kind: province.kind } : null, valid_to: unit.valid_to, facts };
}

/** A place's figures grouped by key, in first-seen order (each group latest year first): one line per indicator in static lists. */
export function factsByKey<F extends Pick<Fact, "key" | "year">>(facts: F[]): F[][] {
  const groups = new Map<string, F[]>();
  for (const f of facts) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  return [...groups.values()].map((g) => g.sort((a, b) => b.year - a.year));
}
