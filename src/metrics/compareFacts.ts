/**
 * The comparable figures of one place, as a flat list keyed by what they measure, so that 2-4 places can be
 * set side by side on the shared keys. Display text is prepared here (Vietnamese formats) so the browser
 * only lays out a table.
 */
import type { SiteData } from "./placeView";
import { parCaveats, periodCaveats, satisfactionCaveats } from "./caveats";
import { provinceHistory } from "./provinceContext";
import { formatNumber, formatPercent, formatPeriod } from "../lib/format";
import { LEVEL_LABEL } from "../lib/labels";
import { satisfactionIndicatorLabel } from "../schemas/statLabels";
import { citeHref } from "../lib/cite";
import { displayName, placePath, tierOf } from "./places";
import { href } from "../lib/url";

export interface Fact {
  /** What is measured, the same across places (e.g. "par:province", "on_time:district"). */
  key: string;
  label: string;
  /** Period or year of this place's figure; differing periods are shown, never hidden. */
  period: string;
  display: string;
  value: number | null;
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

const ASSESSOR = { ministry: "PAR INDEX (Bộ Nội vụ)", province: "Chỉ số CCHC cấp huyện", self: "Chỉ số CCHC cấp huyện" } as const;

/** The latest figure of each comparable key for one place. */
export function placeSlice(site: SiteData, unitId: string): PlaceSlice {
  const unit = site.places.get(unitId);
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const push = (f: Fact) => {
    if (seen.has(f.key)) return;
    seen.add(f.key);
    facts.push(f);
  };
  for (const r of site.parIndex(unitId)) {
    const pct = r.percent_stated ?? (r.score !== null ? (r.score / r.max_score) * 100 : null);
    push({
      // Province-assessed and self-assessed district scores share a row; their caveats say which is which.
      key: r.assessor === "ministry" ? "par:ministry" : "par:district", label: ASSESSOR[r.assessor], period: `năm ${r.year}`, value: pct,
      display: r.score !== null ? `${formatNumber(r.score)}/${formatNumber(r.max_score)} (${formatPercent(pct)})${r.rank !== null ? `, hạng ${r.rank}/${r.rank_of}` : ""}` : `${formatPercent(pct)}${r.rank !== null ? `, hạng ${r.rank}/${r.rank_of}` : ""}`,
      caveats: parCaveats(r, site.sources.get(r.source_id)), source: citeHref({ source_id: r.source_id, line: r.line }),
    });
  }
  if (tierOf(unit.kind) === "province") {
    for (const h of provinceHistory(site.tables, unit).reverse()) {
      if (h.indicator !== "sipas" || h.entry.value === null) continue;
      push({ key: "sipas", label: "SIPAS (Bộ Nội vụ)", period: `năm ${h.year}`, value: h.entry.value, display: formatPercent(h.entry.value),
        caveats: h.year >= 2022 ? ["Phương pháp SIPAS đổi từ năm 2022."] : [], source: citeHref({ source_id: h.entry.source_id, line: null }) });
    }
  }
  for (const r of site.satisfaction(unitId)) {
    push({ key: `satisfaction:${r.survey}:${r.indicator}`, label: `${r.survey === "sipas" ? "SIPAS (Bộ Nội vụ)" : "Khảo sát hài lòng của địa phương"}${r.indicator === "overall" ? "" : ` · ${satisfactionIndicatorLabel(r.indicator)}`}`, period: `năm ${r.year}`,
      value: r.value, display: r.max_value === 100 ? formatPercent(r.value) : formatNumber(r.value), caveats: satisfactionCaveats(r), source: citeHref({ source_id: r.source_id, line: r.line }) });
  }
  for (const g of site.dossierGroups(unitId)) {
    const period = formatPeriod(g.group.period_start, g.group.period_end);
    const caveats = periodCaveats(g.group.period_start, g.group.period_end);
    const received = g.group.values.get("received")?.row;
    const level = LEVEL_LABEL[g.group.level];
    if (received) push({ key: `received:${g.group.level}`, label: `Hồ sơ tiếp nhận · ${level}`, period, value: received.value, display: formatNumber(received.value), caveats, source: citeHref({ source_id: received.source_id, line: received.line }) });
    if (g.onTime !== null) push({ key: `on_time:${g.group.level}`, label: `Tỷ lệ giải quyết đúng hạn · ${level}`, period, value: g.onTime, display: formatPercent(g.onTime), caveats: [...caveats, "Tính lại từ số liệu nguồn: (đúng hạn + trước hạn) / đã giải quyết."], source: href(`${placePath(unit)}#ho-so`) });
    if (g.late !== null) push({ key: `late:${g.group.level}`, label: `Tỷ lệ trễ hạn · ${level}`, period, value: g.late, display: formatPercent(g.late), caveats: [...caveats, "Tính lại từ số liệu nguồn: trễ hạn / đã giải quyết."], source: href(`${placePath(unit)}#ho-so`) });
  }
  for (const g of site.onlineGroups(unitId)) {
    for (const m of ["procedures_in_force", "dossiers_online", "procedures_online_full", "procedures_online_partial", "procedures_online_level3_4"] as const) {
      const r = g.group.values.get(m)?.row;
      if (!r) continue;
      push({ key: `${m}:${g.group.level}`, label: `${m === "procedures_in_force" ? "Thủ tục đang áp dụng" : m === "dossiers_online" ? "Hồ sơ trực tuyến" : m === "procedures_online_full" ? "Dịch vụ công toàn trình" : m === "procedures_online_partial" ? "Dịch vụ công một phần" : "Dịch vụ công mức độ 3, 4"} · ${LEVEL_LABEL[g.group.level]}`,
        period: formatPeriod(g.group.period_start, g.group.period_end), value: r.value, display: formatNumber(r.value), caveats: periodCaveats(g.group.period_start, g.group.period_end), source: citeHref({ source_id: r.source_id, line: r.line }) });
    }
  }
  return { unit_id: unitId, name: displayName(unit), kind: unit.kind, url: href(placePath(unit)), valid_to: unit.valid_to, facts };
}
