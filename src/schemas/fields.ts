/**
 * Column definitions shared by every dataset. A column is one zod parser (string cell -> typed value)
 * plus the metadata that data/datapackage.json and the dataset pages are generated from, so a column is
 * described exactly once. Cells arrive as strings; an empty cell is missing and becomes `null`, never 0.
 */
import { z } from "astro/zod";
import { stringPool } from "../lib/intern";

export type TableType = "string" | "integer" | "number" | "date" | "year";

/** A column's documentation in both languages: English for datapackage.json, Vietnamese for the site. */
export interface ColumnDoc {
  en: string;
  vi: string;
}

export interface Column<T extends z.ZodTypeAny = z.ZodTypeAny> {
  zod: T;
  /** The same parser as `zod`, callable without zod: the loader's fast path for a million rows (see rowParser). */
  read: Reader<z.output<T>>;
  type: TableType;
  required: boolean;
  /** English meaning, as written to datapackage.json and data/README.md. */
  description: string;
  /** Vietnamese meaning, shown on the dataset pages. */
  descriptionVi: string;
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

/** A cell parser: the string as written in data/ to its typed value; problems are reported on ctx. */
export type Reader<T> = (value: string, ctx: Ctx) => T;

function maybe<T>(parse: Reader<T>): Reader<T | null> {
  return (value, ctx) => (value === "" ? null : parse(value, ctx));
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

function column<T>(read: Reader<T>, type: TableType, required: boolean, doc: ColumnDoc, extra: Pick<Column, "enum" | "references" | "list"> = {}) {
  const zod = z.string().transform((value, ctx) => read(value, ctx));
  return { zod, read, type, required, description: doc.en, descriptionVi: doc.vi, ...extra } satisfies Column<typeof zod>;
}

/** Column factories; each takes the column's documentation in English and Vietnamese. */
export const col = {
  id: (doc: ColumnDoc, references?: string) =>
    column(parseId, "string", true, doc, references ? { references } : {}),
  optionalId: (doc: ColumnDoc, references?: string) =>
    column(maybe(parseId), "string", false, doc, references ? { references } : {}),
  text: (doc: ColumnDoc) => column(requiredText, "string", true, doc),
  optionalText: (doc: ColumnDoc) => column(maybe((v, ctx) => requiredText(v, ctx)), "string", false, doc),
  count: (doc: ColumnDoc) => column(parseCount, "integer", true, doc),
  optionalCount: (doc: ColumnDoc) => column(maybe(parseCount), "integer", false, doc),
  decimal: (doc: ColumnDoc) => column(parseDecimal, "number", true, doc),
  optionalDecimal: (doc: ColumnDoc) => column(maybe(parseDecimal), "number", false, doc),
  year: (doc: ColumnDoc) => column(parseYear, "year", true, doc),
  date: (doc: ColumnDoc) => column(parseIsoDate, "date", true, doc),
  optionalDate: (doc: ColumnDoc) => column(maybe(parseIsoDate), "date", false, doc),
  enum: <E extends string>(values: readonly E[], doc: ColumnDoc) =>
    column(parseEnum(values), "string", true, doc, { enum: values }),
  optionalEnum: <E extends string>(values: readonly E[], doc: ColumnDoc) =>
    column(maybe(parseEnum(values)), "string", false, doc, { enum: values }),
  list: (doc: ColumnDoc, references?: string) =>
    column((v, ctx): string[] => (v === "" ? [] : parseList(v, ctx)), "string", false, doc, { list: true, ...(references ? { references } : {}) }),
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
  source_id: col.id({
    en: "Source of the figure (sources.source_id).",
    vi: "Nguồn của số liệu (mã nguồn trong bảng Nguồn).",
  }, "sources"),
  line: col.optionalCount({
    en: "1-based line in the source report's text where the figure stands; empty for web sources, whose locator is the URL.",
    vi: "Dòng (đếm từ 1) trong bản văn bản của báo cáo nơi có số liệu; để trống với nguồn trên web, khi đó địa chỉ trang là vị trí trích dẫn.",
  }),
  section: col.optionalText({
    en: "Heading number and short label of the report section holding the figure.",
    vi: "Số đề mục và tên ngắn của phần báo cáo chứa số liệu.",
  }),
  note: col.optionalText({
    en: "Compiler's remarks on the row: caveats, readings of scanned (OCR) text, where sources disagree. Written in English during the research; the site shows them in Vietnamese where it uses them.",
    vi: "Ghi chú của người tổng hợp về dòng số liệu: lưu ý khi dùng, cách đọc văn bản quét (OCR), chỗ các nguồn khác nhau. Ghi chú được viết bằng tiếng Anh khi thu thập; trang web diễn giải bằng tiếng Việt ở nơi dùng đến.",
  }),
};

/** The outcome of reading one row: zod's safeParse shape, so the CSV boundary takes either. */
export type RowResult<R> = { success: true; data: R } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } };

/**
 * Reads a row of string cells through each column's own parser, without zod's object machinery: the same
 * functions, the same messages, the same key order as rowSchema(columns), at a fraction of the cost (the whole
 * country is about a million rows), with each distinct text kept once. Cells missing from the record read as ""
 * (the header check runs first).
 */
export function rowParser<C extends Columns>(columns: C): { safeParse(record: Record<string, string>): RowResult<RowOf<C>> } {
  const entries = Object.entries(columns);
  // Text values are interned: a million rows repeat a few thousand ids, periods and codes (src/lib/intern.ts).
  const intern = stringPool();
  // One reusable context per parser (not one per cell): `current` names the column being read.
  let current = "";
  let issues: { path: string[]; message: string }[] = [];
  const ctx = { addIssue: (issue: { message?: string }) => { issues.push({ path: [current], message: issue.message ?? "invalid" }); } } as unknown as Ctx;
  return {
    safeParse(record) {
      issues = [];
      const data: Record<string, unknown> = {};
      for (const [name, c] of entries) {
        current = name;
        const before = issues.length;
        const value: unknown = c.read(record[name] ?? "", ctx);
        if (issues.length === before) data[name] = typeof value === "string" ? intern(value) : Array.isArray(value) ? value.map(intern) : value;
      }
      return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data: data as RowOf<C> };
    },
  };
}
