/**
 * Synthetic data for benchmarks only: a country, provinces and districts with made-up names and figures,
 * written to a folder the caller chooses (never data/). Every row cites one synthetic source.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../../src/schemas/index";
import { toCsv } from "../../src/lib/csvOut";

/** Deterministic pseudo-random numbers (mulberry32), so two runs write the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes all datasets for `places` places (1 province per 20) over `years` years; returns sample ids. */
export function writeSyntheticData(dir: string, places: number, years: number): { province: string; district: string } {
  const rnd = random(places);
  const provinces = Math.max(3, Math.round(places / 20));
  const rows: Record<DatasetName, Record<string, unknown>[]> = Object.fromEntries(DATASET_NAMES.map((n) => [n, []])) as unknown as Record<DatasetName, Record<string, unknown>[]>;
  const src = { source_id: "bench-synthetic", line: "", section: "", note: "synthetic benchmark row" };
  rows.sources.push({ source_id: "bench-synthetic", kind: "web", issuer: "Dữ liệu thử", title: "Dữ liệu tổng hợp cho đo hiệu năng", url: "https://example.invalid/bench" });
  rows.units.push({ unit_id: "viet-nam", name: "Việt Nam", kind: "quoc_gia", source_id: "bench-synthetic" });
  const firstYear = 2024 - years + 1;
  // Dossier and online-service figures always cite a report line; synthetic ones get consecutive lines.
  let line = 0;
  for (let p = 0; p < provinces; p++) {
    const id = `tinh-thu-${p + 1}`;
    rows.units.push({ unit_id: id, name: `Thử Nghiệm ${p + 1}`, kind: "tinh", parent_id: "viet-nam", region: `Vùng ${(p % 6) + 1}`, source_id: "bench-synthetic" });
    for (let y = firstYear; y <= 2024; y++) {
      rows.par_index.push({ unit_id: id, year: y, assessor: "ministry", score: (75 + rnd() * 20).toFixed(2), max_score: 100, rank_scope: "none", quality: "stated", ...src });
      rows.satisfaction.push({ unit_id: id, year: y, survey: "sipas", indicator: "overall", value: (75 + rnd() * 20).toFixed(2), max_value: 100, rank_scope: "none", quality: "stated", ...src });
    }
  }
  for (let d = 0; d < places - provinces; d++) {
    const province = `tinh-thu-${(d % provinces) + 1}`;
    const id = `${province}/huyen-thu-${d + 1}`;
    rows.units.push({ unit_id: id, name: `Huyện Thử ${d + 1}`, kind: "huyen", parent_id: province, source_id: "bench-synthetic" });
    for (let y = firstYear; y <= 2024; y++) {
      rows.par_index.push({ unit_id: id, year: y, assessor: "province", score: (60 + rnd() * 35).toFixed(2), max_score: 100, rank_scope: "none", quality: "stated", ...src });
      const received = 1000 + Math.floor(rnd() * 40000);
      const pending = Math.floor(received * rnd() * 0.02);
      const resolved = received - pending;
      const late = Math.floor(resolved * rnd() * 0.01);
      const period = { unit_id: id, period_start: `${y}-01-01`, period_end: `${y}-12-31`, level: "district", value_unit: "count", ...src };
      for (const [measure, value] of [["received", received], ["resolved", resolved], ["resolved_on_time_incl_early", resolved - late], ["resolved_late", late], ["pending", pending]] as const) {
        rows.dossiers.push({ ...period, measure, value, line: ++line });
      }
      rows.online_services.push({ ...period, measure: "dossiers_online", value: Math.floor(received * rnd()), line: ++line });
    }
  }
  for (const name of DATASET_NAMES) writeFileSync(join(dir, DATASETS[name].file), toCsv(Object.keys(DATASETS[name].columns), rows[name]));
  return { province: "tinh-thu-1", district: `tinh-thu-1/huyen-thu-1` };
}
