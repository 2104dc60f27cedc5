/**
 * Tile-grid map: one equal square per province, coloured by an indicator in five classes. Every tile
 * carries its abbreviation and its value ("–" without data); a tile without data is also white with a
 * dashed outline and has its own legend entry, so neither the score nor "no data" depends on colour.
 */
import { scaleQuantize } from "d3-scale";
import { extent } from "d3-array";
import { formatNumber, valueFormatter } from "../../lib/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale";
import { t } from "../../i18n/t";
import { px, type ChartLayout, type Mark } from "../marks";
import { valueColumn, type DataTable } from "../table";

export interface Tile {
  id: string;
  abbr: string;
  col: number;
  row: number;
}

export interface TileGrid {
  name: string;
  tiles: Tile[];
  columns: number;
  rows: number;
  /** Top-left cell of the legend, in an empty part of the grid (the sea or a neighbour country). */
  legendAt: { col: number; row: number };
}

export interface TileMapData {
  title: string;
  /** What colours the tiles ("điểm PAR INDEX 2023"). */
  measure: string;
  grid: TileGrid;
  /** Value per unit_id; absent or null = no data. */
  values: Record<string, number | null>;
  /** Display name per unit_id (tooltips and table). */
  names: Record<string, string>;
  highlightId?: string | undefined;
  unit?: "number" | "percent";
  /**
   * Value range the colour classes span. Maps of the same measure and year share it, so one colour means one
   * range of values on both (the 63- and the 34-province map); default: the range of this map's own values.
   */
  domain?: [number, number] | undefined;
  /** Site path per unit_id: each tile links to its place's page. */
  paths?: Record<string, string> | undefined;
}

export interface TileMapOptions {
  tile: number;
  gap: number;
  classes: number;
  /** The language of the map's own words (legend, key, description); data's words come in that language. */
  locale: Locale;
}

export const TILE_MAP_DEFAULTS: TileMapOptions = { tile: 40, gap: 3, classes: 5, locale: DEFAULT_LOCALE };

export interface PlacedTile extends Tile {
  x: number;
  y: number;
  value: number | null;
  /** Colour class index 0..classes-1, or null for no data. */
  bin: number | null;
}

export interface TileMapLayout extends ChartLayout {
  tiles: PlacedTile[];
  /** Tiles that link to a place, as boxes in percent of the drawing (for links laid over the SVG). */
  links: { id: string; path: string; name: string; left: number; top: number; width: number; height: number }[];
  legend: { label: string; bin: number | null }[];
}

/** Tooltips, summary and table: every value with the chart's shared decimals. */
const formatterOf = (data: TileMapData, locale: Locale) => valueFormatter(data.unit, Object.values(data.values), locale);

/** The short value printed in a tile under its abbreviation: one decimal, no unit, "–" without data. */
export function tileValue(value: number | null, locale: Locale = DEFAULT_LOCALE): string {
  return value === null ? "–" : formatNumber(value, 1, locale);
}

/** Whether a class is dark enough to need white text (the two darkest of the sequential scale). */
export function onDark(bin: number | null, classes: number): boolean {
  return bin !== null && bin >= classes - 2;
}

/** Class breaks: a quantize scale over the nice extent of the known values (or of a shared domain). */
export function binScale(values: number[], classes: number, domain?: [number, number]) {
  const [lo = 0, hi = 1] = domain ?? extent(values);
  return scaleQuantize<number>().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice(classes).range([...Array(classes).keys()]);
}

/** One sentence: how many tiles have data, highest, lowest, the highlighted place. */
export function summarizeTileMap(data: TileMapData, locale: Locale = DEFAULT_LOCALE): string {
  const known = data.grid.tiles.map((tile) => ({ tile, v: data.values[tile.id] ?? null })).filter((k): k is { tile: Tile; v: number } => k.v !== null);
  const n = data.grid.tiles.length;
  if (known.length === 0) return t(locale, "chart.tileMap.empty", { grid: data.grid.name, measure: data.measure });
  const fmt = formatterOf(data, locale);
  const hi = known.reduce((a, b) => (b.v > a.v ? b : a));
  const lo = known.reduce((a, b) => (b.v < a.v ? b : a));
  const name = (id: string) => data.names[id] ?? id;
  const parts = [
    t(locale, "chart.tileMap.known", { known: String(known.length), tiles: String(n) }),
    t(locale, "chart.tileMap.highest", { name: name(hi.tile.id), value: fmt(hi.v) }),
    t(locale, "chart.tileMap.lowest", { name: name(lo.tile.id), value: fmt(lo.v) }),
  ];
  if (data.highlightId) parts.push(`${name(data.highlightId)}: ${fmt(data.values[data.highlightId])}`);
  return t(locale, "chart.tileMap.summary", { measure: data.measure, grid: data.grid.name, parts: parts.join("; ") });
}

