/**
 * The comparable figures of one place, as a flat list keyed by what they measure and the year they cover, so
 * that 2-4 places can be set side by side for one year on the shared keys. Each key appears at most once per
 * place and year. Display text is prepared here (Vietnamese formats) so the browser only lays out a table;
 * `basis` says what must match (scale, assessor, method, scope) before two figures may share a bar scale.
 */
import type { SiteData } from "./placeView";
import type { Check } from "./checks";
import type { FigureGroup } from "./figures";
import type { Unit } from "../schemas/units";
import type { Level } from "../schemas/figures";
import { methodEra, PAR_METHOD_BREAKS, parCaveats, periodCaveats, qualityCaveats, satisfactionCaveats, SIPAS_METHOD_BREAKS } from "./caveats";
import { provinceHistory } from "./provinceContext";
import { disagrees, parPercent } from "./rankings";
import { formatNumber, formatPercent, formatPeriod } from "../lib/format";
import { LEVEL_LABEL, SURVEY_LABEL, surveyLabel } from "../lib/labels";
import { citeHref } from "../lib/cite";
import { displayName, placePath, tierOf } from "./places";
import { DOSSIER_MEASURES, ONLINE_MEASURES, measureLabel } from "../schemas/measures";
import { href } from "../lib/url";
import { FACT_DATASETS, type FactDatasetName } from "../schemas/index";

/**
 * What two figures of one row must share to be drawn on one bar scale, each in Vietnamese for the row's note:
 * the scale ("96"), who assessed ("tự đánh giá"), the method ("bộ tiêu chí của tỉnh Sóc Trăng"), what a count
 * covers ("một xã" against "chung các xã của một huyện"). An absent field is not part of this figure's basis.
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
  label: string;
  /** The year the figure is about (a period's end year); a comparison shows one year. */
  year: number;
  /** Period of this place's figure within that year; differing periods are shown, never hidden. */
  period: string;
  display: string;
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
  caveats: string[];
  /** Link to the source line (or, for a recomputed rate, to the place's figures it is computed from). */
  source: string;
  /** The source's id in data/sources.csv; null for a recomputed rate. */
  source_id: string | null;
}

export interface PlaceSlice {
  unit_id: string;
  name: string;
  kind: string;
  url: string;
  valid_to: string | null;
  facts: Fact[];
}

/** Two decimals: the precision figures are shown at, without binary noise (75.65624999999999 -> 75.66). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Received dossiers lead a group's rows, then the rates computed from the counts, then every other figure. */
const OTHER_DOSSIER_MEASURES = DOSSIER_MEASURES.filter((m) => m !== "received");

const ASSESSOR = { ministry: "PAR INDEX (Bộ Nội vụ)", province: "Chỉ số CCHC cấp huyện", self: "Chỉ số CCHC cấp huyện" } as const;

/** "hạng 3/63", or "hạng 3" when the number ranked is not stated; "" without a rank. */
function rankText(rank: number | null, rankOf: number | null): string {
  return rank === null ? "" : `hạng ${rank}${rankOf !== null ? `/${rankOf}` : ""}`;
}

/** "86,50%, hạng 11/63"; a rank alone when no value is stated. */
function valueAndRank(value: string | null, rank: number | null, rankOf: number | null): string {
  return [value, rankText(rank, rankOf)].filter(Boolean).join(", ");
}

/** Method of a district's PAR score: each province sets its own criteria, so districts of two provinces differ. */
function districtMethod(site: SiteData, unitId: string): string {
  const province = site.places.provinceOf(unitId);
  return `bộ tiêu chí của ${province ? displayName(province) : "tỉnh"}`;
}

const ASSESSED = { ministry: "Bộ Nội vụ", province: "tỉnh đánh giá", self: "tự đánh giá" } as const;

