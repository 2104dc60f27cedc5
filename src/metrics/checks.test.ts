import { describe, expect, it } from "vitest";
import type { Tables } from "../loaders/datasets";
import type { DossierRow } from "../schemas/figures";
import type { ParComponentRow, ParIndexRow } from "../schemas/parIndex";
import { percentTolerance, runChecks, computedDigits } from "./checks";
import { groupFigures, lateRate, onTimeRate } from "./figures";
import { checkText } from "../presentation/checkText";

const base = { unit_id: "t/x", period_start: "2023-01-01", period_end: "2023-12-15", level: "total", source_id: "s", section: null, note: null } as const;

function dossier(measure: string, value: number, extra: Partial<DossierRow> = {}): { csvLine: number; row: DossierRow } {
  const pct = measure.endsWith("_pct");
  return { csvLine: 0, row: { ...base, measure, value, value_unit: pct ? "percent" : "count", denominator: pct ? "resolved" : null, line: 10, ...extra } as DossierRow };
}

function tables(part: Partial<Tables>): Tables {
  return { units: [], sources: [], par_index: [], par_components: [], satisfaction: [], stats: [], dossiers: [], online_services: [], ...part };
}

describe("onTimeRate and lateRate", () => {
  it("divide by resolved dossiers, not received", () => {
    const [g] = groupFigures([dossier("received", 100), dossier("resolved", 80), dossier("resolved_on_time_incl_early", 78), dossier("resolved_late", 2)]);
    expect(g && onTimeRate(g)).toBeCloseTo(97.5);
    expect(g && lateRate(g)).toBeCloseTo(2.5);
  });
  it("add early to on time when the source splits them", () => {
    const [g] = groupFigures([dossier("resolved_early", 50), dossier("resolved_on_time", 40), dossier("resolved_late", 10)]);
    expect(g && onTimeRate(g)).toBeCloseTo(90);
  });
  it("is null, not 0, when a count is missing", () => {
    const [g] = groupFigures([dossier("received", 100)]);
    expect(g && onTimeRate(g)).toBeNull();
  });
});

describe("runChecks on dossiers", () => {
  it("flags a stated 0.01% that the counts give as 0.10% (Vĩnh Châu 2023 pattern)", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved", 59802), dossier("resolved_late", 62), dossier("resolved_late_pct", 0.01)] }));
    const c = checks.find((x) => x.kind === "percent");
    expect(c?.ok).toBe(false);
    expect(c && checkText(c, "vi")).toBe("Nguồn ghi tỷ lệ trễ hạn là 0,01%, nhưng 62 / 59.802 (hồ sơ đã giải quyết) cho 0,10%.");
  });
  it("accepts a stated share within half a unit of its last digit", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved", 20351), dossier("resolved_late", 34), dossier("resolved_late_pct", 0.17)] }));
    expect(checks.find((x) => x.kind === "percent")?.ok).toBe(true);
  });
  it("checks received = resolved + pending parts when the source gives no pending total", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 100), dossier("resolved", 90), dossier("pending_within_deadline", 7), dossier("pending_overdue", 3)] }));
    expect(checks.filter((x) => x.kind === "sum")).toMatchObject([{ ok: true, stated: 100, computed: 100 }]);
  });
  it("checks received = resolved + pending", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 100), dossier("resolved", 90), dossier("pending", 9)] }));
    const c = checks.find((x) => x.kind === "sum");
    expect(c).toMatchObject({ ok: false, stated: 100, computed: 99 });
  });
  it("checks that a total level equals the sum of the levels", () => {
    const checks = runChecks(tables({
      dossiers: [dossier("received", 39578), dossier("received", 7927, { level: "district" }), dossier("received", 31651, { level: "commune" })],
    }));
    expect(checks.find((x) => x.id.endsWith("-levels"))).toMatchObject({ ok: true, computed: 39578 });
  });
  it("flags two different values the same source gives for one figure", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved_late", 34), dossier("resolved_late", 30, { line: 705 })] }));
    expect(checkText(checks.find((x) => x.kind === "conflict")!, "vi")).toBe("Cùng một nguồn ghi hai số khác nhau cho giải quyết trễ hạn: 34 (dòng 10) và 30 (dòng 705).");
  });
});

