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

/** The unit a merged place went into, from its lineage ("sáp nhập vào Cần Thơ" -> "Cần Thơ"), or null. */
export function successorName(option: PlaceOption): string | null {
  const line = option.lineage?.find((l) => l.startsWith("sáp nhập vào "));
  return line ? line.slice("sáp nhập vào ".length) : null;
}
