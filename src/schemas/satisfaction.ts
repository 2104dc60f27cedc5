/** satisfaction.csv: SIPAS and other satisfaction surveys; stats.csv: statistics over a population of units. */
import { col, locatorColumns, rowSchema, type RowOf } from "./fields";
import { QUALITIES, RANK_SCOPES } from "./parIndex";

export const SURVEYS = ["sipas", "provincial_survey", "local_survey"] as const;

export const satisfactionColumns = {
  unit_id: col.id("Place surveyed (units.unit_id).", "units"),
  year: col.year("Survey year."),
  survey: col.enum(SURVEYS, "sipas = Bộ Nội vụ's national SIPAS; provincial_survey = a province's own survey of its units; local_survey = the unit's own survey."),
  indicator: col.text("overall, or a snake_case sub-index code."),
  value: col.optionalDecimal("Value as stated, in percent (0-100) unless max_value says otherwise; empty when only a rank is known."),
  max_value: col.decimal("Scale maximum (100 for percentages)."),
  rank: col.optionalCount("Rank as stated."),
  rank_of: col.optionalCount("Number of units ranked."),
  rank_scope: col.enum(RANK_SCOPES, "As in par_index."),
  sample_size: col.optionalCount("Number of respondents, when stated."),
  quality: col.enum(QUALITIES, "As in par_index."),
  ...locatorColumns,
};
export const SatisfactionSchema = rowSchema(satisfactionColumns);
export type SatisfactionRow = RowOf<typeof satisfactionColumns>;

export const statColumns = {
  scope_unit_id: col.id("The unit whose population the statistic summarises (viet-nam for national figures).", "units"),
  year: col.year("Year the statistic is about."),
  indicator: col.text("par_index, sipas or another snake_case indicator."),
  population: col.text("Which units are summarised: provinces, districts, communes, departments, public_service_units, central_agencies, all_units."),
  statistic: col.text("snake_case statistic: mean, min, max, region_mean_<region>, count_<band>, ..."),
  value: col.optionalDecimal("Value as stated; empty for list-type statistics whose content is in note."),
  ...locatorColumns,
};
export const StatSchema = rowSchema(statColumns);
export type StatRow = RowOf<typeof statColumns>;