function parFacts(site: SiteData, unitId: string): Fact[] {
  const rows = site.parIndex(unitId).filter((r) => r.score !== null || r.percent_stated !== null || r.rank !== null);
  return rows.map((r) => {
    const pct = parPercent(r);
    const value = r.score !== null ? `${formatNumber(r.score)}/${formatNumber(r.max_score)} (${formatPercent(pct)})` : pct !== null ? formatPercent(pct) : null;
    const ministry = r.assessor === "ministry";
    const caveats = parCaveats(r, site.sources.get(r.source_id));
    const others = rows.filter((o) => o !== r && o.year === r.year && o.assessor === r.assessor);
    if (others.some((o) => o.score !== r.score || o.rank !== r.rank)) caveats.push("Các nguồn ghi khác nhau về số liệu năm này; xem trang của nơi này.");
    return {
      // Province-assessed and self-assessed district scores share a row; their basis makes the row say which is which.
      key: ministry ? "par:ministry" : "par:district", label: ASSESSOR[r.assessor], year: r.year, period: `năm ${r.year}`,
      value: pct === null ? null : round2(pct), unit: "percent",
      stated: r.score ?? r.percent_stated, max: r.score !== null ? r.max_score : null, rank: r.rank, rank_of: r.rank_of,
      basis: {
        scale: formatNumber(r.max_score), assessor: ASSESSED[r.assessor],
        method: ministry ? `bộ tiêu chí ${methodEra(PAR_METHOD_BREAKS, r.year)}` : districtMethod(site, unitId),
      },
      display: valueAndRank(value, r.rank, r.rank_of) || formatPercent(null),
      caveats, source: citeHref({ source_id: r.source_id, line: r.line }), source_id: r.source_id,
    };
  });
}

/** A province's national SIPAS of every year with a value or a rank, read from the ranking entries (which hold every source's row). */
function sipasFacts(site: SiteData, unit: Unit): Fact[] {
  if (tierOf(unit.kind) !== "province") return [];
  return provinceHistory(site.tables, unit).filter((h) => h.indicator === "sipas" && (h.entry.value !== null || h.entry.rank !== null)).reverse().map(({ entry, year }) => {
    const caveats = year >= SIPAS_METHOD_BREAKS[0] ? [`Phương pháp SIPAS đổi từ năm ${SIPAS_METHOD_BREAKS[0]}: không so sánh mức điểm với năm ${SIPAS_METHOD_BREAKS[0] - 1} trở về trước.`] : [];
    caveats.push(...qualityCaveats(entry.quality));
    if (disagrees(entry)) caveats.push("Các nguồn ghi khác nhau về số liệu năm này; xem trang của tỉnh.");
    return {
      key: "sipas", label: SURVEY_LABEL.sipas, year, period: `năm ${year}`, value: entry.value, unit: "percent",
      stated: entry.value, max: null, rank: entry.rank, rank_of: entry.rank_of,
      basis: { scale: "100", assessor: ASSESSED.ministry, method: `phương pháp ${methodEra(SIPAS_METHOD_BREAKS, year)}` },
      display: valueAndRank(entry.value !== null ? formatPercent(entry.value) : null, entry.rank, entry.rank_of),
      caveats, source: citeHref({ source_id: entry.source_id, line: null }), source_id: entry.source_id,
    };
  });
}

/** Who ran a satisfaction survey: the ministry's SIPAS is one method per era; a province's or a unit's own survey is its own. */
function surveyMethod(site: SiteData, unit: Unit, survey: string, year: number): string {
  if (survey === "sipas") return `phương pháp ${methodEra(SIPAS_METHOD_BREAKS, year)}`;
  const province = site.places.provinceOf(unit.unit_id);
  return survey === "provincial_survey" && province ? `khảo sát của ${displayName(province)}` : `khảo sát riêng của ${displayName(unit)}`;
}

function satisfactionFacts(site: SiteData, unit: Unit): Fact[] {
  const province = tierOf(unit.kind) === "province";
  // A province's national SIPAS is sipasFacts; its rows are not repeated here.
  return site.satisfaction(unit.unit_id).filter((r) => !(province && r.survey === "sipas" && r.indicator === "overall") && (r.value !== null || r.rank !== null)).map((r) => ({
    key: `satisfaction:${r.survey}:${r.indicator}`, label: surveyLabel(r), year: r.year, period: `năm ${r.year}`,
    value: r.value !== null ? round2((r.value / r.max_value) * 100) : null, unit: "percent",
    stated: r.value, max: r.max_value === 100 ? null : r.max_value, rank: r.rank, rank_of: r.rank_of,
    basis: { scale: formatNumber(r.max_value), method: surveyMethod(site, unit, r.survey, r.year) },
    display: valueAndRank(r.value === null ? null : r.max_value === 100 ? formatPercent(r.value) : `${formatNumber(r.value)}/${formatNumber(r.max_value)}`, r.rank, r.rank_of),
    caveats: satisfactionCaveats(r), source: citeHref({ source_id: r.source_id, line: r.line }), source_id: r.source_id,
  }));
}

