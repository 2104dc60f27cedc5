/**
 * Which charts a place has, and the data behind each: one builder per chart id. The page, the embed page,
 * the CSV and the SVG download all call the same builder, so what is downloaded is what is drawn.
 */
import type { ChartSpec } from "../charts/spec";
import type { StackRow } from "../charts/stackedBars/layout";
import { EXCERPT_RADIUS, excerptAround, excerptText, sortRanked, type RankedItem } from "../charts/rankedBars/layout";
import { GRID_63 } from "../charts/tileMap/tiles63";
import { GRID_34 } from "../charts/tileMap/tiles34";
import { formatNumber, formatPeriod } from "../lib/format";
import type { ParIndexRow } from "../schemas/parIndex";
import { LEVEL_LABEL } from "../lib/labels";
import { PAR_METHOD_BREAKS, SIPAS_METHOD_BREAKS } from "../metrics/caveats";
import { resolvedInTime, resolvedTotal, valueOf, lateRate } from "../metrics/figures";
import { displayName, placePath, tierOf } from "../metrics/places";
import { INDICATORS, nationalMean, parValue, rankIsStated, scoredEntries, yearsOf, type Indicator } from "../metrics/rankings";
import type { SiteData } from "../metrics/placeView";
import type { Locator } from "../lib/cite";
import { memoPer, memoRecent } from "../lib/collect";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { bestParYear, CHART_PERIODS, latestParYear, ministryScores, RANKING_CHART, rankingChartId } from "../metrics/placeCharts";

export interface PlaceChart {
  /** ASCII slug of the chart kind, used in URLs (/nhung/<chartId>/<unitId>/). */
  chartId: string;
  unitId: string;
  /** The language of its words (heading, drawing, table, note); its frame, embed page and files are in it too. */
  locale: Locale;
  /** Heading of the chart frame. */
  heading: string;
  spec: ChartSpec;
  /** source_id of every row drawn (credited in the citation line). */
  sources: string[];
  /** Report lines of the rows drawn, for the chart's citation ("Trích dẫn"); web sources have none. */
  locators?: Locator[];
  /** Short caveat shown under the chart. */
  note?: string;
  /** Who published the figures first (e.g. Bộ Nội vụ) when `sources` are the pages that reported them. */
  publisher?: string;
  /** A link under the chart to the whole of what it shows part of (a ranking excerpt's full ranking page). */
  more?: { path: string; text: string };
}

/** The Ministry of Home Affairs publishes PAR INDEX and SIPAS; web sources only report its results. */
const MINISTRY = "Bộ Nội vụ";

/** A chart's builder: everything but the locale, which placeChart adds. */
type Builder = (site: SiteData, unitId: string, locale: Locale) => Omit<PlaceChart, "locale"> | null;

const COUNTRY = "viet-nam";
const uniq = (ids: string[]) => [...new Set(ids)];
/** The report lines of the rows a chart draws. */
const locatorsOf = (rows: readonly { source_id: string; line: number | null }[]): Locator[] =>
  rows.flatMap((r) => (r.line === null ? [] : [{ source_id: r.source_id, line: r.line }]));

const parTrend: Builder = (site, unitId) => {
  const rows = site.parIndex(unitId).filter((r) => r.assessor === "ministry" && parValue(r) !== null).reverse();
  const byYear = new Map<number, ParIndexRow>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  if (byYear.size < 2) return null;
  const unit = site.places.get(unitId);
  const used = [...byYear.values()];
  return {
    chartId: "par-theo-nam", unitId, heading: "PAR INDEX qua các năm", publisher: MINISTRY,
    spec: { type: "timeSeries", data: {
      title: `Điểm PAR INDEX của ${displayName(unit)} theo năm`, subject: displayName(unit), measure: "điểm PAR INDEX",
      points: used.map((r) => ({ year: r.year, value: parValue(r) })), breaks: PAR_METHOD_BREAKS,
    } },
    sources: uniq(used.map((r) => r.source_id)), locators: locatorsOf(used),
    note: "Bộ Nội vụ đổi bộ tiêu chí năm 2022 và 2024: không so sánh trực tiếp điểm hai bên vạch đứt. Năm không có số liệu để trống.",
  };
};

