import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_NAMES, FACT_DATASETS, factRoles } from "./index";

const columns = DATASET_NAMES.flatMap((name) => Object.entries(DATASETS[name].columns).map(([column, c]) => ({ at: `${name}.${column}`, ...c })));
// Letters only Vietnamese uses among the scripts in our data: a Vietnamese sentence has at least one.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe("column documentation", () => {
  it("every column of every dataset has an English and a Vietnamese description", () => {
    expect(columns.filter((c) => c.description.trim() === "" || c.descriptionVi.trim() === "").map((c) => c.at)).toEqual([]);
  });

  it("the Vietnamese description is written in Vietnamese, not a copy of the English one", () => {
    expect(columns.filter((c) => !VIETNAMESE.test(c.descriptionVi) || c.descriptionVi === c.description).map((c) => c.at)).toEqual([]);
  });
});
describe("the registry's column roles", () => {
  it("mark every dataset of figures and no reference table", () => {
    expect(FACT_DATASETS).toEqual(DATASET_NAMES.filter((n) => n !== "units" && n !== "sources"));
  });

  it("name only columns the dataset has", () => {
    for (const name of FACT_DATASETS) {
      const roles = factRoles(name);
      const columns = Object.keys(DATASETS[name].columns);
      const named = [roles.unit, ...roles.period, ...roles.value, roles.locator, ...(roles.measure ? [roles.measure] : [])];
      expect(named.filter((c) => !columns.includes(c)), name).toEqual([]);
    }
  });

  it("point the place role at the units table", () => {
    for (const name of FACT_DATASETS) {
      const column = (DATASETS[name].columns as Record<string, { references?: string }>)[factRoles(name).unit];
      expect(column?.references, name).toBe("units");
    }
  });
});
