/** Builds the Frictionless Data Package descriptor of data/ from the dataset registry. */
import { DATASETS, DATASET_NAMES } from "./index";

/** The datapackage.json object: one resource per CSV with fields, primary key and foreign keys. */
export function dataPackage() {
  return {
    profile: "tabular-data-package",
    name: "cchc-mo",
    title: "CCHC Mở: số liệu cải cách hành chính",
    description: "PAR INDEX, SIPAS, administrative dossiers and online services of Vietnamese local governments, each figure with its source and locator.",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    resources: DATASET_NAMES.map((name) => {
      const spec = DATASETS[name];
      const fields = Object.entries(spec.columns).map(([fieldName, c]) => ({
        name: fieldName,
        type: c.type === "year" ? "year" : c.type,
        description: c.list && c.references
          ? `${c.description} Each item is a ${c.references} key; Table Schema cannot declare a foreign key on a list, so the loader checks it.`
          : c.description,
        constraints: { required: c.required, ...(c.enum ? { enum: [...c.enum] } : {}) },
      }));
      const foreignKeys = Object.entries(spec.columns)
        .filter(([, c]) => c.references && !c.list)
        .map(([fieldName, c]) => ({
          fields: fieldName,
          reference: { resource: c.references, fields: DATASETS[c.references as keyof typeof DATASETS].key[0] },
        }));
      return {
        name,
        path: spec.file,
        profile: "tabular-data-resource",
        title: spec.title,
        description: spec.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", header: true, doubleQuote: true },
        schema: { fields, missingValues: [""], primaryKey: [...spec.key], foreignKeys },
      };
    }),
  };
}