const sipasTrend: Builder = (site, unitId) => {
  const rows = site.satisfaction(unitId).filter((r) => r.survey === "sipas" && r.indicator === "overall" && r.value !== null).reverse();
  const byYear = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  if (byYear.size < 2) return null;
  const unit = site.places.get(unitId);
  const used = [...byYear.values()];
  return {
    chartId: "sipas-theo-nam", unitId, heading: "Chỉ số hài lòng SIPAS qua các năm", publisher: MINISTRY,
    spec: { type: "timeSeries", data: {
      title: `Chỉ số SIPAS của ${displayName(unit)} theo năm`, subject: displayName(unit), measure: "chỉ số hài lòng SIPAS",
      points: used.map((r) => ({ year: r.year, value: r.value })), breaks: SIPAS_METHOD_BREAKS, unit: "percent",
    } },
    sources: uniq(used.map((r) => r.source_id)), locators: locatorsOf(used),
    note: "Từ năm 2022 SIPAS đo thêm sự hài lòng với chính sách công: mức trước và sau vạch đứt không so sánh được.",
  };
};

/** A year's ranking as the chart draws it, prepared once per site and shared by the country's chart and every province's excerpt. */
interface RankingBarsBase {
  rows: ReturnType<typeof scoredEntries>;
  /** Every province with a value, in chart order (sortRanked). */
  sorted: RankedItem[];
  /** Index of each province in `sorted`. */
  index: Map<string, number>;
  /** Source of each province's row. */
  sourceOf: Map<string, string>;
  mean: ReturnType<typeof nationalMean>;
  /** How many provinces existed before the 2025 reorganisation (the coverage's denominator, 63 in the real data). */
  provinces: number;
}

const rankingBase = new WeakMap<SiteData, Map<string, RankingBarsBase | null>>();

function rankingBarsBase(site: SiteData, indicator: Indicator, year: number): RankingBarsBase | null {
  return memoPer(rankingBase, site, `${indicator}|${year}`, () => {
    const rows = scoredEntries(site.tables, indicator, year);
    if (rows.length < 3) return null;
    const sorted = sortRanked(rows.map((r) => ({ id: r.unit_id, label: site.places.get(r.unit_id).name, value: r.value, rank: rankIsStated(r) ? r.rank : null })));
    return {
      rows, sorted, index: new Map(sorted.map((item, i) => [item.id, i])), sourceOf: new Map(rows.map((r) => [r.unit_id, r.source_id])),
      mean: nationalMean(site.tables, indicator, year),
      provinces: site.places.ofTier("province").filter((p) => !p.valid_from).length,
    };
  });
}

/**
 * Ranked bars of the provinces with a value in one year (official ranks in the labels), the mean as a rule. The
 * country's chart (home and ranking pages) draws every province; a province's page draws an excerpt: itself with up
 * to 4 provinces above and 4 below (excerptAround), and links to the whole ranking, so a page's size and build time
 * do not grow with the number of provinces ranked.
 */
