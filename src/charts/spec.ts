/** A chart described as data: its type, data and options. One dispatch for layout and table. */
import type { ChartLayout } from "./marks";
import type { DataTable } from "./table";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { layoutTimeSeries, timeSeriesTable, TIME_SERIES_NARROW, type TimeSeriesData, type TimeSeriesOptions } from "./timeSeries/layout";
import { layoutRankedBars, rankedBarsTable, RANKED_BARS_NARROW, type RankedBarsData, type RankedBarsOptions } from "./rankedBars/layout";
import { layoutStackedBars, stackedBarsTable, STACKED_BARS_NARROW, type StackedBarsData, type StackedBarsOptions } from "./stackedBars/layout";
import { componentBarsTable, layoutComponentBars, COMPONENT_BARS_NARROW, type ComponentBarsData, type ComponentBarsOptions } from "./componentBars/layout";
import { layoutStripPlot, stripPlotTable, STRIP_PLOT_NARROW, type StripPlotData, type StripPlotOptions } from "./stripPlot/layout";
import { layoutSparkline, sparklineTable, type SparklineData, type SparklineOptions } from "./sparkline/layout";
import { layoutTileMap, tileMapTable, type TileMapData, type TileMapOptions } from "./tileMap/layout";

export type ChartSpec =
  | { type: "timeSeries"; data: TimeSeriesData; options?: Partial<TimeSeriesOptions> }
  | { type: "rankedBars"; data: RankedBarsData; options?: Partial<RankedBarsOptions> }
  | { type: "stackedBars"; data: StackedBarsData; options?: Partial<StackedBarsOptions> }
  | { type: "componentBars"; data: ComponentBarsData; options?: Partial<ComponentBarsOptions> }
  | { type: "stripPlot"; data: StripPlotData; options?: Partial<StripPlotOptions> }
  | { type: "sparkline"; data: SparklineData; options?: Partial<SparklineOptions> }
  | { type: "tileMap"; data: TileMapData; options?: Partial<TileMapOptions> };

/**
 * Layouts asked for lately, by spec object. A chart is laid out by its frame (size, embed height) and drawn right
 * after on the same page, so a few recent ones are kept; a build's worth would hold every place's marks in memory.
 */
const recentLayouts = new Map<ChartSpec, ChartLayout>();
const RECENT_LAYOUTS = 16;

/** The placed layout of any chart spec (the same object when asked again for the same spec soon after). */
export function layoutOf(spec: ChartSpec): ChartLayout {
  const known = recentLayouts.get(spec);
  if (known) return known;
  const layout = computeLayout(spec);
  recentLayouts.set(spec, layout);
  if (recentLayouts.size > RECENT_LAYOUTS) recentLayouts.delete(recentLayouts.keys().next().value as ChartSpec);
  return layout;
}

function computeLayout(spec: ChartSpec): ChartLayout {
  switch (spec.type) {
    case "timeSeries": return layoutTimeSeries(spec.data, spec.options);
    case "rankedBars": return layoutRankedBars(spec.data, spec.options);
    case "stackedBars": return layoutStackedBars(spec.data, spec.options);
    case "componentBars": return layoutComponentBars(spec.data, spec.options);
    case "stripPlot": return layoutStripPlot(spec.data, spec.options);
    case "sparkline": return layoutSparkline(spec.data, spec.options);
    case "tileMap": return layoutTileMap(spec.data, spec.options);
  }
}

/**
 * Small screens. A chart laid out 480 px wide and scaled down to a 288 px column would print its 11 px
 * labels at 6.6 px. So each chart wider than a phone also has a narrow layout (about 300 px wide, same data,
 * text wrapped or stacked rather than shrunk), and the page carries both SVGs: a container query
 * (Chart.astro) shows the narrow one when the chart's box is under NARROW_BELOW px, where the wide one
 * would drop under 10 px text. CSS alone switches them, so it works without JavaScript; the hidden one is
 * display:none, which also hides it from screen readers. The table, the CSV and the SVG download come from
 * the same data, so they match either drawing (the SVG download is the wide one).
 */
export const NARROW_BELOW = 440;

const narrowSpecs = new WeakMap<ChartSpec, ChartSpec | null>();

/**
 * The same chart laid out for narrow screens, or null when its own layout already fits one (tile maps, sparklines);
 * the same object each time for one spec, so its layout is found again by layoutOf.
 */
export function narrowSpec(spec: ChartSpec): ChartSpec | null {
  let narrow = narrowSpecs.get(spec);
  if (narrow === undefined) narrowSpecs.set(spec, (narrow = computeNarrowSpec(spec)));
  return narrow;
}

function computeNarrowSpec(spec: ChartSpec): ChartSpec | null {
  switch (spec.type) {
    case "timeSeries": return { ...spec, options: { ...spec.options, ...TIME_SERIES_NARROW } };
    case "rankedBars": return { ...spec, options: { ...spec.options, ...RANKED_BARS_NARROW } };
    case "stackedBars": return { ...spec, options: { ...spec.options, ...STACKED_BARS_NARROW } };
    case "componentBars": return { ...spec, options: { ...spec.options, ...COMPONENT_BARS_NARROW } };
    case "stripPlot": return { ...spec, options: { ...spec.options, ...STRIP_PLOT_NARROW } };
    case "sparkline":
    case "tileMap": return null;
  }
}

/** The widest a chart is drawn, in px: its own width, but tile maps (301 px) may grow to 400 px. */
export function maxWidthOf(spec: ChartSpec, layout: ChartLayout): number {
  return spec.type === "tileMap" ? Math.max(400, layout.width) : layout.width;
}

/** The data drawn by any chart spec, as the table shown under it and downloaded as CSV. */
export function tableOf(spec: ChartSpec): DataTable {
  const locale = localeOf(spec);
  switch (spec.type) {
    case "timeSeries": return timeSeriesTable(spec.data, locale);
    case "rankedBars": return rankedBarsTable(spec.data, locale);
    case "stackedBars": return stackedBarsTable(spec.data, locale);
    case "componentBars": return componentBarsTable(spec.data, locale);
    case "stripPlot": return stripPlotTable(spec.data, locale);
    case "sparkline": return sparklineTable(spec.data, locale);
    case "tileMap": return tileMapTable(spec.data, locale);
  }
}

/** The language of a chart's own words: its options' locale, Vietnamese by default. */
export function localeOf(spec: ChartSpec): Locale {
  return spec.options?.locale ?? DEFAULT_LOCALE;
}
