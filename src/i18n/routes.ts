/**
 * The route table: every kind of page and download the site builds, once, with its Vietnamese path and its
 * English path under /en/. Pages and components ask it for addresses (routes.place(unit, "en")) instead of
 * writing "/huyen/" themselves, and counterpart() maps any built path to the other edition's, for the hreflang
 * alternates and the language switch.
 *
 * Paths are site paths, without the configured base (wrap them in href(); read a page's own with sitePath()).
 * Only the fixed segments are translated: ids (soc-trang/vinh-chau, par-index, bc-tay-son-2021, chart ids,
 * dataset names, story slugs) are the same in both editions, as are query strings (?a=&nam=) and #anchors.
 * Files that are the same in both languages (the data/ files, the unit list of the report checker) have one
 * address, shared by both editions.
 */
import { tierOf } from "../metrics/places";
import type { Unit } from "../schemas/units";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";
import type { Placeholders } from "./template";

/** A {name} in a pattern matches one path segment, except these. */
const PARAM_PATTERN: Readonly<Record<string, string>> = {
  /** A place's id, which may hold "/" (soc-trang/vinh-chau). */
  unit: "[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*",
  year: "\\d{4}",
  /** Chart downloads (hep.svg: a chart's narrow drawing, shown by its embed page in narrow iframes). */
  format: "csv|svg|hep\\.svg",
  /** Dataset downloads. */
  datafile: "csv|json",
};
const SEGMENT = "[a-z0-9][a-z0-9_-]*";

const paramRegexes = new Map<string, RegExp>();

/** Whether a value fits a parameter, whole. */
function fits(param: string, value: string): boolean {
  let regex = paramRegexes.get(param);
  if (!regex) paramRegexes.set(param, (regex = new RegExp(`^(?:${PARAM_PATTERN[param] ?? SEGMENT})$`)));
  return regex.test(value);
}

interface RouteDef {
  readonly vi: string;
  readonly en: string;
}

