/** The data behind a chart, as one table: shown under the chart and downloaded as CSV, row for row. */
import { toCsv } from "../lib/csvOut";
import { formatNumber, formatPercent } from "../lib/format";

export interface TableColumn {
  /** CSV header (snake_case, ASCII). */
  key: string;
  /** Vietnamese column heading on the page. */
  label: string;
  format?: "text" | "number" | "percent";
}

export type Cell = string | number | null;

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

/** CSV of exactly the rows and columns of the table (formula-injection safe via toCsv). */
export function tableToCsv(table: DataTable): string {
  return toCsv(table.columns.map((c) => c.key), table.rows);
}

/** Display text of one cell; null is the explicit gap text. */
export function formatCell(value: Cell, column: TableColumn): string {
  if (typeof value === "string") return value;
  if (column.format === "percent") return formatPercent(value as number | null);
  if (column.format === "number") return formatNumber(value as number | null);
  return value === null ? "chưa có số liệu" : String(value);
}
