/**
 * Which kinds of page the English edition has built so far, in one place. The route table (routes.ts) names an
 * English address for every page, but most of those pages are not built yet: a language switch, an hreflang
 * alternate or an English menu entry pointing at one would be a dead link (tests/links.test.ts fails on it).
 * Converting a kind of page to English is: build its /en/ page, then add its route name here; the switch, the
 * alternates and the English navigation pick it up.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";
import { matchRoute, pathTo, type RouteName, type RouteParams } from "./routes";

/**
 * Route kinds built in both editions. `story` is per story: a Vietnamese story without an English text has no
 * counterpart (its page says so with `translated={false}`, see bai-viet/[slug].astro).
 */
export const BILINGUAL_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>(["methodology", "stories", "story", "search", "notFound", "reportCheck", "rankings", "ranking", "rankingCsv", "rankingStatsCsv", "provinceYearsCsv", "home", "sources", "source", "data", "dataset", "dataQuality", "embed", "chartFile", "provinces", "province", "district", "commune", "compare", "compareProvinces", "compareProvince", "compareList"]);

/** Whether pages of a route kind exist in every edition. */
export function isBilingual(name: RouteName): boolean {
  return BILINGUAL_ROUTES.has(name);
}

/**
 * Every edition's path of the page at `path`, for hreflang alternates and the language switch; undefined when
 * the page has no built counterpart (its kind is not bilingual yet, or `translated` is false for this page).
 * A path the route table does not know has none either (tests/routes.test.ts checks every built file has a route).
 */
export function editionsOf(path: string, translated = true): Record<Locale, string> | undefined {
  const match = translated ? matchRoute(path) : undefined;
  if (!match || match.shared || !isBilingual(match.name)) return undefined;
  const params = match.params as RouteParams<RouteName>;
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathTo(match.name, params, locale)])) as Record<Locale, string>;
}

/** A link into the site from a page in `locale`: the page in that edition when it is built, else the Vietnamese one. */
export interface EditionLink {
  path: string;
  /** The language of the page linked to (for hreflang and for telling the reader it is in Vietnamese). */
  lang: Locale;
}

/**
 * The address of a route for a reader of `locale`: the English page where that kind is built, the Vietnamese
 * page otherwise (so English navigation never points at a page that does not exist).
 */
export function linkTo<N extends RouteName>(name: N, params: RouteParams<N>, locale: Locale): EditionLink {
  const lang = locale === DEFAULT_LOCALE || isBilingual(name) ? locale : DEFAULT_LOCALE;
  return { path: pathTo(name, params, lang), lang };
}