const par = (extra: Partial<ParIndexRow>): { csvLine: number; row: ParIndexRow } => ({
  csvLine: 0,
  row: { unit_id: "t/x", year: 2021, assessor: "province", score: 84.11, max_score: 100, percent_stated: null, rank: 4, rank_of: 11, rank_scope: "province", band: null, quality: "stated", source_id: "s", line: 1, section: null, note: null, ...extra },
});
const comp = (code: string, parent: string | null, score: number, max: number): { csvLine: number; row: ParComponentRow } => ({
  csvLine: 0,
  row: { unit_id: "t/x", year: 2021, assessor: "province", code, parent_code: parent, name: code, score, max_score: max, source_id: "s", line: 2, section: null, note: null },
});

describe("runChecks on PAR", () => {
  it("checks that components add up to the score", () => {
    const checks = runChecks(tables({ par_index: [par({})], par_components: [comp("1", null, 50.39, 60), comp("2", null, 33.72, 40)] }));
    expect(checks.find((c) => c.kind === "components")).toMatchObject({ ok: true, computed: 84.11 });
  });
  it("skips a partial breakdown whose maxima do not cover the parent", () => {
    const checks = runChecks(tables({ par_index: [par({})], par_components: [comp("1", null, 50.39, 60), comp("1.1", "1", 3, 6.5)] }));
    expect(checks.filter((c) => c.kind === "components" && c.id.endsWith("-1"))).toEqual([]);
  });
  it("flags a stated percentage that does not match score / maximum (58,84/70 is not 84,69%)", () => {
    const checks = runChecks(tables({ par_index: [par({ score: 58.84, max_score: 70, percent_stated: 84.69, assessor: "self" })] }));
    expect(checkText(checks.find((c) => c.kind === "percent")!, "vi")).toBe("Nguồn ghi 84,69%, nhưng 58,84/70 điểm cho 84,06%.");
  });
  it("flags a rank beyond the number ranked", () => {
    expect(runChecks(tables({ par_index: [par({ rank: 12, rank_of: 11 })] })).find((c) => c.kind === "rank")?.ok).toBe(false);
  });
});

describe("percentTolerance", () => {
  it.each([[0.01, 0.005], [98.7, 0.05], [84, 0.5]])("percentTolerance(%s) is about %s", (stated, tol) => expect(percentTolerance(stated)).toBeCloseTo(tol, 6));
});

describe("computedDigits", () => {
  it("adds decimals until a mismatch no longer looks like a match", () => {
    expect(computedDigits((4455 / 4516) * 100, 98.7)).toBe(3); // 98,649%, not 98,65%
    expect(computedDigits((62 / 59802) * 100, 0.01)).toBe(2); // 0,10% against 0,01%
    expect(computedDigits(84.06, 84.69)).toBe(2);
    expect(computedDigits(98.66, 98.7)).toBe(2); // a match keeps the usual two decimals
  });
});

