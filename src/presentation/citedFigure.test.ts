import { describe, expect, it } from "vitest";
import { loadTables } from "../tables/tables";
import { figuresOfSource } from "../metrics/provenance";
import { vietnameseLetters } from "../i18n/letters";
import { citedFigureLabel } from "./citedFigure";

const tables = loadTables("data");
const figures = figuresOfSource(tables, "bc-tay-son-2021");

describe("citedFigureLabel", () => {
  it("names a ranked PAR INDEX score as the Vietnamese source page did, and in English", () => {
    const par = figures.find((f) => f.fact.dataset === "par_index" && f.fact.row.rank !== null);
    expect(par).toBeDefined();
    expect(citedFigureLabel(par!.fact, "vi")).toBe("Chỉ số CCHC 2021 (hạng 4/11)");
    expect(citedFigureLabel(par!.fact, "en")).toBe("PAR INDEX 2021 (rank 4 of 11)");
  });

  it("keeps a component's Vietnamese name as the report gives it", () => {
    const component = figuresOfSource(tables, "bc-tay-son-2021").find((f) => f.fact.dataset === "par_components");
    if (!component || component.fact.dataset !== "par_components") return;
    expect(citedFigureLabel(component.fact, "en")).toBe(`PAR INDEX ${component.fact.row.year}, item ${component.fact.row.code} ${component.fact.row.name}`);
  });

  it("says every figure of every source in English, with no Vietnamese letter but a component's name", () => {
    for (const { row } of tables.sources) {
      for (const f of figuresOfSource(tables, row.source_id)) {
        const label = citedFigureLabel(f.fact, "en");
        const words = f.fact.dataset === "par_components" ? label.replace(f.fact.row.name, "") : label;
        expect(vietnameseLetters(words), `${row.source_id}: ${words}`).toEqual([]);
      }
    }
  });
});
