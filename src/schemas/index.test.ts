import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_NAMES } from "./index";

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
