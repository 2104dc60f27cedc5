/** units.csv: every place, time-versioned (validity period, parent, successors). */
import { col, rowSchema, type RowOf } from "./fields";

export const UNIT_KINDS = [
  "quoc_gia",
  "tinh",
  "thanh_pho_truc_thuoc_tw",
  "huyen",
  "quan",
  "thi_xa",
  "thanh_pho_thuoc_tinh",
  "xa",
  "phuong",
  "thi_tran",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const unitColumns = {
  unit_id: col.id("Stable ASCII id; districts are <province>/<district>, communes <province>/<district>/<commune>. Pre-2025 provinces that were merged keep their name slug; units created on 1 July 2025 end in -2025."),
  name: col.text("Proper name without the kind word, with full diacritics (\"Mỹ Xuyên\", \"1\" for Phường 1)."),
  kind: col.enum(UNIT_KINDS, "Administrative kind: country, province, centrally-run city, district, urban district, town, provincial city, commune, ward, township."),
  parent_id: col.optionalId("The unit this one belongs to (units.unit_id); empty for the country.", "units"),
  gso_code: col.optionalText("Statistical (GSO) code of pre-2025 provinces, two digits; empty when not known."),
  region: col.optionalText("Socio-economic region (Resolution 81/2023/QH15) of pre-2025 provinces; empty otherwise."),
  valid_from: col.optionalDate("First day the unit existed in this form; empty = before the period our data covers."),
  valid_to: col.optionalDate("Last day the unit existed in this form (2025-06-30 for merged provinces and every district); empty = still exists or not known (see note)."),
  successor_ids: col.list("\";\"-separated units that took over this unit's territory on valid_to + 1 day.", "units"),
  aliases: col.list("\";\"-separated alternative names and abbreviations used for search (TP.HCM, BR-VT)."),
  source_id: col.id("Source naming the unit (sources.source_id).", "sources"),
  line: col.optionalCount("Line of the source report where the unit is first named; empty for web sources."),
  note: col.optionalText("Remarks in English."),
};

export const UnitSchema = rowSchema(unitColumns);
export type Unit = RowOf<typeof unitColumns>;
