/**
 * Samples of pages for the browser and budget tests in both editions: the English sample is derived from the
 * Vietnamese one through the route table, for the kinds built in both (src/i18n/editions.ts), so a kind joins
 * the axe, no-JS, phone and budget checks the moment it is added to BILINGUAL_ROUTES, without editing any list.
 */
import { isBilingual } from "../../src/i18n/editions";
import { counterpart, matchRoute } from "../../src/i18n/routes";

/** The path without its query and #anchor. */
function bare(path: string): string {
  const cut = path.search(/[?#]/);
  return cut < 0 ? path : path.slice(0, cut);
}

/**
 * The sample with, after it, the English counterpart of each entry whose kind is bilingual ("district" ->
 * "district (English)", query and anchor kept), and `extra` English entries for what has no Vietnamese sample
 * path of its own (an unknown address for the 404 page, a search with an English query). An extra entry wins
 * over a derived one for the same page.
 */
export function withEnglish(sample: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const taken = new Set(Object.values(extra).map(bare));
  const derived = Object.entries(sample).flatMap(([name, path]) => {
    const match = matchRoute(bare(path));
    if (!match || match.shared || match.locale !== "vi" || !isBilingual(match.name)) return [];
    const english = counterpart(path, "en");
    return taken.has(bare(english)) ? [] : [[`${name} (English)`, english] as const];
  });
  return { ...sample, ...Object.fromEntries(derived), ...extra };
}

/** withEnglish for folder-style samples without slashes ("huyen/soc-trang/vinh-chau", "" for home), as the budget test lists pages. */
export function withEnglishFolders(sample: Readonly<Record<string, string>>): Record<string, string> {
  const paths = Object.fromEntries(Object.entries(sample).map(([name, folder]) => [name, folder ? `/${folder}/` : "/"]));
  return Object.fromEntries(Object.entries(withEnglish(paths)).map(([name, path]) => [name, path.replace(/^\/|\/$/g, "")]));
}
