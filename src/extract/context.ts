/**
 * What a report is about as a whole: the reporting unit (from "UBND huyện X" in its heading, or the place it names
 * most) and the period (from its title, else its first lines), each with a note saying how it was found.
 */
import { findCutoff, findPeriod } from "./period";
import { KIND_WORDS, type PlaceResolver } from "./places";
import type { Paragraph } from "./segment";
import type { ReportContext } from "./types";

const ISSUER = /\b(?:ubnd|uy ban nhan dan)\s+(?:\(ubnd\)\s+)?((?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+[a-z0-9 ]{2,40})/;

/** Guesses the reporting unit and period of a report (`unitId` forces the unit). */
export function reportContext(paragraphs: Paragraph[], resolver: PlaceResolver, unitId?: string): ReportContext {
  const head = paragraphs.slice(0, 25);
  let unit_id: string | null = null;
  let unit_note = "";
  if (unitId) {
    unit_id = unitId;
    unit_note = "unit given by the user";
  } else {
    // "UBND huyện X báo cáo ..." names the issuer; "của UBND tỉnh Y" names a superior and comes last.
    const issuers: { p: Paragraph; name: string; score: number }[] = [];
    for (const p of head) {
      for (const m of p.folded.matchAll(new RegExp(ISSUER.source, "g"))) {
        const before = p.folded.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0);
        const after = p.folded.slice((m.index ?? 0) + m[0].length - 12, (m.index ?? 0) + m[0].length + 20);
        issuers.push({ p, name: m[1] ?? "", score: /bao cao/.test(after) ? 2 : /cua\s*$/.test(before) ? 0 : 1 });
      }
    }
    // A digital signature block names the issuer exactly: "Người ký: Ủy ban Nhân dân huyện U Minh Thượng".
    for (const p of paragraphs) {
      const m = /\bnguoi ky:\s*(?:ubnd|uy ban nhan d[a-z]n)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+([a-z0-9 ]{2,30})/.exec(p.folded);
      if (!m || unit_id) continue;
      const kinds = KIND_WORDS.find((k) => k.word.test(m[1] ?? ""))?.kinds;
      const words = (m[2] ?? "").trim().split(" ");
      const found = [4, 3, 2, 1].map((n) => resolver.resolveFuzzy(words.slice(0, n).join(" "), kinds)[0]).find(Boolean);
      if (found) { unit_id = found.unit_id; unit_note = `unit from the digital signature ("${p.text.trim().slice(0, 80)}")`; }
    }
    for (const { p, name } of unit_id ? [] : issuers.filter((i) => i.score === 2)) {
      const found = resolver.mentions(name, null)[0];
      if (found?.unit) { unit_id = found.unit.unit_id; unit_note = `unit from the heading ("${p.text.trim().slice(0, 80)}")`; break; }
    }
    // The place-and-date line under the heading: "Vĩnh Châu, ngày ... tháng 12 năm 2023".
    for (const p of unit_id ? [] : head) {
      const m = /^\s*([a-z][a-z ]{1,30}),\s*ngay\b/.exec(p.folded);
      if (!m) continue;
      const [found] = resolver.resolve(m[1] ?? "").filter((u) => u.kind !== "xa" && u.kind !== "phuong" && u.kind !== "thi_tran");
      if (found) { unit_id = found.unit_id; unit_note = `unit from the place-and-date line ("${p.text.trim().slice(0, 60)}")`; break; }
    }
    if (!unit_id) {
      // The district-or-lower place the text names most often, else the province.
      const counts = new Map<string, number>();
      for (const p of paragraphs) for (const m of resolver.mentions(p.folded, null)) if (m.unit) counts.set(m.unit.unit_id, (counts.get(m.unit.unit_id) ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0].split("/").length - a[0].split("/").length);
      const lower = ranked.find(([id, n]) => id.includes("/") && n >= 3);
      if (lower) { unit_id = lower[0]; unit_note = `unit guessed: the district or commune the text names most (${lower[1]} times)`; }
      for (const { p, name } of unit_id ? [] : issuers.filter((i) => i.score === 1)) {
      const found = resolver.mentions(name, null)[0];
      if (found?.unit) { unit_id = found.unit.unit_id; unit_note = `unit from the heading ("${p.text.trim().slice(0, 80)}")`; break; }
      }
      const pick = ranked[0];
      if (!unit_id && pick) { unit_id = pick[0]; unit_note = `unit guessed: the place the text names most (${pick[1]} times)`; }
    }
  }
  let unknown_unit: string | null = null;
  if (!unit_id) {
    unknown_unit = unknownPlace(paragraphs);
    if (unknown_unit) unit_note = `the text is about ${unknown_unit}, which units.csv does not have: add it, then pass --unit`;
  }
  const title = head.slice(0, 15).filter((p) => !/\bngay\b|kinh gui/.test(p.folded)).map((p) => p.folded).join(" ");
  const period = findPeriod(title) ?? findPeriod(paragraphs.map((p) => p.folded).join(" "));
  const cutoff = findCutoff(paragraphs.map((p) => p.folded).join(" "));
  let period_end = period?.end ?? null;
  let period_note = period ? `period from the title: ${period.note}` : "no period found";
  if (cutoff && period && cutoff >= period.start && cutoff < period.end) {
    period_end = cutoff;
    period_note += `; data cut-off ${cutoff}`;
  }
  return { unit_id, unknown_unit, unit_note, period_start: period?.start ?? null, period_end, period_note };
}

const PRINTED_PLACE = /(?<![\p{L}])(huyện|thị xã|quận|thành phố|tỉnh|xã|phường|thị trấn)[ \t]+((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})/gu;
const KIND_CAPS = /HUYỆN|THỊ XÃ|QUẬN|THÀNH PHỐ|TỈNH|XÃ|PHƯỜNG|THỊ TRẤN|Huyện|Thị xã|Quận|Thành phố|Tỉnh|Xã|Phường|Thị trấn/g;
/** "ĐẦM DƠI" → "Đầm Dơi"; names already in mixed case stay as printed. */
const titleCase = (name: string) => (name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()) : name);
const RANK: Record<string, number> = { "huyện": 0, "thị xã": 0, "quận": 0, "thành phố": 1, "tỉnh": 2, "xã": 3, "phường": 3, "thị trấn": 3 };

/** The place a text names most ("huyện Krông Pắc"), districts first, as printed; null when it names none. */
export function unknownPlace(paragraphs: readonly { text: string }[]): string | null {
  const counts = new Map<string, { n: number; rank: number; first: number }>();
  paragraphs.forEach((p, i) => {
    // Kind words in capitals ("UBND HUYỆN ĐẦM DƠI") are read like lower-case ones (same length).
    for (const m of p.text.replace(KIND_CAPS, (k) => k.toLowerCase()).matchAll(PRINTED_PLACE)) {
      const kind = (m[1] ?? "").toLowerCase();
      const name = `${kind} ${titleCase(m[2] ?? "")}`;
      const seen = counts.get(name) ?? { n: 0, rank: RANK[kind] ?? 4, first: i };
      seen.n++;
      counts.set(name, seen);
    }
  });
  const ranked = [...counts].sort((a, b) => a[1].rank - b[1].rank || b[1].n - a[1].n || a[1].first - b[1].first);
  return ranked[0]?.[0] ?? null;
}
