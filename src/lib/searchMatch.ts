/**
 * Deciding what a typed place name means, from the search results on screen: the place whose name it is
 * exactly (Enter goes there), or the places a longer query names inside it ("quan 1 tp hcm" names TP.HCM).
 * Pure, so the header box and the search page share it and unit tests cover it.
 */
import { foldQuery } from "./slug";

export { foldQuery };

/** A search result as the page shows it: its link and the names it is indexed under. */
export interface PlaceOption {
  href: string;
  /** Own names (name, kind + name, aliases, abbreviations), any spelling. */
  names: string[];
  /** Lineage lines such as "sáp nhập vào Cần Thơ", when the place was merged. */
  lineage?: string[];
}


/** Splits a names field as Base.astro writes it ("Vĩnh Châu · Thị xã Vĩnh Châu · vinh chau"). */
export function splitNames(field: string | undefined | null): string[] {
  return (field ?? "").split(" · ").map((n) => n.trim()).filter(Boolean);
}

/** The first option one of whose names is exactly the query (results come best first), or null. */
export function exactMatch<T extends PlaceOption>(query: string, options: T[]): T | null {
  const q = foldQuery(query);
  if (!q) return null;
  return options.find((o) => o.names.some((n) => foldQuery(n) === q)) ?? null;
}

/** Options whose name appears as whole words inside a longer query: what to suggest when nothing matches exactly. */
export function namedInside<T extends PlaceOption>(query: string, options: T[]): T[] {
  const q = ` ${foldQuery(query)} `;
  return options.filter((o) => o.names.some((n) => {
    const name = foldQuery(n);
    return name.length >= 2 && q.trim() !== name && q.includes(` ${name} `);
  }));
}

/**
 * How a lineage line starts when the place merged into another, in each edition's index (the catalogue's
 * "place.search.mergedInto" without its {name}; searchMatch.test.ts checks the two agree).
 */
export const MERGED_INTO = ["sáp nhập vào ", "merged into "] as const;

/** The unit a merged place went into, from its lineage ("sáp nhập vào Cần Thơ", "merged into Cần Thơ" -> "Cần Thơ"), or null. */
export function successorName(option: PlaceOption): string | null {
  for (const line of option.lineage ?? []) {
    const prefix = MERGED_INTO.find((p) => line.startsWith(p));
    if (prefix) return line.slice(prefix.length);
  }
  return null;
}

/**
 * Prefix of the id on a successor page's link to each unit it was formed from, followed by that unit's site path
 * ("tien-than/xa/ha-noi/van-hai/vinh-tay/"). Pagefind keeps ids as anchors in the successor's search record, which
 * is how the search page finds the page of an old commune that has no index entry of its own.
 */
export const FORMER_UNIT_ANCHOR = "tien-than";

/** The part of a Pagefind result record (its fragment) that the search page reads. */
export interface ResultRecord {
  url: string;
  meta: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text: string }[];
}

/** A unit named by the query that was merged into a result's place: its page and the place it is part of now. */
export interface FormerUnit {
  /** As the successor's page writes it, e.g. "xã Vĩnh Tây". */
  name: string;
  /** Site path of its own page, without the base. */
  path: string;
  successor: { title: string; url: string; province?: string };
}

// Kind words a former unit's link text starts with ("xã", "thị trấn"), folded: "xa vinh tay" is named by "vinh tay";
// on an English page they follow the name ("Vĩnh Tây commune").
const KIND_WORDS = ["xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh"];
const KIND_WORDS_AFTER = ["commune", "ward", "township", "district", "urban district", "town", "city", "province"];

/**
 * The former units whose name is exactly the query, from the successors' records among the results: where an
 * abolished commune's name leads (its own page is not in the index; see indexedOnItsOwn in metrics/search.ts).
 */
export function formerUnitsNamed(query: string, records: ResultRecord[]): FormerUnit[] {
  const q = foldQuery(query);
  if (!q) return [];
  const named = (text: string) => {
    const t = foldQuery(text);
    return t === q || KIND_WORDS.some((k) => t === `${k} ${q}`) || KIND_WORDS_AFTER.some((k) => t === `${q} ${k}`);
  };
  return records.flatMap((r) =>
    (r.anchors ?? [])
      .filter((a) => a.id.startsWith(`${FORMER_UNIT_ANCHOR}/`) && named(a.text))
      .map((a) => ({
        name: a.text,
        path: a.id.slice(FORMER_UNIT_ANCHOR.length),
        successor: { title: r.meta.title ?? r.url, url: r.meta.url ?? r.url, ...(r.meta.province ? { province: r.meta.province } : {}) },
      })),
  );
}
