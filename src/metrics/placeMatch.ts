/**
 * Finds places in the compare picker's list the way people type them: without diacritics ("my xuyen"), with đ as
 * d, by old names and abbreviations (the folded name variants of search.ts, shipped in the list), with or without
 * the kind word ("huyện Mỹ Xuyên") or a parent ("vinh hai vinh chau"). Pure and dependency-light: it runs in the
 * browser, loaded on demand.
 */
import { foldQuery } from "../lib/slug";

export { foldQuery };

/** One entry of the picker's list (/so-sanh/du-lieu/danh-sach.json). */
export interface CompareOption {
  id: string;
  /** "Xã Tây Xuân (huyện Tây Sơn, tỉnh Bình Định)": shown in the box and the suggestions. */
  label: string;
  /** 1 province, 2 district, 3 commune: a name shared across tiers names the higher tier. */
  tier: 1 | 2 | 3;
  /** Folded names it is also typed as (name, old names, abbreviations), beyond the label's own part. */
  names: string[];
}


/** The option's own names (label before its parents, and its other names) and its parents' part, folded. */
function namesOf(option: CompareOption): { own: string[]; all: string } {
  const cut = option.label.indexOf(" (");
  const own = [foldQuery(cut < 0 ? option.label : option.label.slice(0, cut)), ...option.names];
  return { own, all: `${own.join(" ")} ${foldQuery(cut < 0 ? "" : option.label.slice(cut))}` };
}

const words = (text: string) => text.split(" ").filter(Boolean);
/** True when every typed word starts a word of the text, in any order ("xuyen my" finds "my xuyen"). */
const wordsStart = (typed: string[], text: string) => typed.every((t) => words(text).some((w) => w.startsWith(t)));

/**
 * How well a typed text names an option: 0 an exact name, 1 a name it starts, 2 every word starts a word of a
 * name, 3 every word starts a word of the name or its parents; null for no match.
 */
export function matchScore(query: string, option: CompareOption): number | null {
  const q = foldQuery(query);
  if (!q) return null;
  const { own, all } = namesOf(option);
  if (own.includes(q)) return 0;
  if (own.some((n) => n.startsWith(q))) return 1;
  const typed = words(q);
  if (own.some((n) => wordsStart(typed, n))) return 2;
  return wordsStart(typed, all) ? 3 : null;
}

/** Options a typed text matches, best first (then in list order: provinces, districts, communes), at most `limit`. */
export function matchPlaces(query: string, options: CompareOption[], limit = 8): CompareOption[] {
  return options
    .map((option, i) => ({ option, i, score: matchScore(query, option) }))
    .filter((m): m is { option: CompareOption; i: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.option.tier - b.option.tier || a.i - b.i)
    .slice(0, limit)
    .map((m) => m.option);
}

/** Similarity of two folded texts by shared letter pairs (Dice coefficient, 0-1), for "closest matches". */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const t = s.replace(/ /g, "");
    return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  };
  const x = pairs(a);
  const y = pairs(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  let shared = 0;
  for (const p of x) {
    const at = y.indexOf(p);
    if (at >= 0) {
      shared++;
      y.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + pairs(b).length);
}

/** The options whose own names look most like a text no option matches (misspellings), best first. */
export function closestPlaces(query: string, options: CompareOption[], limit = 3): CompareOption[] {
  const q = foldQuery(query);
  return options
    .map((option) => ({ option, sim: Math.max(...namesOf(option).own.map((n) => similarity(q, n))) }))
    .filter((m) => m.sim > 0.3)
    .sort((a, b) => b.sim - a.sim || a.option.tier - b.option.tier)
    .slice(0, limit)
    .map((m) => m.option);
}

export type Resolution =
  | { status: "found"; option: CompareOption }
  | { status: "ambiguous"; candidates: CompareOption[] }
  | { status: "unknown"; closest: CompareOption[] };

/**
 * What a typed text or URL value names: an id or a label as listed, else the single best match (a name shared by a
 * district and its seat town names the district), else several equally good places, else none with the closest.
 */
export function resolvePlace(text: string, options: CompareOption[]): Resolution {
  const exact = options.find((o) => o.id === text || o.label === text);
  if (exact) return { status: "found", option: exact };
  const scored = options.map((option) => ({ option, score: matchScore(text, option) })).filter((m) => m.score !== null);
  if (!scored.length) return { status: "unknown", closest: closestPlaces(text, options) };
  const best = Math.min(...scored.map((m) => m.score as number));
  const top = scored.filter((m) => m.score === best).map((m) => m.option);
  const tier = Math.min(...top.map((o) => o.tier));
  const highest = top.filter((o) => o.tier === tier);
  return highest.length === 1 && highest[0] ? { status: "found", option: highest[0] } : { status: "ambiguous", candidates: top.slice(0, 8) };
}
