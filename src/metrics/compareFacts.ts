/**
 * The comparable figures of one place, as a flat list keyed by what they measure, so that 2-4 places can be
 * set side by side on the shared keys. Each key appears at most once per place (its latest figure). Display
 * text is prepared here (Vietnamese formats) so the browser only lays out a table.
 */
import type { SiteData } from "./placeView";
import type { Check } from "./checks";
import type { FigureGroup } from "./figures";
import type { Unit } from "../schemas/units";
import type { Level } from "../schemas/figures";
import { parCaveats, periodCaveats, qualityCaveats, satisfactionCaveats } from "./caveats";
import { provinceHistory } from "./provinceContext";
import { disagrees, parPercent } from "./rankings";
import { formatNumber, formatPercent, formatPeriod } from "../lib/format";
import { LEVEL_LABEL, SURVEY_LABEL, surveyLabel } from "../lib/labels";
import { citeHref } from "../lib/cite";
import { displayName, placePath, tierOf } from "./places";
import { DOSSIER_MEASURES, ONLINE_MEASURES, measureLabel } from "../schemas/measures";
import { href } from "../lib/url";

export interface Fact {
  /** What is measured, the same across places (e.g. "par:ministry", "on_time:district", "received:commune"). */
  key: string;
  label: string;
  /** Period or year of this place's figure; differing periods are shown, never hidden. */
  period: string;
  display: string;
  /** The figure as a number: a percentage (0-100, of the scale's maximum for scores) or a count; null when only a rank is known. */
  value: number | null;
  /** What `value` is: bars of percentages run to 100, bars of counts to the largest count in the row. */
  unit: "percent" | "count";
  caveats: string[];
  source: string;
}

