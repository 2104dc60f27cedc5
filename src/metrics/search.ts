/**
 * How a place is found by Pagefind: the names it is indexed under, the metadata shown in results
 * (kind, province, validity) and the rank that decides which of several same-named pages comes first.
 *
 * Ranking works through Pagefind metadata. Since Pagefind 1.5 metadata fields are searched and each field
 * has a weight (`ranking.metaWeights`), added on top of the page's text score. A place's names go into
 * the field of its rank (`names1` to `names4`), so "da nang" puts the Đà Nẵng that exists today before the
 * one it replaced, and "my xuyen" the district before its seat town, by a margin and not by page length.
 * The words a result shows (kind, validity, lineage) are presentation: src/presentation/placeSearch.ts.
 */
import type { Unit } from "../schemas/units";
import { foldVietnamese } from "../lib/slug";
import { displayName, tierOf, type Places } from "./places";

/** 1: province or city that exists today; 2: former province; 3: district tier; 4: commune tier. */
export type SearchRank = 1 | 2 | 3 | 4;

/** Ranking options passed to Pagefind in the browser (see SearchScript.astro). */
export const SEARCH_RANKING = {
  metaWeights: {
    // Pagefind's default for titles. Names outweigh it so that a news headline "Da Nang remains in top 4"
    // does not come before the page of Đà Nẵng; steps of 3 keep same-named places apart by a clear margin.
    title: 5,
    names1: 15,
    names2: 12,
    names3: 9,
    names4: 6,
    // "sáp nhập vào Cần Thơ" should find Sóc Trăng, but after Cần Thơ itself.
    lineage: 3,
    // Shown in results only; a district must not outrank its province through "tỉnh Sóc Trăng".
    kind: 0,
    province: 0,
    validity: 0,
    summary: 0,
    formed: 0,
  },
} as const;

/**
 * Whether a place page has its own entry in the search index. A commune abolished in a reorganisation whose
 * successor is a commune in the data is found through that successor instead: the successor's lineage names it
 * (weighted metadata), its result says "gồm …", and its page links to the old commune's page (LineageBanner).
 * Pagefind's metadata file and filter files, all loaded before the first result, grow with every indexed page,
 * and the abolished communes are 10,600 of the country's 15,000 pages (docs/performance.md). Districts and
 * provinces keep their entries: their successors are whole provinces, which would be a poor answer to their name.
 * A commune without a successor in the data (the real data so far) keeps its entry too.
 */
export function indexedOnItsOwn(unit: Unit, places: Places): boolean {
  if (tierOf(unit.kind) !== "commune" || !unit.valid_to) return true;
  return !places.successorsOf(unit.unit_id).some((s) => tierOf(s.kind) === "commune");
}

/**
 * Every name a place is typed as: its name, kind + name, aliases (old names, abbreviations), each with and
 * without diacritics (đ -> d) and with abbreviation spellings ("TP HCM", "TPHCM"). Shared by search and compare.
 */
export function placeNames(unit: Pick<Unit, "name" | "kind" | "aliases">): string[] {
  return withVariants([unit.name, displayName(unit, "vi"), ...unit.aliases]);
}

/** Which names field a place goes into: provinces before districts before communes; today's before former. */
export function searchRank(unit: Pick<Unit, "kind" | "valid_to">): SearchRank {
  const tier = tierOf(unit.kind);
  if (tier === "province" || tier === "country") return unit.valid_to ? 2 : 1;
  return tier === "district" ? 3 : 4;
}

/**
 * Spellings people type for abbreviations: "TP.HCM" -> "TP HCM", "TPHCM"; "BR-VT" -> "BR VT", "BRVT".
 * Pagefind splits words on punctuation, so the joined form is what finds "tphcm".
 */
export function abbreviationVariants(name: string): string[] {
  if (!/^[\p{Lu}.\- ]+$/u.test(name) || !/[.\-]/.test(name)) return [];
  const spaced = name.replace(/[.\-]+/g, " ").replace(/\s+/g, " ").trim();
  return [spaced, spaced.replace(/ /g, "")];
}

/** A name with its spellings: without diacritics (Pagefind folds most diacritics itself but not đ/Đ, so "da nang" needs the folded spelling indexed) and abbreviations. */
export function withVariants(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, foldVietnamese(n), ...abbreviationVariants(n)]))];
}
