/**
 * dossiers.csv and online_services.csv share one long layout: one figure per row, so each figure keeps
 * its own line locator. A percentage row (value_unit = percent) is a share AS STATED by the source;
 * `denominator` names the count measure it is a share of, so the stated share can be checked.
 */
import { col, locatorColumns, rowSchema, type RowOf } from "./fields";
import { DOSSIER_MEASURES, ONLINE_MEASURES } from "./measures";

export const LEVELS = ["province", "district", "commune", "department", "total"] as const;
export type Level = (typeof LEVELS)[number];
export const VALUE_UNITS = ["count", "percent"] as const;

function figureColumns<M extends string>(measures: readonly M[], what: string) {
  return {
    unit_id: col.id("Place the figure is about (units.unit_id).", "units"),
    period_start: col.optionalDate("First day of the period covered; empty for a stock counted on period_end."),
    period_end: col.date("Last day or cut-off date of the period covered."),
    level: col.enum(LEVELS, "Which tier handled it inside the place: province, district, commune (all communes together, or the commune itself), department, or total of the tiers the source adds up."),
    measure: col.enum(measures, `What is counted (${what}); see data/README.md for each measure.`),
    value: col.decimal("The figure as stated: a count, or a percentage (0-100) when value_unit is percent."),
    value_unit: col.enum(VALUE_UNITS, "count or percent."),
    denominator: col.optionalText("For percentages: the measure the stated share is a share of (e.g. resolved); empty for counts."),
    ...locatorColumns,
    line: col.count("1-based line in the source report's text where the figure stands (every figure here comes from a report)."),
  };
}

export const dossierColumns = figureColumns(DOSSIER_MEASURES, "administrative dossiers");
export const DossierSchema = rowSchema(dossierColumns);
export type DossierRow = RowOf<typeof dossierColumns>;

export const onlineServiceColumns = figureColumns(ONLINE_MEASURES, "procedures and online services");
export const OnlineServiceSchema = rowSchema(onlineServiceColumns);
export type OnlineServiceRow = RowOf<typeof onlineServiceColumns>;
