/**
 * Which charts a place has, in a language: one builder per chart id, each taking the rows its chart draws from
 * src/metrics/placeCharts.ts and giving them words (heading, title, description's terms, note) from the message
 * catalogue. The page, the embed page, the CSV and the SVG download all call the same builder, so what is
 * downloaded is what is drawn, in the language of the page it comes from.
 */
import type { ChartSpec } from "../charts/spec";
import { EXCERPT_RADIUS, excerptAround, excerptText } from "../charts/rankedBars/layout";
import { GRID_63 } from "../charts/tileMap/tiles63";
import { GRID_34 } from "../charts/tileMap/tiles34";
import type { TileGrid } from "../charts/tileMap/layout";
import { formatNumber, formatPeriod } from "../lib/format";
import { PAR_METHOD_BREAKS, SIPAS_METHOD_BREAKS } from "../metrics/caveats";
import { INDICATORS, parValue, yearsOf, type Indicator } from "../metrics/rankings";
import type { SiteData } from "../metrics/placeView";
import type { Locator } from "../lib/cite";
import { memoPer, memoRecent } from "../lib/collect";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { t } from "../i18n/t";
import { levelLabel } from "../i18n/labels";
import { linkTo } from "../i18n/editions";
import { placeLink } from "./placeLink";
import { placeLabel as placeName } from "./placeName";
import {
  CHART_PERIODS, COUNTRY, districtLateRates, districtRankFacts, dossierBars, latestComponents, locatorsOf, nationalMeans, parRankingYear, parTrendRows,
  RANKING_CHART, rankingBarsBase, rankingChartId, sipasTrendRows, tileMapFacts,
} from "../metrics/placeCharts";

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
  /**
   * A link under the chart to the whole of what it shows part of (a ranking excerpt's full ranking page); `lang` is
   * the language of the page linked to when it is not the chart's (an English chart linking to a Vietnamese page).
   */
  more?: { path: string; text: string; lang?: Locale };
}

/** A chart's builder: everything but the locale, which placeChart adds. */
type Builder = (site: SiteData, unitId: string, locale: Locale) => Omit<PlaceChart, "locale"> | null;

const uniq = (ids: string[]) => [...new Set(ids)];
const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
/** The Ministry of Home Affairs publishes PAR INDEX and SIPAS; web sources only report its results. */
const ministry = (locale: Locale) => t(locale, "chart.publisher.ministry");
/** Chart options for a locale: the layout's own words and numbers follow it (Vietnamese specs stay as they were). */
const inLocale = (locale: Locale) => (locale === DEFAULT_LOCALE ? {} : { options: { locale } });

const parTrend: Builder = (site, unitId, locale) => {
  const used = parTrendRows(site, unitId);
  if (!used) return null;
  const place = placeName(site.places.get(unitId), locale);
  return {
    chartId: "par-theo-nam", unitId, heading: t(locale, "chart.parTrend.heading"), publisher: ministry(locale),
    spec: { type: "timeSeries", data: {
      title: t(locale, "chart.parTrend.title", { place }), subject: place, measure: t(locale, "chart.parTrend.measure"),
      points: used.map((r) => ({ year: r.year, value: parValue(r) })), breaks: PAR_METHOD_BREAKS,
    }, ...inLocale(locale) },
    sources: uniq(used.map((r) => r.source_id)), locators: locatorsOf(used),
    note: t(locale, "chart.parTrend.note"),
  };
};

const sipasTrend: Builder = (site, unitId, locale) => {
  const used = sipasTrendRows(site, unitId);
  if (!used) return null;
  const place = placeName(site.places.get(unitId), locale);
  return {
    chartId: "sipas-theo-nam", unitId, heading: t(locale, "chart.sipasTrend.heading"), publisher: ministry(locale),
    spec: { type: "timeSeries", data: {
      title: t(locale, "chart.sipasTrend.title", { place }), subject: place, measure: t(locale, "chart.sipasTrend.measure"),
      points: used.map((r) => ({ year: r.year, value: r.value })), breaks: SIPAS_METHOD_BREAKS, unit: "percent",
    }, ...inLocale(locale) },
    sources: uniq(used.map((r) => r.source_id)), locators: locatorsOf(used),
    note: t(locale, "chart.sipasTrend.note"),
  };
};

