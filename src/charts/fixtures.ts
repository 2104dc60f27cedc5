/** Tiny inline fixtures shared by the layout tests and the SVG snapshots (made-up values, not data). */
import type { TimeSeriesData } from "./timeSeries/layout";
import type { RankedBarsData } from "./rankedBars/layout";
import type { StackedBarsData } from "./stackedBars/layout";
import type { ComponentBarsData } from "./componentBars/layout";
import type { StripPlotData } from "./stripPlot/layout";
import type { SparklineData } from "./sparkline/layout";
import type { TileMapData } from "./tileMap/layout";
import { GRID_63 } from "./tileMap/tiles63";
import { GRID_34 } from "./tileMap/tiles34";

export const timeSeries: TimeSeriesData = {
  title: "Điểm PAR INDEX của tỉnh A", subject: "tỉnh A", measure: "điểm PAR INDEX",
  points: [{ year: 2019, value: 80.5 }, { year: 2020, value: 82 }, { year: 2022, value: 84.25 }, { year: 2023, value: 86 }],
  breaks: [2022],
};

export const rankedBars: RankedBarsData = {
  title: "Điểm năm 2023", population: "tỉnh có điểm", measure: "điểm PAR INDEX 2023",
  items: [{ id: "a", label: "A", value: 85, rank: 12 }, { id: "b", label: "B", value: 91.5, rank: 3 }, { id: "c", label: "C", value: 80, rank: null }],
  highlightId: "a", mean: { value: 86, label: "Trung bình" },
};

/** Twelve provinces "T1" (best) to "T12", T5 and T6 tied; the place is T10: an excerpt shows positions 6–12. */
const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `t${i + 1}`, label: `Tỉnh T${i + 1}`, value: i === 5 ? 94 - 4 * 1.5 : 94 - i * 1.5, rank: i < 10 ? i + 1 : null }));
export const rankedBarsWhole = twelve;
export const rankedBarsExcerpt: RankedBarsData = {
  title: "Điểm năm 2023 quanh tỉnh T10: trích vị trí 6–12 trên 12 tỉnh", population: "tỉnh có điểm", measure: "điểm PAR INDEX 2023",
  items: twelve.slice(5), excerpt: { from: 6, of: 12, noun: "tỉnh" }, highlightId: "t10", mean: { value: 86, label: "Trung bình" },
};

export const stackedBars: StackedBarsData = {
  title: "Hồ sơ của huyện A", subject: "huyện A",
  rows: [
    { id: "d", label: "Cấp huyện · năm 2023", counts: { in_time: 980, late: 2, unstated: 18 }, pending: { key: "pending", count: 80 } },
    { id: "i", label: "ISO", counts: { early: 50, on_time: 45, late: 5 } },
  ],
};

export const componentBars: ComponentBarsData = {
  title: "Điểm thành phần", subject: "huyện A",
  items: [
    { code: "1", label: "Kết quả", score: 50, max: 60, depth: 0 },
    { code: "1.1", label: "Chỉ đạo", score: 9, max: 10, depth: 1 },
    { code: "2", label: "Điều tra", score: null, max: 40, depth: 0 },
  ],
};

export const stripPlot: StripPlotData = {
  title: "Thứ hạng", axisLabel: "Thứ hạng (1 = cao nhất)", domain: [1, 5], slots: [1, 2, 3, 4, 5],
  context: "trong 5 huyện của tỉnh A", dots: [{ id: "a/x", label: "X", value: 4, highlight: true, note: "70/96 điểm" }],
};

export const sparkline: SparklineData = {
  title: "PAR INDEX tỉnh A",
  points: [{ year: 2019, value: 80 }, { year: 2020, value: null }, { year: 2021, value: 83 }, { year: 2022, value: 85 }],
};

export const tileMap63: TileMapData = {
  title: "Bản đồ", measure: "PAR INDEX 2023", grid: GRID_63,
  values: { "ha-noi": 90, "soc-trang": 81.7, "quang-ninh": 92.18, "ca-mau": null },
  names: { "ha-noi": "Hà Nội", "soc-trang": "Sóc Trăng", "quang-ninh": "Quảng Ninh", "ca-mau": "Cà Mau" },
  highlightId: "soc-trang",
};

export const tileMap34: TileMapData = { title: "Bản đồ 34", measure: "PAR INDEX 2023", grid: GRID_34, values: {}, names: {} };

/** The same made-up figures as the page of an English reader gives them to a chart: data words in English. */
export const en = {
  timeSeries: { ...timeSeries, title: "PAR INDEX score of province A", subject: "province A", measure: "PAR INDEX score" } satisfies TimeSeriesData,
  rankedBarsExcerpt: {
    ...rankedBarsExcerpt, title: "2023 score around province T10: positions 6–12 of 12 provinces", population: "provinces with a score",
    measure: "2023 PAR INDEX score", excerpt: { from: 6, of: 12, noun: "provinces" }, mean: { value: 86, label: "Mean" },
  } satisfies RankedBarsData,
  stackedBars: {
    title: "Applications of district A", subject: "district A",
    rows: [
      { id: "d", label: "District level · 2023", counts: { in_time: 980, late: 2, unstated: 18 }, pending: { key: "pending", count: 80 } },
      { id: "i", label: "ISO", counts: { early: 50, on_time: 45, late: 5 } },
    ],
  } satisfies StackedBarsData,
};
