/** sources.csv: every report, web page and legal text a figure is taken from. */
import { col, rowSchema, type RowOf } from "./fields";

export const SOURCE_KINDS = ["report", "web", "legal"] as const;

export const sourceColumns = {
  source_id: col.id("Stable id: bc-<issuer>-<period> for reports, web-<sha1 of URL> for web pages."),
  kind: col.enum(SOURCE_KINDS, "report = a local government's CCHC report (locator: line), web = a cited web page (locator: URL), legal = a legal document."),
  issuer: col.text("Who issued or published it, e.g. UBND huyện Mỹ Xuyên, or the outlet's name."),
  title: col.text("Title of the report or page."),
  doc_number: col.optionalText("Official document number, when the source has one."),
  issued_date: col.optionalDate("Date of issue or publication, when known."),
  period_start: col.optionalDate("First day of the period a report covers."),
  period_end: col.optionalDate("Last day (or cut-off date) of the period a report covers."),
  file: col.optionalText("For reports: the text file the line numbers refer to (kept by the project, not republished)."),
  url: col.optionalText("For web sources: the cited address."),
  note: col.optionalText("Remarks in English."),
};

export const SourceSchema = rowSchema(sourceColumns);
export type Source = RowOf<typeof sourceColumns>;