/**
 * Ranked bars of the provinces with a value in one year (official ranks in the labels), the mean as a rule. The
 * country's chart (home and ranking pages) draws every province; a province's page draws an excerpt: itself with up
 * to 4 provinces above and 4 below (excerptAround), and links to the whole ranking, so a page's size and build time
 * do not grow with the number of provinces ranked.
 */
function rankingBars(site: SiteData, indicator: Indicator, year: number, chartId: string, unitId: string, locale: Locale): Omit<PlaceChart, "locale"> | null {
  const base = rankingBarsBase(site, indicator, year);
  if (!base) return null;
  const { rows, mean, provinces } = base;
  const label = indicator === "sipas" ? "SIPAS" : "PAR INDEX";
  const what = t(locale, `chart.ranking.what.${indicator}`);
  const isCountry = unitId === COUNTRY;
  const index = base.index.get(unitId);
  if (!isCountry && index === undefined) return null;
  const { items, excerpt } = isCountry ? { items: base.sorted, excerpt: undefined } : excerptAround(base.sorted, index as number, t(locale, "chart.ranking.provinces"));
  const place = isCountry ? "" : placeName(site.places.get(unitId), locale);
  const ranks = t(locale, "chart.ranking.ranks");
  const years = { year: String(year) };
  const more = excerpt ? linkTo("ranking", { indicator, year }, locale) : undefined;
  return {
    chartId, unitId, publisher: ministry(locale),
    heading: excerpt ? t(locale, "chart.ranking.headingExcerpt", { label, ...years, place }) : t(locale, "chart.ranking.heading", { label, ...years }),
    spec: { type: "rankedBars", data: {
      title: excerpt
        ? t(locale, "chart.ranking.titleExcerpt", { what: capitalize(what), ...years, place, excerpt: lowerFirst(excerptText(excerpt, items.length, locale)) })
        : t(locale, "chart.ranking.title", { what: capitalize(what), ...years, count: String(rows.length) }),
      population: t(locale, "chart.ranking.population", { what, ...years }), measure: t(locale, "chart.ranking.measure", { what, ...years }),
      items, ...(excerpt ? { excerpt } : {}),
      highlightId: isCountry ? undefined : unitId, mean: mean?.value != null ? { value: mean.value, label: t(locale, "chart.ranking.mean") } : undefined,
      ...(indicator === "sipas" ? { unit: "percent" as const } : {}),
    }, ...inLocale(locale) },
    sources: uniq([...(excerpt ? items.map((i) => base.sourceOf.get(i.id) ?? "") : rows.map((r) => r.source_id)), ...(mean ? [mean.source_id] : [])]),
    note: excerpt
      ? t(locale, "chart.ranking.noteExcerpt", { excerpt: excerptText(excerpt, items.length, locale), place, radius: String(EXCERPT_RADIUS), ...years, count: String(rows.length), total: String(provinces), ranks })
      : t(locale, "chart.ranking.note", { count: String(rows.length), total: String(provinces), ...years, ranks }),
    ...(more ? { more: { path: more.path, text: t(locale, "chart.ranking.more", { count: String(rows.length), label, ...years }), ...(more.lang !== locale ? { lang: more.lang } : {}) } } : {}),
  };
}

const parRanking: Builder = (site, unitId, locale) => {
  const year = parRankingYear(site, unitId);
  return year === null ? null : rankingBars(site, "par-index", year, "par-xep-hang", unitId, locale);
};