describe("grades of runChecks", () => {
  it("grade a passed check \"ok\" and a failed one never \"ok\"", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 100), dossier("resolved", 90), dossier("pending", 9), dossier("resolved_late", 62), dossier("resolved_late_pct", 68.89)] }));
    expect(checks.length).toBeGreaterThan(1);
    for (const c of checks) expect(c.grade === "ok").toBe(c.ok);
  });
  it("grade a share cut rather than rounded as rounding (U Minh Thượng: 61/4.516 = 1,351% printed 1,3%)", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved", 4516), dossier("resolved_late", 61), dossier("resolved_late_pct", 1.3)] }));
    expect(checks.find((x) => x.kind === "percent")).toMatchObject({ ok: false, grade: "rounding" });
  });
  it("grade a share printed as 100% minus the other share as rounding, and the counts that do not add up as a contradiction (Vĩnh Châu 2023)", () => {
    const rec = (measure: string, value: number) => dossier(measure, value, { level: "commune", value_unit: measure.endsWith("_pct") ? "percent" : "count", denominator: measure.endsWith("_pct") ? "received" : null });
    const checks = runChecks(tables({ dossiers: [rec("received", 39475), rec("received_online", 25945), rec("received_online_pct", 65.73), rec("received_in_person", 13535), rec("received_in_person_pct", 34.27)] }));
    const share = checks.find((c) => c.id.includes("received_in_person_pct"));
    expect(share?.grade).toBe("rounding");
    expect(share && checkText(share, "vi")).toBe("Nguồn ghi tỷ lệ hồ sơ trực tiếp là 34,27%, bằng 100% trừ 65,73% (tỷ lệ các phần còn lại); tính trực tiếp 13.535 / 39.475 (hồ sơ tiếp nhận) cho 34,29%, vì các số đếm không cộng đúng tổng.");
    expect(checks.find((c) => c.kind === "sum")).toMatchObject({ grade: "contradiction", stated: 39475, computed: 39480 });
  });
  it("grade two values for one figure as a contradiction (34 and 30)", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved_late", 34), dossier("resolved_late", 30, { line: 705 })] }));
    expect(checks.find((x) => x.kind === "conflict")?.grade).toBe("contradiction");
  });
  it("grade the same share printed twice with different decimals as rounding (98,65% and 98,7%)", () => {
    const checks = runChecks(tables({ dossiers: [dossier("resolved_late_pct", 98.65), dossier("resolved_late_pct", 98.7, { line: 20 })] }));
    expect(checks.find((x) => x.kind === "conflict")?.grade).toBe("rounding");
  });
  it("grade a total with only some of its parts as missing, naming what the source does not give", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 100), dossier("resolved", 90)] }));
    expect(checks).toMatchObject([{ kind: "sum", ok: false, grade: "missing", stated: 100, computed: 90, words: { code: "missing", total: "received", given: ["resolved"], absent: ["pending"] } }]);
    expect(checkText(checks[0]!, "vi")).toBe("Nguồn ghi hồ sơ tiếp nhận là 100, hồ sơ đã giải quyết được 90, nhưng không nêu hồ sơ đang giải quyết (còn 10 chưa rõ).");
  });
  it("leave nothing missing when the parts given already make the total (the absent part is zero)", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 7927), dossier("resolved", 7836), dossier("pending_within_deadline", 91)] }));
    expect(checks.filter((c) => c.grade === "missing")).toEqual([]);
  });
  it("grade parts that already exceed their total as a contradiction", () => {
    const checks = runChecks(tables({ dossiers: [dossier("received", 100), dossier("resolved", 120)] }));
    expect(checks.find((c) => c.kind === "sum")).toMatchObject({ grade: "contradiction", computed: 120 });
  });
  it("grade component scores that miss the total by their rounding as rounding", () => {
    const checks = runChecks(tables({ par_index: [par({ score: 84.12 })], par_components: [comp("1", null, 50.39, 60), comp("2", null, 33.72, 40)] }));
    expect(checks.find((c) => c.kind === "components")).toMatchObject({ ok: false, grade: "rounding" });
    const far = runChecks(tables({ par_index: [par({ score: 84.5 })], par_components: [comp("1", null, 50.39, 60), comp("2", null, 33.72, 40)] }));
    expect(far.find((c) => c.kind === "components")).toMatchObject({ ok: false, grade: "contradiction" });
  });
});

describe("runChecks on online services", () => {
  const os = (measure: string, value: number) => ({ csvLine: 0, row: { ...base, measure, value, value_unit: "count", denominator: null, line: 353 } }) as unknown as Tables["online_services"][number];
  it("adds up published procedures whichever code the amended and abolished parts carry (Vĩnh Châu: 11 + 60 + 75 = 146)", () => {
    const checks = runChecks(tables({ online_services: [os("procedures_published", 146), os("procedures_published_new", 11), os("procedures_amended", 60), os("procedures_abolished", 75)] }));
    expect(checks).toMatchObject([{ kind: "sum", ok: true, grade: "ok", stated: 146, computed: 146 }]);
  });
});