function rankingBars(site: SiteData, indicator: Indicator, year: number, chartId: string, unitId: string, _locale: Locale): Omit<PlaceChart, "locale"> | null {
  const base = rankingBarsBase(site, indicator, year);
  if (!base) return null;
  const { rows, mean, provinces } = base;
  const label = indicator === "sipas" ? "SIPAS" : "PAR INDEX";
  const what = indicator === "sipas" ? "chỉ số SIPAS" : "điểm PAR INDEX";
  const What = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  const isCountry = unitId === COUNTRY;
  const index = base.index.get(unitId);
  if (!isCountry && index === undefined) return null;
  const { items, excerpt } = isCountry ? { items: base.sorted, excerpt: undefined } : excerptAround(base.sorted, index as number, "tỉnh, thành phố");
  const place = isCountry ? null : displayName(site.places.get(unitId));
  const ranks = "Số trước tên là hạng chính thức theo nguồn (không có số: nguồn không nêu hạng, hoặc hạng chỉ suy ra từ thứ tự liệt kê; xem bảng).";
  return {
    chartId, unitId, publisher: MINISTRY,
    heading: excerpt ? `${label} ${year}: ${place} và các tỉnh, thành phố xếp liền kề` : `${label} ${year}: các tỉnh có số liệu`,
    spec: { type: "rankedBars", data: {
      title: excerpt
        ? `${What} ${year} quanh ${place}: ${excerptText(excerpt, items.length).replace(/^T/, "t")} có trong dữ liệu`
        : `${What} ${year} của ${rows.length} tỉnh, thành phố có trong dữ liệu`,
      population: `tỉnh, thành phố có ${what} ${year} trong dữ liệu`, measure: `${what} ${year}`,
      items, ...(excerpt ? { excerpt } : {}),
      highlightId: isCountry ? undefined : unitId, mean: mean?.value != null ? { value: mean.value, label: "Trung bình cả nước" } : undefined,
      ...(indicator === "sipas" ? { unit: "percent" as const } : {}),
    } },
    sources: uniq([...(excerpt ? items.map((i) => base.sourceOf.get(i.id) ?? "") : rows.map((r) => r.source_id)), ...(mean ? [mean.source_id] : [])]),
    note: excerpt
      ? `${excerptText(excerpt, items.length)}: ${place} cùng tối đa ${EXCERPT_RADIUS} tỉnh, thành phố xếp liền trên và ${EXCERPT_RADIUS} xếp liền dưới. Dữ liệu có số liệu năm ${year} của ${rows.length}/${provinces} tỉnh, thành phố. ${ranks}`
      : `Chỉ gồm ${rows.length}/${provinces} tỉnh, thành phố mà dữ liệu có số liệu năm ${year}. ${ranks}`,
    ...(excerpt ? { more: { path: `/xep-hang/${indicator}/${year}/`, text: `Xem bảng xếp hạng đầy đủ ${rows.length} tỉnh, thành phố (${label} ${year})` } } : {}),
  };
}

const parRanking: Builder = (site, unitId, locale) => {
  const isCountry = unitId === COUNTRY;
  if (!isCountry && tierOf(site.places.get(unitId).kind) !== "province") return null;
  const year = isCountry ? bestParYear(site) : site.parIndex(unitId).find((r) => r.assessor === "ministry" && r.score !== null)?.year ?? null;
  return year === null ? null : rankingBars(site, "par-index", year, "par-xep-hang", unitId, locale);
};


const parComponents: Builder = (site, unitId) => {
  const all = site.parComponents(unitId);
  const year = Math.max(...all.map((c) => c.year));
  const rows = all.filter((c) => c.year === year && c.code.split(".").length <= 2);
  if (rows.length === 0) return null;
  const unit = site.places.get(unitId);
  return {
    chartId: "par-thanh-phan", unitId, heading: `Điểm thành phần Chỉ số CCHC năm ${year}`,
    spec: { type: "componentBars", data: {
      title: `Điểm thành phần Chỉ số CCHC năm ${year} của ${displayName(unit)}`, subject: displayName(unit),
      items: rows.map((c) => ({ code: c.code, label: c.name, score: c.score, max: c.max_score, depth: c.code.split(".").length - 1 })),
    } },
    sources: uniq(rows.map((c) => c.source_id)), locators: locatorsOf(rows),
    note: "Khung trắng là điểm tối đa của mục, phần tô là điểm đạt được.",
  };
};

const districtRank: Builder = (site, unitId) => {
  const unit = site.places.get(unitId);
  const own = site.parIndex(unitId).find((r) => r.assessor === "province" && r.rank !== null && r.rank_of !== null);
  if (!own || !unit.parent_id || own.rank_of === null) return null;
  const province = site.places.get(unit.parent_id);
  const peers = site.places.childrenOf(province.unit_id).flatMap((d) => site.parIndex(d.unit_id).filter((r) => r.assessor === "province" && r.year === own.year && r.rank !== null).slice(0, 1));
  const n = own.rank_of;
  return {
    chartId: "par-huyen", unitId, heading: `Vị trí trong tỉnh: Chỉ số CCHC cấp huyện năm ${own.year}`,
    spec: { type: "stripPlot", data: {
      title: `Thứ hạng Chỉ số CCHC năm ${own.year} của ${displayName(unit)} trong ${displayName(province)}`,
      axisLabel: "Thứ hạng (1 = cao nhất)", domain: [1, n], slots: [...Array(n).keys()].map((i) => i + 1),
      context: `trong ${n} đơn vị cấp huyện của ${displayName(province)} năm ${own.year}`,
      dots: peers.map((r) => ({ id: r.unit_id, label: site.places.get(r.unit_id).name, value: r.rank as number, highlight: r.unit_id === unitId, note: r.score === null ? "" : `${formatNumber(r.score)}/${formatNumber(r.max_score)} điểm` })),
    } },
    sources: uniq(peers.map((r) => r.source_id)), locators: locatorsOf(peers),
    note: "Chỉ số do tỉnh đánh giá theo bộ tiêu chí riêng; các vị trí khác có thật nhưng dữ liệu chưa có tên đơn vị.",
  };
};