export interface PlaceSlice {
  unit_id: string;
  name: string;
  kind: string;
  url: string;
  valid_to: string | null;
  facts: Fact[];
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

function parFacts(site: SiteData, unitId: string): Fact[] {
  return site.parIndex(unitId).filter((r) => r.score !== null || r.percent_stated !== null || r.rank !== null).map((r) => {
    const pct = parPercent(r);
    const value = r.score !== null ? `${formatNumber(r.score)}/${formatNumber(r.max_score)} (${formatPercent(pct)})` : pct !== null ? formatPercent(pct) : null;
    return {
      // Province-assessed and self-assessed district scores share a row; their caveats say which is which.
      key: r.assessor === "ministry" ? "par:ministry" : "par:district", label: ASSESSOR[r.assessor], period: `năm ${r.year}`, value: pct, unit: "percent",
      display: valueAndRank(value, r.rank, r.rank_of) || formatPercent(null),
      caveats: parCaveats(r, site.sources.get(r.source_id)), source: citeHref({ source_id: r.source_id, line: r.line }),
    };
  });
}

/**
 * A province's national SIPAS: the latest year with a value (a later rank-only year is named in a caveat),
 * or the latest rank when no year has a value. Read from the ranking entries, which hold every source's row.
 */
function sipasFact(site: SiteData, unit: Unit): Fact | null {
  if (tierOf(unit.kind) !== "province") return null;
  const years = provinceHistory(site.tables, unit).filter((h) => h.indicator === "sipas").reverse();
  const chosen = years.find((h) => h.entry.value !== null) ?? years.find((h) => h.entry.rank !== null);
  if (!chosen) return null;
  const { entry, year } = chosen;
  const caveats = year >= 2022 ? ["Phương pháp SIPAS đổi từ năm 2022: không so sánh mức điểm với năm 2021 trở về trước."] : [];
  const later = years.find((h) => h.year > year && h.entry.rank !== null);
  if (later) caveats.push([`Năm ${later.year} chỉ có thứ hạng (${rankText(later.entry.rank, later.entry.rank_of)}), không có điểm.`, ...qualityCaveats(later.entry.quality)].join(" "));
  caveats.push(...qualityCaveats(entry.quality));
  if (disagrees(entry)) caveats.push("Các nguồn ghi khác nhau về số liệu năm này; xem trang của tỉnh.");
  return {
    key: "sipas", label: SURVEY_LABEL.sipas, period: `năm ${year}`, value: entry.value, unit: "percent",
    display: valueAndRank(entry.value !== null ? formatPercent(entry.value) : null, entry.rank, entry.rank_of),
    caveats, source: citeHref({ source_id: entry.source_id, line: null }),
  };
}

function satisfactionFacts(site: SiteData, unit: Unit): Fact[] {
  const province = tierOf(unit.kind) === "province";
  // A province's national SIPAS is sipasFact; its rows are not repeated here.
  return site.satisfaction(unit.unit_id).filter((r) => !(province && r.survey === "sipas" && r.indicator === "overall") && (r.value !== null || r.rank !== null)).map((r) => ({
    key: `satisfaction:${r.survey}:${r.indicator}`, label: surveyLabel(r), period: `năm ${r.year}`,
    value: r.value !== null ? (r.value / r.max_value) * 100 : null, unit: "percent",
    display: valueAndRank(r.value === null ? null : r.max_value === 100 ? formatPercent(r.value) : `${formatNumber(r.value)}/${formatNumber(r.max_value)}`, r.rank, r.rank_of),
    caveats: satisfactionCaveats(r), source: citeHref({ source_id: r.source_id, line: r.line }),
  }));
}

/** A note for a tier's dossier count of a larger place: it covers all units of that tier together, not one of them. */
function levelCaveat(unit: Unit, level: Level): string[] {
  const tier = tierOf(unit.kind);
  if (level === "commune" && tier !== "commune") return [`Số chung của tất cả các xã, phường, thị trấn thuộc ${displayName(unit)}, không phải của một xã.`];
  if (level === "district" && tier === "province") return [`Số chung của tất cả các huyện, thị xã, thành phố thuộc ${displayName(unit)}.`];
  return [];
}

/** Every stated figure of a dossier or online-services group, each keyed by measure and level. */
function measureFacts(group: FigureGroup, measures: readonly string[], checks: Check[], dataset: string, notes: string[]): Fact[] {
  const period = formatPeriod(group.period_start, group.period_end);
  const caveats = [...periodCaveats(group.period_start, group.period_end), ...notes];
  return measures.flatMap((m) => {
    const row = group.values.get(m)?.row;
    if (!row) return [];
    const conflicts = checks.filter((c) => c.kind === "conflict" && c.id.startsWith(`${dataset}-${group.key}-${m}-conflict@`)).map((c) => c.message);
    const percent = row.value_unit === "percent";
    return [{
      key: `${m}:${group.level}`, label: `${measureLabel(m)} · ${LEVEL_LABEL[group.level]}`, period, value: row.value, unit: percent ? "percent" : "count",
      display: percent ? formatPercent(row.value) : formatNumber(row.value), caveats: [...caveats, ...conflicts], source: citeHref({ source_id: row.source_id, line: row.line }),
    }];
  });
}

/** On-time and late rates recomputed from a dossier group's counts. */
function rateFacts(unit: Unit, level: Level, period: string, caveats: string[], onTime: number | null, late: number | null): Fact[] {
  const rate = (key: string, label: string, value: number | null, how: string): Fact[] => value === null ? [] : [{
    key: `${key}:${level}`, label: `${label} · ${LEVEL_LABEL[level]}`, period, value, unit: "percent", display: formatPercent(value),
    caveats: [...caveats, `Tính lại từ số liệu nguồn: ${how} / đã giải quyết.`], source: href(`${placePath(unit)}#ho-so`),
  }];
  return [...rate("on_time", "Tỷ lệ giải quyết đúng hạn", onTime, "(đúng hạn + trước hạn)"), ...rate("late", "Tỷ lệ trễ hạn", late, "trễ hạn")];
}

/** The latest figure of each comparable key for one place. */
export function placeSlice(site: SiteData, unitId: string): PlaceSlice {
  const unit = site.places.get(unitId);
  const all: Fact[] = [...parFacts(site, unitId)];
  const sipas = sipasFact(site, unit);
  if (sipas) all.push(sipas);
  all.push(...satisfactionFacts(site, unit));
  // Groups come latest period first, so the first figure of a key is its latest.
  for (const g of site.dossierGroups(unitId)) {
    const { group } = g;
    const level = levelCaveat(unit, group.level);
    const rates = rateFacts(unit, group.level, formatPeriod(group.period_start, group.period_end), [...periodCaveats(group.period_start, group.period_end), ...level], g.onTime, g.late);
    all.push(...measureFacts(group, ["received"], g.checks, "dossiers", level), ...rates, ...measureFacts(group, OTHER_DOSSIER_MEASURES, g.checks, "dossiers", level));
  }
  for (const g of site.onlineGroups(unitId)) all.push(...measureFacts(g.group, ONLINE_MEASURES, g.checks, "online_services", []));
  const seen = new Set<string>();
  const facts = all.filter((f) => !seen.has(f.key) && seen.add(f.key));
  return { unit_id: unitId, name: displayName(unit), kind: unit.kind, url: href(placePath(unit)), valid_to: unit.valid_to, facts };
}
