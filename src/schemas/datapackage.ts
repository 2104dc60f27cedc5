/**
 * Builds the Frictionless Data Package descriptor of data/ from the dataset registry. The standard has one
 * title and description per item, so each carries Vietnamese first, then English.
 */
import { DATASETS, DATASET_NAMES } from "./index";

/** Vietnamese, then English, in one text. */
const bilingual = (vi: string, en: string) => `${vi}\n\n${en}`;

/** The datapackage.json object: one resource per CSV with fields, primary key and foreign keys. */
export function dataPackage() {
  return {
    profile: "tabular-data-package",
    name: "cchc-mo",
    title: "CCHC Mở: số liệu cải cách hành chính (administrative reform data)",
    description: bilingual(
      "Chỉ số CCHC (PAR INDEX), chỉ số hài lòng SIPAS, hồ sơ thủ tục hành chính và dịch vụ công trực tuyến của chính quyền địa phương Việt Nam; mỗi số liệu kèm nguồn và vị trí trong nguồn. Khi dùng lại, xin ghi nguồn “CCHC Mở” kèm đường dẫn, và dẫn cả báo cáo hoặc trang gốc của số liệu.",
      "PAR INDEX, SIPAS, administrative dossiers and online services of Vietnamese local governments, each figure with its source and locator. When reusing, credit “CCHC Mở” with a link, and cite the figure's original report or page.",
    ),
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International (Creative Commons Ghi công 4.0 Quốc tế)" }],
    resources: DATASET_NAMES.map((name) => {
      const spec = DATASETS[name];
      const fields = Object.entries(spec.columns).map(([fieldName, c]) => ({
        name: fieldName,
        type: c.type === "year" ? "year" : c.type,
        description: bilingual(c.descriptionVi, c.list && c.references
          ? `${c.description} Each item is a ${c.references} key; Table Schema cannot declare a foreign key on a list, so the loader checks it.`
          : c.description),
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
        title: `${spec.title} (${spec.titleEn})`,
        description: bilingual(spec.description, spec.descriptionEn),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", header: true, doubleQuote: true },
        schema: { fields, missingValues: [""], primaryKey: [...spec.key], foreignKeys },
      };
    }),
  };
}