function pending(group: Parameters<typeof valueOf>[0]): StackRow["pending"] {
  const stated = valueOf(group, "pending");
  if (stated !== null) return { key: "pending", count: stated };
  const within = valueOf(group, "pending_within_deadline");
  const overdue = valueOf(group, "pending_overdue");
  if (within !== null && overdue !== null) return { key: "pending", count: within + overdue };
  return within !== null ? { key: "pending_within", count: within } : undefined;
}


const dossiers: Builder = (site, unitId) => {
  const rows: StackRow[] = [];
  const sources: string[] = [];
  const drawn: Locator[] = [];
  const periods = new Set<string>();
  let left = 0;
  // Groups come newest first (sortGroups), so the periods kept are the latest.
  for (const g of site.dossierGroups(unitId)) {
    const period = `${g.group.period_start}|${g.group.period_end}`;
    if (!periods.has(period) && periods.size === CHART_PERIODS) {
      left++;
      continue;
    }
    const early = valueOf(g.group, "resolved_early");
    const onTime = valueOf(g.group, "resolved_on_time");
    const late = valueOf(g.group, "resolved_late");
    const split = early !== null && onTime !== null;
    const inTime = split ? null : resolvedInTime(g.group);
    // A bar needs the in-time part: a lone late count would draw as "100% late".
    if (!split && inTime === null) continue;
    const counts: StackRow["counts"] = split ? { early: early as number, on_time: onTime as number } : inTime !== null ? { in_time: inTime } : {};
    if (late !== null) counts.late = late;
    // The bar is the resolved dossiers, as the on-time rate's denominator: what the source leaves unsplit shows.
    const parts = Object.values(counts).reduce((a, b) => a + b, 0);
    const resolved = resolvedTotal(g.group);
    if (resolved !== null && resolved > parts) counts.unstated = resolved - parts;
    const waiting = pending(g.group);
    periods.add(period);
    rows.push({ id: g.group.key, label: `${LEVEL_LABEL[g.group.level]} · ${formatPeriod(g.group.period_start, g.group.period_end)}`, counts, ...(waiting ? { pending: waiting } : {}) });
    sources.push(g.group.source_id);
    drawn.push(...locatorsOf([...g.group.values.values()].map((v) => v.row)));
  }
  if (rows.length === 0) return null;
  const unit = site.places.get(unitId);
  return {
    chartId: "ho-so", unitId, heading: "Hồ sơ được giải quyết đúng hạn, trễ hạn và đang giải quyết",
    spec: { type: "stackedBars", data: { title: `Kết quả giải quyết hồ sơ thủ tục hành chính của ${displayName(unit)}`, subject: displayName(unit), rows } },
    sources: uniq(sources), locators: drawn,
    note: `${left > 0 ? `Biểu đồ vẽ ${CHART_PERIODS} kỳ gần nhất; trang của địa phương có số liệu của mọi kỳ. ` : ""}Mỗi thanh là 100% số hồ sơ đã giải quyết, cùng mẫu số với tỷ lệ đúng hạn ở các ô số liệu; hồ sơ đang giải quyết ghi riêng, ngoài thanh. Phần rất nhỏ (như 0,10% trễ hạn) được vẽ rộng tối thiểu 3 px để nhìn thấy; tỷ lệ ghi dưới thanh là số chính xác. Khi nguồn ghi giá trị khác nhau cho cùng một số, biểu đồ dùng số được nêu trước.`,
  };
};

