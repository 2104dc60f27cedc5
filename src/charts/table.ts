/** The data behind a chart, as one table: shown under the chart and downloaded as CSV, row for row. */
import { toCsv } from "../lib/csvOut";
import { formatNumber, formatPercent, missingText, sharedDigits } from "../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";

export interface TableColumn {
  /** CSV header (snake_case, ASCII). */
  key: string;
  /** Vietnamese column heading on the page. */
  label: string;
  format?: "text" | "number" | "percent";
  /** Decimal places shown on the page (the CSV keeps the value as stored). */
  digits?: number;
}

export type Cell = string | number | null;

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

/** The value column of a chart's table, headed by the measure; scores keep the chart's shared decimals. */
export function valueColumn(measure: string, unit: "number" | "percent" | undefined, values: readonly (number | null | undefined)[]): TableColumn {
  const label = measure.charAt(0).toUpperCase() + measure.slice(1);
  return unit === "percent" ? { key: "value", label, format: "percent" } : { key: "value", label, format: "number", digits: sharedDigits(values) };
}

/** CSV of exactly the rows and columns of the table (formula-injection safe via toCsv). */
export function tableToCsv(table: DataTable): string {
  return toCsv(table.columns.map((c) => c.key), table.rows);
}

/** Display text of one cell; null is the explicit gap text. */
export function formatCell(value: Cell, column: TableColumn, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof value === "string") return value;
  if (column.format === "percent") return formatPercent(value as number | null, column.digits, locale);
  if (column.format === "number") return formatNumber(value as number | null, column.digits, locale);
  return value === null ? missingText(locale) : String(value);
}