/** Every route once. A route whose two paths are equal is one file for both editions. */
export const ROUTES = {
  home: { vi: "/", en: "/en/" },
  notFound: { vi: "/404.html", en: "/en/404.html" },
  provinces: { vi: "/tinh/", en: "/en/province/" },
  province: { vi: "/tinh/{province}/", en: "/en/province/{province}/" },
  district: { vi: "/huyen/{unit}/", en: "/en/district/{unit}/" },
  commune: { vi: "/xa/{unit}/", en: "/en/commune/{unit}/" },
  rankings: { vi: "/xep-hang/", en: "/en/rankings/" },
  ranking: { vi: "/xep-hang/{indicator}/{year}/", en: "/en/rankings/{indicator}/{year}/" },
  rankingCsv: { vi: "/xep-hang/{indicator}/{year}.csv", en: "/en/rankings/{indicator}/{year}.csv" },
  rankingStatsCsv: { vi: "/xep-hang/{indicator}/thong-ke/{year}.csv", en: "/en/rankings/{indicator}/statistics/{year}.csv" },
  provinceYearsCsv: { vi: "/xep-hang/tinh/{province}.csv", en: "/en/rankings/province/{province}.csv" },
  compare: { vi: "/so-sanh/", en: "/en/compare/" },
  compareList: { vi: "/so-sanh/du-lieu/danh-sach.json", en: "/en/compare/data/list.json" },
  // One slice per place for both editions: numbers and codes, the words are in each edition's page.
  compareSlice: { vi: "/so-sanh/du-lieu/{unit}.json", en: "/so-sanh/du-lieu/{unit}.json" },
  compareProvinces: { vi: "/so-sanh/tinh/", en: "/en/compare/province/" },
  compareProvince: { vi: "/so-sanh/tinh/{province}/", en: "/en/compare/province/{province}/" },
  sources: { vi: "/nguon/", en: "/en/sources/" },
  source: { vi: "/nguon/{source}/", en: "/en/sources/{source}/" },
  data: { vi: "/du-lieu/", en: "/en/data/" },
  dataset: { vi: "/du-lieu/{dataset}/", en: "/en/data/{dataset}/" },
  datasetFile: { vi: "/du-lieu/{dataset}.{datafile}", en: "/du-lieu/{dataset}.{datafile}" },
  datapackage: { vi: "/du-lieu/datapackage.json", en: "/du-lieu/datapackage.json" },
  dataQuality: { vi: "/chat-luong-du-lieu/", en: "/en/data-quality/" },
  methodology: { vi: "/phuong-phap/", en: "/en/methodology/" },
  stories: { vi: "/bai-viet/", en: "/en/stories/" },
  story: { vi: "/bai-viet/{story}/", en: "/en/stories/{story}/" },
  embed: { vi: "/nhung/{chart}/{unit}/", en: "/en/embed/{chart}/{unit}/" },
  chartFile: { vi: "/bieu-do/{chart}/{unit}.{format}", en: "/en/charts/{chart}/{unit}.{format}" },
  search: { vi: "/tim-kiem/", en: "/en/search/" },
  reportCheck: { vi: "/kiem-tra-bao-cao/", en: "/en/report-check/" },
  reportCheckUnits: { vi: "/kiem-tra-bao-cao/don-vi.json", en: "/kiem-tra-bao-cao/don-vi.json" },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

export type RouteParams<N extends RouteName> = { readonly [P in Placeholders<(typeof ROUTES)[N]["vi"]>]: string | number };

/** A built path read back: which route, in which edition, with which ids. */
export interface RouteMatch {
  name: RouteName;
  /** The edition; "vi" for a file both editions share. */
  locale: Locale;
  /** True for a file both editions share (its counterpart is itself). */
  shared: boolean;
  params: Record<string, string>;
}

interface Compiled {
  name: RouteName;
  locale: Locale;
  regex: RegExp;
  names: string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(name: RouteName, locale: Locale, pattern: string): Compiled {
  const names: string[] = [];
  const source = pattern
    .split(/(\{[a-z]+\})/)
    .map((piece) => {
      const param = /^\{([a-z]+)\}$/.exec(piece)?.[1];
      if (!param) return escapeRegex(piece);
      names.push(param);
      return `(${PARAM_PATTERN[param] ?? SEGMENT})`;
    })
    .join("");
  return { name, locale, regex: new RegExp(`^${source}$`), names };
}

const COMPILED: Compiled[] = (Object.keys(ROUTES) as RouteName[]).flatMap((name) => LOCALES.map((locale) => compile(name, locale, ROUTES[name][locale])));

/**
 * The route a site path belongs to, or undefined when no route has it. When two routes match, the one with
 * fewer ids wins: /so-sanh/du-lieu/danh-sach.json is the list of places, not the slice of a place "danh-sach".
 */
export function matchRoute(path: string): RouteMatch | undefined {
  let best: { c: Compiled; m: RegExpExecArray } | undefined;
  for (const c of COMPILED) {
    const m = c.regex.exec(path);
    if (m && (!best || c.names.length < best.c.names.length)) best = { c, m };
  }
  if (!best) return undefined;
  const { c, m } = best;
  const def: RouteDef = ROUTES[c.name];
  return { name: c.name, locale: c.locale, shared: def.vi === def.en, params: Object.fromEntries(c.names.map((n, i) => [n, m[i + 1] as string])) };
}

/**
 * The path of a route in a locale, its ids filled in. An id that does not fit its place in the pattern, or a
 * path that would be read back as another page, is an error rather than a wrong link.
 */
export function pathTo<N extends RouteName>(name: N, params: RouteParams<N>, locale: Locale = DEFAULT_LOCALE): string {
  const values = params as Readonly<Record<string, string | number>>;
  const path = ROUTES[name][locale].replace(/\{([a-z]+)\}/g, (_, param: string) => {
    const value = String(values[param] ?? "");
    if (!fits(param, value)) throw new Error(`route ${name}: {${param}} cannot be "${value}"`);
    return value;
  });
  const back = matchRoute(path);
  if (back?.name !== name) throw new Error(`route ${name}: ${path} would be read as ${back?.name ?? "no page"}`);
  return path;
}

/** Thrown for a path no route has: the caller must add its route, never get a guessed address. */
export class UnknownPathError extends Error {
  constructor(readonly path: string) {
    super(`no route in src/i18n/routes.ts for ${path}`);
    this.name = "UnknownPathError";
  }
}

/**
 * The same page in another edition: counterpart("/huyen/soc-trang/vinh-chau/", "en") is
 * "/en/district/soc-trang/vinh-chau/". A query string or #anchor is kept. Throws UnknownPathError for a path
 * that is not a page of the route table.
 */
export function counterpart(path: string, toLocale: Locale): string {
  const cut = path.search(/[?#]/);
  const [bare, suffix] = cut < 0 ? [path, ""] : [path.slice(0, cut), path.slice(cut)];
  const match = matchRoute(bare);
  if (!match) throw new UnknownPathError(path);
  return pathTo(match.name, match.params as RouteParams<RouteName>, toLocale) + suffix;
}

/** Every edition's path of a page, for <link rel="alternate" hreflang> and the language switch. */
export function alternates(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, counterpart(path, locale)])) as Record<Locale, string>;
}

/** Builders for the routes code asks for most; any other route is pathTo(name, params, locale). */
export const routes = {
  /** A place's page: the country is the home page, other units by their tier (/tinh/, /huyen/, /xa/). */
  place(unit: Pick<Unit, "unit_id" | "kind">, locale: Locale = DEFAULT_LOCALE): string {
    const tier = tierOf(unit.kind);
    if (tier === "country") return pathTo("home", {}, locale);
    if (tier === "province") return pathTo("province", { province: unit.unit_id }, locale);
    return pathTo(tier, { unit: unit.unit_id }, locale);
  },
  /** A ranking of one national index in one year. */
  ranking(indicator: string, year: number, locale: Locale = DEFAULT_LOCALE): string {
    return pathTo("ranking", { indicator, year }, locale);
  },
  /** A source's page (a report with its lines, or a web page). */
  source(sourceId: string, locale: Locale = DEFAULT_LOCALE): string {
    return pathTo("source", { source: sourceId }, locale);
  },
  /** A chart's standalone embed page. */
  embed(chartId: string, unitId: string, locale: Locale = DEFAULT_LOCALE): string {
    return pathTo("embed", { chart: chartId, unit: unitId }, locale);
  },
  /** A chart's CSV or SVG download (English ones carry English headers and labels). */
  chartFile(chartId: string, unitId: string, format: "csv" | "svg", locale: Locale = DEFAULT_LOCALE): string {
    return pathTo("chartFile", { chart: chartId, unit: unitId, format }, locale);
  },
  path: pathTo,
};

/** The edition a site path belongs to, from its first segment alone (cheap enough for every page). */
export function localeOfPath(path: string): Locale {
  return path === "/en" || path.startsWith("/en/") ? "en" : "vi";
}