/** A tile map of the latest PAR INDEX year, or (coverage) of the best-covered year when that is another one. */
function tileMap(chartId: string, grid: typeof GRID_63, which: "latest" | "coverage"): Builder {
  return (site, unitId) => {
    if (unitId !== COUNTRY) return null;
    const latest = latestParYear(site);
    const year = which === "latest" ? latest : bestParYear(site);
    if (year === null || (which === "coverage" && year === latest)) return null;
    const all = ministryScores(site, year);
    const rows = all.filter((r) => grid.tiles.some((t) => t.id === r.unit_id));
    const names = Object.fromEntries(grid.tiles.map((t) => [t.id, site.places.byId.get(t.id)?.name ?? t.id]));
    const paths = Object.fromEntries(grid.tiles.flatMap((t) => { const u = site.places.byId.get(t.id); return u ? [[t.id, placePath(u)]] : []; }));
    // Every map of one year colours on the range of all provinces scored that year, so colours mean the same on both.
    const domain: [number, number] = [Math.min(...all.map((r) => r.value)), Math.max(...all.map((r) => r.value))];
    return {
      chartId, unitId, heading: `Bản đồ PAR INDEX ${year}: ${grid.name}`, publisher: MINISTRY,
      spec: { type: "tileMap", data: {
        title: `Bản đồ ô vuông điểm PAR INDEX ${year}, ${grid.name}`, measure: `PAR INDEX ${year}`, grid, names,
        values: Object.fromEntries(rows.map((r) => [r.unit_id, r.value])), domain, paths,
      } },
      sources: uniq(rows.map((r) => r.source_id)),
      note: grid === GRID_34
        ? `Tỉnh không sắp xếp giữ điểm ${year} của chính mình; tỉnh mới hình thành năm 2025 chưa có kết quả riêng nên để trống, không cộng gộp điểm của các tỉnh cũ.`
        : `Có điểm của ${rows.length}/63 tỉnh, thành phố. Mỗi ô là một tỉnh, thành phố, xếp gần đúng theo vị trí địa lý; ô trắng viền đứt là chưa có số liệu.`,
    };
  };
}

/** The most bars a ranking of places draws: as many as the provinces before 2025 (a national ranking is whole). */
const MOST_BARS = 63;

const districtLate: Builder = (site, unitId) => {
  if (unitId !== COUNTRY) return null;
  const items = site.places.ofTier("district").flatMap((d) => {
    const g = site.dossierGroups(d.unit_id).find((v) => v.group.level === "district" && v.late !== null);
    return g ? [{ id: d.unit_id, label: `${d.name}, ${g.group.period_end.slice(0, 4)}`, value: Math.round((lateRate(g.group) as number) * 100) / 100, source: g.group.source_id }] : [];
  });
  if (items.length < 2) return null;
  // With every district's report in the data (the whole country: 705) the chart draws the highest late rates only,
  // as an excerpt that says how many there are; the dataset downloads hold the rest.
  const sorted = sortRanked(items);
  const drawn = sorted.length > MOST_BARS ? sorted.slice(0, MOST_BARS) : items;
  const excerpt = sorted.length > MOST_BARS ? { from: 1, of: sorted.length, noun: "đơn vị cấp huyện" } : undefined;
  return {
    chartId: "tre-han-cap-huyen", unitId, heading: "Tỷ lệ hồ sơ trễ hạn ở bộ phận một cửa cấp huyện",
    spec: { type: "rankedBars", data: {
      title: "Tỷ lệ hồ sơ trễ hạn trên số hồ sơ đã giải quyết, cấp huyện, theo báo cáo của từng huyện",
      population: "đơn vị cấp huyện có báo cáo đủ số liệu", measure: "tỷ lệ hồ sơ trễ hạn", unit: "percent",
      items: drawn.map(({ source: _s, ...i }) => i), excerpt,
    }, options: { domainMax: Math.max(...items.map((i) => i.value)) * 1.25 } },
    sources: uniq(drawn.map((i) => i.source)),
    note: "Tính lại từ số hồ sơ trễ hạn và số hồ sơ đã giải quyết do chính báo cáo nêu; các năm khác nhau.",
  };
};