/** Places the tiles, colours them by class and builds the legend. */
export function layoutTileMap(data: TileMapData, options: Partial<TileMapOptions> = {}): TileMapLayout {
  const { tile, gap, classes, locale } = { ...TILE_MAP_DEFAULTS, ...options };
  const step = tile + gap;
  const knownValues = data.grid.tiles.flatMap((t) => (data.values[t.id] == null ? [] : [data.values[t.id] as number]));
  const scale = binScale(knownValues, classes, data.domain);
  const tiles: PlacedTile[] = data.grid.tiles.map((t) => {
    const value = data.values[t.id] ?? null;
    return { ...t, x: t.col * step, y: t.row * step, value, bin: value === null ? null : scale(value) };
  });
  const [d0 = 0, d1 = 1] = scale.domain();
  const width = data.grid.columns * step;
  const height = data.grid.rows * step;
  const bounds = [...Array(classes).keys()].reverse().map((bin) => {
    const [a = d0, b = d1] = scale.invertExtent(bin);
    return { bin: bin as number | null, a, b };
  });
  // Legend bounds share one number of decimals among themselves: 80 – 85, or 89,50 – 90,20.
  const formatBound = valueFormatter(data.unit, bounds.flatMap((x) => [x.a, x.b]), locale);
  const legend = [
    ...(knownValues.length > 0 ? bounds.map(({ bin, a, b }) => ({ bin, label: `${formatBound(a)} – ${formatBound(b)}` })) : []),
    { bin: null, label: t(locale, "chart.noData") },
  ];
  const name = (id: string) => data.names[id] ?? id;
  const fmt = formatterOf(data, locale);
  const lx = data.grid.legendAt.col * step;
  const ly = data.grid.legendAt.row * step;
  const marks: Mark[] = [
    ...tiles.flatMap((t): Mark[] => [
      {
        type: "rect", class: `tile ${t.bin === null ? "nodata" : `seq-${t.bin}`}${t.id === data.highlightId ? " highlight" : ""}`,
        x: t.x, y: t.y, width: tile, height: tile, tip: `${name(t.id)}: ${fmt(t.value)}`,
      },
      // The abbreviation over the value; white text on the two darkest classes (contrast.test.ts checks every class).
      { type: "text", class: `small strong${onDark(t.bin, classes) ? " on-dark" : ""}`, x: px(t.x + tile / 2), y: px(t.y + tile / 2 - 3), text: t.abbr, anchor: "middle" },
      { type: "text", class: `small${onDark(t.bin, classes) ? " on-dark" : ""}`, x: px(t.x + tile / 2), y: px(t.y + tile / 2 + 12), text: tileValue(t.value, locale), anchor: "middle" },
    ]),
    { type: "text", class: "small strong", x: lx, y: ly + 12, text: data.measure },
    ...legend.flatMap((l, i): Mark[] => [
      { type: "rect", class: `tile ${l.bin === null ? "nodata" : `seq-${l.bin}`}`, x: lx, y: ly + 22 + i * 20, width: 14, height: 14 },
      { type: "text", class: "small", x: lx + 20, y: ly + 33 + i * 20, text: l.label },
    ]),
  ];
  const pct = (v: number, of: number) => px((v / of) * 100);
  const links = tiles.flatMap((t) => {
    const path = data.paths?.[t.id];
    return path ? [{ id: t.id, path, name: name(t.id), left: pct(t.x, width), top: pct(t.y, height), width: pct(tile, width), height: pct(tile, height) }] : [];
  });
  return { width, height, title: data.title, desc: summarizeTileMap(data, locale), marks, tiles, legend, links };
}

/** Every tile as a row, those without data included (empty value). */
export function tileMapTable(data: TileMapData, locale: Locale = DEFAULT_LOCALE): DataTable {
  return {
    caption: data.title,
    columns: [
      { key: "unit_id", label: t(locale, "chart.column.unitId") },
      { key: "abbr", label: t(locale, "chart.tileMap.column.abbr") },
      { key: "name", label: t(locale, "chart.tileMap.column.province") },
      valueColumn(data.measure, data.unit, Object.values(data.values)),
    ],
    rows: data.grid.tiles.map((t) => ({ unit_id: t.id, abbr: t.abbr, name: data.names[t.id] ?? t.id, value: data.values[t.id] ?? null })),
  };
}
