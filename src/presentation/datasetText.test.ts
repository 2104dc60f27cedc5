import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_NAMES } from "../schemas/index";
import { vietnameseLetters } from "../i18n/letters";
import { columnDescriptions, datasetDescription, datasetTitle } from "./datasetText";

describe("datasetTitle and datasetDescription", () => {
  it("read the registry's Vietnamese for Vietnamese pages and the English that datapackage.json carries for English ones", () => {
    expect(datasetTitle("par_index", "vi")).toBe("Chỉ số cải cách hành chính (PAR INDEX)");
    expect(datasetTitle("par_index", "en")).toBe("Public Administration Reform Index (PAR INDEX)");
    for (const name of DATASET_NAMES) expect(vietnameseLetters(datasetTitle(name, "en") + datasetDescription(name, "en")), name).toEqual([]);
  });
});

describe("columnDescriptions", () => {
  it("puts the page's language first and the other beside it", () => {
    const column = Object.values(DATASETS.units.columns)[0]!;
    expect(columnDescriptions(column, "vi")).toEqual({ main: column.descriptionVi, other: column.description });
    expect(columnDescriptions(column, "en")).toEqual({ main: column.description, other: column.descriptionVi });
  });
});