/** The national mean of an indicator by year, as the sources state it (first row per year). */
function nationalTrend(indicator: "par_index" | "sipas"): Builder {
  const isPar = indicator === "par_index";
  return (site, unitId) => {
    if (unitId !== COUNTRY) return null;
    const byYear = new Map<number, { value: number; source: string }>();
    for (const { row } of site.tables.stats) {
      if (row.scope_unit_id !== COUNTRY || row.indicator !== indicator || row.statistic !== "mean" || row.value === null || byYear.has(row.year)) continue;
      byYear.set(row.year, { value: row.value, source: row.source_id });
    }
    if (byYear.size < 2) return null;
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const label = isPar ? "PAR INDEX" : "SIPAS";
    return {
      chartId: isPar ? "par-trung-binh" : "sipas-trung-binh", unitId, heading: `${label} trung bình cả nước qua các năm`, publisher: MINISTRY,
      spec: { type: "timeSeries", data: {
        title: `${label} trung bình của các tỉnh, thành phố theo năm`, subject: "cả nước", measure: `${label} trung bình`,
        points: years.map((year) => ({ year, value: byYear.get(year)?.value ?? null })), breaks: isPar ? PAR_METHOD_BREAKS : SIPAS_METHOD_BREAKS,
        ...(isPar ? {} : { unit: "percent" as const }),
      } },
      sources: uniq(years.map((y) => byYear.get(y)?.source ?? "")),
      note: isPar
        ? "Trung bình do Bộ Nội vụ công bố. Bộ tiêu chí đổi năm 2022 và 2024 (vạch đứt)."
        : "Trung bình do Bộ Nội vụ công bố. Từ năm 2022 SIPAS đo thêm sự hài lòng với chính sách công (vạch đứt).",
    };
  };
}

/** Every chart builder, in page order. */
export const CHART_BUILDERS: Record<string, Builder> = {
  "ban-do-63": tileMap("ban-do-63", GRID_63, "latest"),
  "ban-do-34": tileMap("ban-do-34", GRID_34, "latest"),
  "ban-do-63-nhieu-tinh": tileMap("ban-do-63-nhieu-tinh", GRID_63, "coverage"),
  "par-xep-hang": parRanking,
  "par-trung-binh": nationalTrend("par_index"),
  "sipas-trung-binh": nationalTrend("sipas"),
  "par-theo-nam": parTrend,
  "par-thanh-phan": parComponents,
  "par-huyen": districtRank,
  "sipas-theo-nam": sipasTrend,
  "ho-so": dossiers,
  "tre-han-cap-huyen": districtLate,
};

const built = new WeakMap<SiteData, Map<string, PlaceChart | null>>();

/**
 * One chart of a place, or null when the place has no data for it. The place page asks for it several times while
 * it renders and gets the same object; only recently used charts are kept (memoRecent), so that a country's charts
 * are not all held until the build ends (the embed page and the downloads of a place are rendered much later).
 */
export function placeChart(site: SiteData, chartId: string, unitId: string, locale: Locale = DEFAULT_LOCALE): PlaceChart | null {
  return memoRecent(built, site, `${locale} ${chartId} ${unitId}`, () => {
    const ranking = RANKING_CHART.exec(chartId);
    const chart = ranking
      ? (unitId === COUNTRY ? rankingBars(site, ranking[1] as Indicator, Number(ranking[2]), chartId, unitId, locale) : null)
      : CHART_BUILDERS[chartId]?.(site, unitId, locale);
    return chart ? { ...chart, locale } : null;
  });
}

/** Every chart that exists, for every place (the build generates an embed page, CSV and SVG for each). */
export function allPlaceCharts(site: SiteData, locale: Locale = DEFAULT_LOCALE): PlaceChart[] {
  const ids = [COUNTRY, ...site.places.units.filter((u) => u.kind !== "quoc_gia").map((u) => u.unit_id)];
  const rankings = INDICATORS.flatMap((indicator) => yearsOf(site.tables, indicator).map((year) => rankingChartId(indicator, year)));
  return [
    ...ids.flatMap((unitId) => Object.keys(CHART_BUILDERS).flatMap((chartId) => placeChart(site, chartId, unitId, locale) ?? [])),
    ...rankings.flatMap((chartId) => placeChart(site, chartId, COUNTRY, locale) ?? []),
  ];
}
