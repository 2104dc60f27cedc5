/**
 * Column definitions shared by every dataset. A column is one zod parser (string cell -> typed value)
 * plus the metadata that data/datapackage.json and the dataset pages are generated from, so a column is
 * described exactly once. Cells arrive as strings; an empty cell is missing and becomes `null`, never 0.
 */
import { z } from "astro/zod";

export type TableType = "string" | "integer" | "number" | "date" | "year";

export interface Column<T extends z.ZodTypeAny = z.ZodTypeAny> {
  zod: T;
  type: TableType;
  required: boolean;
  description: string;
  enum?: readonly string[];
  /** Name of another dataset this column references (foreign key), e.g. "units". */
  references?: string;
  /** A ";"-separated list of ids: each item references `references` (checked by the loader). */
  list?: boolean;
}

const COUNT = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const VI_THOUSANDS = /^-?\d{1,3}(\.\d{3})+$/;
const VI_DECIMAL = /^-?\d+,\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  return z.NEVER as never;
}

function checkSpaces(value: string, ctx: Ctx): boolean {
  if (value !== value.trim()) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "expected no leading or trailing spaces" });
    return false;
  }
  return true;
}

/** Parses a whole non-negative number written without separators: "7927" -> 7927. */
export function parseCount(value: string, ctx: Ctx): number {
  if (!checkSpaces(value, ctx)) return z.NEVER;
  if (COUNT.test(value)) return Number(value);
  if (VI_THOUSANDS.test(value)) {
    return fail(ctx, `expected a whole number without separators (Vietnamese thousands dot? write ${value.replace(/\./g, "")})`);
  }
  return fail(ctx, "expected a whole number ≥ 0 without separators");
}

/** Parses a decimal written with "." as decimal mark: "84.11" -> 84.11. */
export function parseDecimal(value: string, ctx: Ctx): number {
  if (!checkSpaces(value, ctx)) return z.NEVER;
  if (DECIMAL.test(value)) return Number(value);
  if (VI_DECIMAL.test(value)) {
    return fail(ctx, `expected a number with "." as decimal mark (Vietnamese decimal comma? write ${value.replace(",", ".")})`);
  }
  return fail(ctx, 'expected a number with "." as decimal mark');
}

/** Parses an ISO calendar date and rejects impossible ones such as 2021-02-30. */
export function parseIsoDate(value: string, ctx: Ctx): string {
  if (!ISO_DATE.test(value)) return fail(ctx, "expected a date as YYYY-MM-DD");
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return fail(ctx, "expected a real calendar date as YYYY-MM-DD");
  }
  return value;
}

function cell<T>(parse: (value: string, ctx: Ctx) => T) {
  return z.string().transform((value, ctx) => parse(value, ctx));
}

function maybe<T>(parse: (value: string, ctx: Ctx) => T) {
  return z.string().transform((value, ctx): T | null => (value === "" ? null : parse(value, ctx)));
}

function requiredText(value: string, ctx: Ctx): string {
  if (value === "") return fail(ctx, "expected a value (this column is required)");
  checkSpaces(value, ctx);
  return value;
}

function parseId(value: string, ctx: Ctx): string {
  if (value === "") return fail(ctx, "expected an id (this column is required)");
  if (!ID.test(value)) return fail(ctx, "expected an ASCII id such as soc-trang/my-xuyen (a-z, 0-9, '-', '/')");
  return value;
}

function parseYear(value: string, ctx: Ctx): number {
  if (!/^\d{4}$/.test(value)) return fail(ctx, "expected a four-digit year");
  const year = Number(value);
  if (year < 1990 || year > 2100) return fail(ctx, "expected a year between 1990 and 2100");
  return year;
}

function parseEnum<E extends string>(values: readonly E[]) {
  return (value: string, ctx: Ctx): E => {
    if ((values as readonly string[]).includes(value)) return value as E;
    return fail(ctx, `expected one of ${values.join(", ")}`);
  };
}

function parseList(value: string, ctx: Ctx): string[] {
  const items = value.split(";");
  if (items.some((item) => item === "" || item !== item.trim())) {
    return fail(ctx, 'expected a ";"-separated list without empty items or spaces around ";"');
  }
  return items;
}

function column<T extends z.ZodTypeAny>(zod: T, type: TableType, required: boolean, description: string, extra: Pick<Column, "enum" | "references" | "list"> = {}): Column<T> {
  return { zod, type, required, description, ...extra };
}

/** Column factories; each takes the column's documentation sentence. */
export const col = {
  id: (description: string, references?: string) =>
    column(cell(parseId), "string", true, description, references ? { references } : {}),
  optionalId: (description: string, references?: string) =>
    column(maybe(parseId), "string", false, description, references ? { references } : {}),
  text: (description: string) => column(cell(requiredText), "string", true, description),
  optionalText: (description: string) => column(maybe((v, ctx) => requiredText(v, ctx)), "string", false, description),
  count: (description: string) => column(cell(parseCount), "integer", true, description),
  optionalCount: (description: string) => column(maybe(parseCount), "integer", false, description),
  decimal: (description: string) => column(cell(parseDecimal), "number", true, description),
  optionalDecimal: (description: string) => column(maybe(parseDecimal), "number", false, description),
  year: (description: string) => column(cell(parseYear), "year", true, description),
  date: (description: string) => column(cell(parseIsoDate), "date", true, description),
  optionalDate: (description: string) => column(maybe(parseIsoDate), "date", false, description),
  enum: <E extends string>(values: readonly E[], description: string) =>
    column(cell(parseEnum(values)), "string", true, description, { enum: values }),
  optionalEnum: <E extends string>(values: readonly E[], description: string) =>
    column(maybe(parseEnum(values)), "string", false, description, { enum: values }),
  list: (description: string, references?: string) =>
    column(z.string().transform((v, ctx): string[] => (v === "" ? [] : parseList(v, ctx))), "string", false, description, { list: true, ...(references ? { references } : {}) }),
};

export type Columns = Record<string, Column>;
export type RowOf<C extends Columns> = { [K in keyof C]: z.output<C[K]["zod"]> };

/** Builds the zod object schema of a table from its column definitions. */
export function rowSchema<C extends Columns>(columns: C) {
  const shape = Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.zod])) as { [K in keyof C]: C[K]["zod"] };
  return z.object(shape).strict();
}

/** The locator columns every fact row carries: which source, which line, which section. */
export const locatorColumns = {
  source_id: col.id("Source of the figure (sources.source_id).", "sources"),
  line: col.optionalCount("1-based line in the source report's text where the figure stands; empty for web sources, whose locator is the URL."),
  section: col.optionalText("Heading number and short label of the report section holding the figure."),
  note: col.optionalText("Remarks in English: caveats, OCR readings, source conflicts."),
};
