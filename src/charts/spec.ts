/** A chart described as data: its type, data and options. One dispatch for layout and table. */
import type { ChartLayout } from "./marks";
import type { DataTable } from "./table";
import { layoutTimeSeries, timeSeriesTable, type TimeSeriesData, type TimeSeriesOptions } from "./timeSeries/layout";
import { layoutRankedBars, rankedBarsTable, type RankedBarsData, type RankedBarsOptions } from "./rankedBars/layout";
import { layoutStackedBars, stackedBarsTable, type StackedBarsData, type StackedBarsOptions } from "./stackedBars/layout";
import { componentBarsTable, layoutComponentBars, type ComponentBarsData, type ComponentBarsOptions } from "./componentBars/layout";
import { layoutStripPlot, stripPlotTable, type StripPlotData, type StripPlotOptions } from "./stripPlot/layout";
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

/** The placed layout of any chart spec. */
export function layoutOf(spec: ChartSpec): ChartLayout {
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

/** The data drawn by any chart spec, as the table shown under it and downloaded as CSV. */
export function tableOf(spec: ChartSpec): DataTable {
  switch (spec.type) {
    case "timeSeries": return timeSeriesTable(spec.data);
    case "rankedBars": return rankedBarsTable(spec.data);
    case "stackedBars": return stackedBarsTable(spec.data);
    case "componentBars": return componentBarsTable(spec.data);
    case "stripPlot": return stripPlotTable(spec.data);
    case "sparkline": return sparklineTable(spec.data);
    case "tileMap": return tileMapTable(spec.data);
  }
}
