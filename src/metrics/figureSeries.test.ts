import { describe, expect, it } from "vitest";
import type { DossierRow } from "../schemas/figures";
import type { Check } from "./checks";
import { groupFigures } from "./figures";
import { citedByRow, figureBlocks, fitsSeries, laterPeriods, rowLocator, sharedCaveats, type FigureSeries } from "./figureSeries";

const base = { unit_id: "t/x", level: "commune", source_id: "s", section: null, note: null } as const;

/** A dossier row of one month (2025-MM), at report line `line`. */
function row(month: number, measure: string, value: number, extra: Partial<DossierRow> = {}): { csvLine: number; row: DossierRow } {
  const m = String(month).padStart(2, "0");
  const pct = measure.endsWith("_pct");
  return {
    csvLine: 0,
    row: { ...base, period_start: `2025-${m}-01`, period_end: `2025-${m}-28`, measure, value, value_unit: pct ? "percent" : "count", denominator: pct ? "resolved" : null, line: 10 + month, ...extra } as DossierRow,
  };
}
const month = (m: number, extra: Partial<DossierRow> = {}) => [row(m, "received", 100 + m, extra), row(m, "resolved", 90 + m, extra), row(m, "pending", 10, extra)];
const blocksOf = (rows: ReturnType<typeof row>[], checks: (key: string) => Check[] = () => []) =>
  figureBlocks(groupFigures(rows).map((group) => ({ group, checks: checks(group.key) })));
const failed = { ok: false } as Check;

describe("fitsSeries", () => {
  it("takes a group of counts stated once each, whose checks pass", () => {
    const [g] = groupFigures(month(7));
    expect(g && fitsSeries(g, [])).toBe(true);
  });
  it("leaves a group with a stated share, a second value or a failed check in a table of its own", () => {
    const [withShare] = groupFigures([...month(7), row(7, "resolved_pct", 90)]);
    const [twice] = groupFigures([...month(7), row(7, "received", 99)]);
    const [plain] = groupFigures(month(7));
    expect(withShare && fitsSeries(withShare, [])).toBe(false);
    expect(twice && fitsSeries(twice, [])).toBe(false);
    expect(plain && fitsSeries(plain, [failed])).toBe(false);
  });
});

describe("figureBlocks", () => {
  it("reads months of the same measures at one level as one series, a row per month, in the groups' order", () => {
    const blocks = blocksOf([...month(8), ...month(7)]);
    expect(blocks).toHaveLength(1);
    const [series] = blocks;
    expect(series?.kind).toBe("series");
    if (series?.kind !== "series") return;
    expect(series.measures).toEqual(["received", "resolved", "pending"]);
    expect(series.rows.map((r) => [r.period_end, r.cells.get("received")?.row.value, r.cite.line])).toEqual([["2025-08-28", 108, 18], ["2025-07-28", 107, 17]]);
    expect(series.rows[0]?.caveats).toEqual([{ code: "period.cutoff", params: { date: "2025-08-28" } }]);
  });
  it("keeps a lone period, and periods of other measures, as tables of their own (no table of gaps)", () => {
    const other = [row(6, "received", 5), row(6, "withdrawn", 1)];
    const blocks = blocksOf([...month(8), ...month(7), ...other, ...month(5, { level: "district" })]);
    expect(blocks.map((b) => b.kind)).toEqual(["series", "group", "group"]);
  });
  it("puts a series where its first period stood and leaves out a period whose check failed", () => {
    const rows = [...month(9), ...month(8), ...month(7)];
    const blocks = blocksOf(rows, (key) => (key.includes("2025-08-01") ? [failed] : []));
    expect(blocks.map((b) => b.kind)).toEqual(["series", "group"]);
    const [series] = blocks;
    expect(series?.kind === "series" && series.rows.map((r) => r.period_end)).toEqual(["2025-09-28", "2025-07-28"]);
  });
});

describe("rowLocator and citedByRow", () => {
  it("cite the line most figures of a row share; a figure from another line keeps its own", () => {
    const cells = [row(7, "received", 1), row(7, "resolved", 1), row(7, "pending", 1, { line: 99 })];
    expect(rowLocator(cells)).toEqual({ source_id: "s", line: 17, section: null });
    const [series] = blocksOf([...cells, ...month(8)]);
    if (series?.kind !== "series") throw new Error("expected a series");
    const july = series.rows[0]!;
    expect(citedByRow(july.cells.get("received")!, july)).toBe(true);
    expect(citedByRow(july.cells.get("pending")!, july)).toBe(false);
  });
});

describe("laterPeriods", () => {
  it("names the periods of a series after its first (latest) one, and no group standing alone", () => {
    const blocks = blocksOf([...month(9), ...month(8), ...month(7), row(6, "received", 5)]);
    expect([...laterPeriods(blocks)].map((g) => g.period_end)).toEqual(["2025-08-28", "2025-07-28"]);
  });
});

describe("sharedCaveats", () => {
  it("names the caveats every row carries, once; a caveat of some rows only stays with them", () => {
    const cutoff = (date: string) => ({ code: "period.cutoff", params: { date } }) as const;
    const rows = [{ caveats: [cutoff("2025-08-28"), { code: "quality.inferred" }] }, { caveats: [cutoff("2025-08-28")] }] as unknown as FigureSeries["rows"];
    expect(sharedCaveats({ kind: "series", level: "commune", measures: [], rows })).toEqual([cutoff("2025-08-28")]);
    expect(sharedCaveats({ kind: "series", level: "commune", measures: [], rows: [] })).toEqual([]);
  });
});
