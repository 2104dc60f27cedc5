/**
 * A dataset's title, description and column descriptions in a locale: the registry (schemas/index.ts) holds both
 * languages, the Vietnamese for the Vietnamese pages and the English that datapackage.json also carries.
 */
import type { Locale } from "../i18n/locale";
import { DATASETS, type DatasetName } from "../schemas/index";

/** "Chỉ số cải cách hành chính (PAR INDEX)" / "Public Administration Reform Index (PAR INDEX)". */
export function datasetTitle(name: DatasetName, locale: Locale): string {
  return locale === "vi" ? DATASETS[name].title : DATASETS[name].titleEn;
}

/** The dataset's one-line description in `locale`. */
export function datasetDescription(name: DatasetName, locale: Locale): string {
  return locale === "vi" ? DATASETS[name].description : DATASETS[name].descriptionEn;
}

/** A column's explanation in `locale` first, and the other language's beside it (the dataset page shows both). */
export function columnDescriptions(column: { description: string; descriptionVi: string }, locale: Locale): { main: string; other: string } {
  return locale === "vi" ? { main: column.descriptionVi, other: column.description } : { main: column.description, other: column.descriptionVi };
}