const parComponents: Builder = (site, unitId, locale) => {
  const latest = latestComponents(site, unitId);
  if (!latest) return null;
  const { year, rows } = latest;
  const place = placeName(site.places.get(unitId), locale);
  return {
    chartId: "par-thanh-phan", unitId, heading: t(locale, "chart.components.heading", { year: String(year) }),
    spec: { type: "componentBars", data: {
      title: t(locale, "chart.components.title", { year: String(year), place }), subject: place,
      items: rows.map((c) => ({ code: c.code, label: c.name, score: c.score, max: c.max_score, depth: c.code.split(".").length - 1 })),
    }, ...inLocale(locale) },
    sources: uniq(rows.map((c) => c.source_id)), locators: locatorsOf(rows),
    note: t(locale, "chart.components.note"),
  };
};

const districtRank: Builder = (site, unitId, locale) => {
  const facts = districtRankFacts(site, unitId);
  if (!facts) return null;
  const { unit, own, of: n, peers } = facts;
  const year = String(own.year);
  const province = placeName(facts.province, locale);
  return {
    chartId: "par-huyen", unitId, heading: t(locale, "chart.districtRank.heading", { year }),
    spec: { type: "stripPlot", data: {
      title: t(locale, "chart.districtRank.title", { year, place: placeName(unit, locale), province }),
      axisLabel: t(locale, "chart.districtRank.axis"), domain: [1, n], slots: [...Array(n).keys()].map((i) => i + 1),
      context: t(locale, "chart.districtRank.context", { count: n, province, year }),
      dots: peers.map((r) => ({
        id: r.unit_id, label: site.places.get(r.unit_id).name, value: r.rank as number, highlight: r.unit_id === unitId,
        note: r.score === null ? "" : t(locale, "chart.districtRank.points", { score: formatNumber(r.score, undefined, locale), max: formatNumber(r.max_score, undefined, locale) }),
      })),
    }, ...inLocale(locale) },
    sources: uniq(peers.map((r) => r.source_id)), locators: locatorsOf(peers),
    note: t(locale, "chart.districtRank.note"),
  };
};

const dossiers: Builder = (site, unitId, locale) => {
  const facts = dossierBars(site, unitId);
  if (!facts) return null;
  const place = placeName(site.places.get(unitId), locale);
  const rows = facts.bars.map(({ level, periodStart, periodEnd, ...bar }) => ({ ...bar, label: `${levelLabel(level, locale)} · ${formatPeriod(periodStart, periodEnd, locale)}` }));
  return {
    chartId: "ho-so", unitId, heading: t(locale, "chart.dossiers.heading"),
    spec: { type: "stackedBars", data: { title: t(locale, "chart.dossiers.title", { place }), subject: place, rows }, ...inLocale(locale) },
    sources: uniq(facts.sources), locators: facts.locators,
    note: `${facts.left > 0 ? t(locale, "chart.dossiers.notePeriods", { periods: String(CHART_PERIODS) }) : ""}${t(locale, "chart.dossiers.note")}`,
  };
};

const grids = new WeakMap<TileGrid, Map<string, TileGrid>>();

/**
 * A tile grid named in `locale`; in English its abbreviations are written without Vietnamese letters (ĐB -> DB),
 * since an abbreviation is not a name a reader meets elsewhere. The same object each time for one grid and locale.
 */
function gridIn(grid: TileGrid, locale: Locale): TileGrid {
  if (locale === DEFAULT_LOCALE) return grid;
  return memoPer(grids, grid, locale, () => ({
    ...grid, name: t(locale, grid === GRID_34 ? "chart.grid.34" : "chart.grid.63"),
    tiles: grid.tiles.map((tile) => ({ ...tile, abbr: tile.abbr.normalize("NFD").replace(/\p{M}/gu, "").replace(/Đ/g, "D").replace(/đ/g, "d") })),
  }));
}

