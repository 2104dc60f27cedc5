/** par_index.csv and par_components.csv: PAR INDEX (Chỉ số CCHC) scores, ranks and their breakdown. */
import { col, locatorColumns, rowSchema, type RowOf } from "./fields";

export const ASSESSORS = ["ministry", "province", "self"] as const;
export const RANK_SCOPES = ["national", "province", "none"] as const;
export const QUALITIES = ["stated", "listing_order", "inferred", "derived"] as const;

export const parIndexColumns = {
  unit_id: col.id("Place assessed (units.unit_id).", "units"),
  year: col.year("Assessment year the score is about (results are published the following spring)."),
  assessor: col.enum(ASSESSORS, "ministry = Bộ Nội vụ's national PAR INDEX; province = the province's index of its districts; self = the unit's own self-assessment."),
  score: col.optionalDecimal("Score as stated, in points; empty when the source gives only a rank."),
  max_score: col.decimal("Maximum attainable score for this assessment (100 nationally; e.g. 96 or 70 locally)."),
  percent_stated: col.optionalDecimal("Percentage as stated by the source (0-100); empty when not stated."),
  rank: col.optionalCount("Rank as stated (1 = best)."),
  rank_of: col.optionalCount("Number of units ranked."),
  rank_scope: col.enum(RANK_SCOPES, "national = among provinces; province = among the units of one province; none = not ranked."),
  band: col.optionalText("Classification word as stated (Tốt, Khá, ...)."),
  quality: col.enum(QUALITIES, "stated = printed in the source; listing_order = rank taken from the order of a list; inferred/derived = simple arithmetic or inference on printed figures (weaker)."),
  ...locatorColumns,
};
export const ParIndexSchema = rowSchema(parIndexColumns);
export type ParIndexRow = RowOf<typeof parIndexColumns>;

export const parComponentColumns = {
  unit_id: col.id("Place assessed (units.unit_id).", "units"),
  year: col.year("Assessment year."),
  assessor: col.enum(ASSESSORS, "Who assessed (as in par_index)."),
  code: col.text("Component code, hierarchical with dots (1, 1.3, 1.3.a)."),
  parent_code: col.optionalText("Code of the enclosing component; empty for top-level components."),
  name: col.text("Short Vietnamese name of the component."),
  score: col.optionalDecimal("Points obtained."),
  max_score: col.optionalDecimal("Maximum points of the component."),
  ...locatorColumns,
};
export const ParComponentSchema = rowSchema(parComponentColumns);
export type ParComponentRow = RowOf<typeof parComponentColumns>;