/** A note for a tier's dossier count of a larger place: it covers all units of that tier together, not one of them. */
function levelCaveat(unit: Unit, level: Level): string[] {
  const tier = tierOf(unit.kind);
  if (level === "commune" && tier !== "commune") return [`Số chung của tất cả các xã, phường, thị trấn thuộc ${displayName(unit)}, không phải của một xã.`];
  if (level === "district" && tier === "province") return [`Số chung của tất cả các huyện, thị xã, thành phố thuộc ${displayName(unit)}.`];
  return [];
}

const TIER_WORD = { country: "cả nước", province: "tỉnh", district: "huyện", commune: "xã" } as const;

/** What a district- or commune-level figure covers: one unit, or all units of that level in a larger place. */
function levelScope(unit: Unit, level: Level): Basis {
  if (level !== "commune" && level !== "district") return {};
  const tier = tierOf(unit.kind);
  return { scope: tier === level ? `một ${TIER_WORD[level]}` : `chung các ${TIER_WORD[level]} của một ${TIER_WORD[tier]}` };
}

interface GroupContext {
  year: number;
  period: string;
  caveats: string[];
  basis: Basis;
}

function groupContext(unit: Unit, group: FigureGroup, notes: string[]): GroupContext {
  return {
    year: Number(group.period_end.slice(0, 4)), period: formatPeriod(group.period_start, group.period_end),
    caveats: [...periodCaveats(group.period_start, group.period_end), ...notes], basis: levelScope(unit, group.level),
  };
}

/** Every stated figure of a dossier or online-services group, each keyed by measure and level. */
function measureFacts(group: FigureGroup, measures: readonly string[], checks: Check[], dataset: string, ctx: GroupContext): Fact[] {
  return measures.flatMap((m) => {
    const row = group.values.get(m)?.row;
    if (!row) return [];
    const conflicts = checks.filter((c) => c.kind === "conflict" && c.id.startsWith(`${dataset}-${group.key}-${m}-conflict@`)).map((c) => c.message);
    const percent = row.value_unit === "percent";
    return [{
      key: `${m}:${group.level}`, label: `${measureLabel(m)} · ${LEVEL_LABEL[group.level]}`, year: ctx.year, period: ctx.period,
      value: row.value, unit: percent ? "percent" : "count", stated: row.value, max: null, rank: null, rank_of: null, basis: ctx.basis,
      display: percent ? formatPercent(row.value) : formatNumber(row.value), caveats: [...ctx.caveats, ...conflicts],
      source: citeHref({ source_id: row.source_id, line: row.line }), source_id: row.source_id,
    }];
  });
}

/** On-time and late rates recomputed from a dossier group's counts (2 decimals, as shown). */
function rateFacts(unit: Unit, level: Level, ctx: GroupContext, onTime: number | null, late: number | null): Fact[] {
  const rate = (key: string, label: string, value: number | null, how: string): Fact[] => value === null ? [] : [{
    key: `${key}:${level}`, label: `${label} · ${LEVEL_LABEL[level]}`, year: ctx.year, period: ctx.period,
    value: round2(value), unit: "percent", stated: round2(value), max: null, rank: null, rank_of: null, basis: ctx.basis, display: formatPercent(value),
    caveats: [...ctx.caveats, `Tính lại từ số liệu nguồn: ${how} / đã giải quyết.`], source: href(`${placePath(unit)}#ho-so`), source_id: null,
  }];
  return [...rate("on_time", "Tỷ lệ giải quyết đúng hạn", onTime, "(đúng hạn + trước hạn)"), ...rate("late", "Tỷ lệ trễ hạn", late, "trễ hạn")];
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
    const ctx = groupContext(unit, group, levelCaveat(unit, group.level));
    all.push(...measureFacts(group, ["received"], g.checks, "dossiers", ctx), ...rateFacts(unit, group.level, ctx, g.onTime, g.late), ...measureFacts(group, OTHER_DOSSIER_MEASURES, g.checks, "dossiers", ctx));
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
  return { unit_id: unitId, name: displayName(unit), kind: unit.kind, url: href(placePath(unit)), valid_to: unit.valid_to, facts };
}

/** A place's figures grouped by key, in first-seen order (each group latest year first): one line per indicator in static lists. */
export function factsByKey(facts: Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  return [...groups.values()].map((g) => g.sort((a, b) => b.year - a.year));
}