/** A tile map of the latest PAR INDEX year, or (coverage) of the best-covered year when that is another one. */
function tileMap(chartId: string, grid: typeof GRID_63, which: "latest" | "coverage"): Builder {
  return (site, unitId, locale) => {
    if (unitId !== COUNTRY) return null;
    const facts = tileMapFacts(site, grid, which);
    if (!facts) return null;
    const { rows, domain } = facts;
    const year = String(facts.year);
    const shown = gridIn(grid, locale);
    const names = Object.fromEntries(grid.tiles.map((tile) => [tile.id, site.places.byId.get(tile.id)?.name ?? tile.id]));
    const paths = Object.fromEntries(grid.tiles.flatMap((tile) => { const u = site.places.byId.get(tile.id); return u ? [[tile.id, placeLink(u, locale)]] : []; }));
    return {
      chartId, unitId, heading: t(locale, "chart.tileMap.heading", { year, grid: shown.name }), publisher: ministry(locale),
      spec: { type: "tileMap", data: {
        title: t(locale, "chart.tileMap.title", { year, grid: shown.name }), measure: `PAR INDEX ${year}`, grid: shown, names,
        values: Object.fromEntries(rows.map((r) => [r.unit_id, r.value])), domain, paths,
      }, ...inLocale(locale) },
      sources: uniq(rows.map((r) => r.source_id)),
      note: grid === GRID_34 ? t(locale, "chart.tileMap.note34", { year }) : t(locale, "chart.tileMap.note63", { count: String(rows.length) }),
    };
  };
}

const districtLate: Builder = (site, unitId, locale) => {
  if (unitId !== COUNTRY) return null;
  const facts = districtLateRates(site);
  if (!facts) return null;
  return {
    chartId: "tre-han-cap-huyen", unitId, heading: t(locale, "chart.districtLate.heading"),
    spec: { type: "rankedBars", data: {
      title: t(locale, "chart.districtLate.title"),
      population: t(locale, "chart.districtLate.population"), measure: t(locale, "chart.districtLate.measure"), unit: "percent",
      items: facts.drawn.map(({ source: _source, ...item }) => item),
      excerpt: facts.excerpt && { ...facts.excerpt, noun: t(locale, "chart.districtLate.noun") },
    }, options: { domainMax: facts.max * 1.25, ...(locale === DEFAULT_LOCALE ? {} : { locale }) } },
    sources: uniq(facts.drawn.map((i) => i.source)),
    note: t(locale, "chart.districtLate.note"),
  };
};

/** The national mean of an indicator by year, as the sources state it (first row per year). */
function nationalTrend(indicator: "par_index" | "sipas"): Builder {
  const isPar = indicator === "par_index";
  return (site, unitId, locale) => {
    if (unitId !== COUNTRY) return null;
    const byYear = nationalMeans(site, indicator);
    if (!byYear) return null;
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const label = isPar ? "PAR INDEX" : "SIPAS";
    return {
      chartId: isPar ? "par-trung-binh" : "sipas-trung-binh", unitId, heading: t(locale, "chart.nationalTrend.heading", { label }), publisher: ministry(locale),
      spec: { type: "timeSeries", data: {
        title: t(locale, "chart.nationalTrend.title", { label }), subject: t(locale, "chart.nationalTrend.subject"), measure: t(locale, "chart.nationalTrend.measure", { label }),
        points: years.map((year) => ({ year, value: byYear.get(year)?.value ?? null })), breaks: isPar ? PAR_METHOD_BREAKS : SIPAS_METHOD_BREAKS,
        ...(isPar ? {} : { unit: "percent" as const }),
      }, ...inLocale(locale) },
      sources: uniq(years.map((y) => byYear.get(y)?.source ?? "")),
      note: t(locale, isPar ? "chart.nationalTrend.notePar" : "chart.nationalTrend.noteSipas"),
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
 * One chart of a place in a language, or null when the place has no data for it. The place page asks for it
 * several times while it renders and gets the same object; only recently used charts are kept (memoRecent), so
 * that a country's charts are not all held until the build ends (the embed page and the downloads of a place are
 * rendered much later).
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
