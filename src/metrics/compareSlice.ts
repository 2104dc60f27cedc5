/**
 * A place's compare slice as the file /so-sanh/du-lieu/<id>.json holds it, one file for both editions: the facts as
 * columns, every text (a period's date, a basis or caveat code as JSON) once. A district with 8 years of figures has
 * about 70 facts whose caveats, bases and sources repeat from fact to fact; written out in full that was 28 KB a
 * place, and every place with figures has a file. The compare page unpacks a file back to the PlaceSlice it was
 * made from (unpackSlice(packSlice(s)) equals s) and shows it in its own language (presentation/compareView.ts).
 */
import type { Basis, Fact, PlaceSlice, Term } from "./compareFacts";

/** How each fact field is stored: a number as is; a text (or an object as its JSON) as its index in `text`; a list of objects as indices. */
const FIELDS = {
  key: "text", year: "number", period_start: "text", period_end: "text", value: "number", unit: "text",
  stated: "number", max: "number", rank: "number", rank_of: "number", basis: "json", caveats: "jsons",
  source_id: "text", line: "number",
} as const satisfies Record<keyof Fact, "number" | "text" | "jsons" | "json">;

type Column = (number | null | number[])[];

export interface PackedSlice extends Omit<PlaceSlice, "facts"> {
  /** Every distinct text of the facts (a basis as its JSON), referred to by index. */
  text: string[];
  /** One column per fact field, one entry per fact. */
  facts: Record<keyof Fact, Column>;
}

/** The slice with its facts as columns and each distinct text stored once. */
export function packSlice(slice: PlaceSlice): PackedSlice {
  const text: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = text.push(s) - 1));
    return i;
  };
  const facts = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, [] as Column])) as Record<keyof Fact, Column>;
  for (const fact of slice.facts) {
    for (const [field, kind] of Object.entries(FIELDS) as [keyof Fact, (typeof FIELDS)[keyof Fact]][]) {
      const value = fact[field];
      facts[field].push(
        value === null ? null
        : kind === "number" ? (value as number)
        : kind === "jsons" ? (value as object[]).map((v) => ref(JSON.stringify(v)))
        : ref(kind === "json" ? JSON.stringify(value) : (value as string)),
      );
    }
  }
  const { facts: _facts, ...place } = slice;
  return { ...place, text, facts };
}

/** The slice a packed file was made from. */
export function unpackSlice(packed: PackedSlice): PlaceSlice {
  const { text, facts: columns, ...place } = packed;
  const at = (i: number) => text[i] as string;
  const facts = (columns.key ?? []).map((_, n) => {
    const fact: Record<string, unknown> = {};
    for (const [field, kind] of Object.entries(FIELDS) as [keyof Fact, (typeof FIELDS)[keyof Fact]][]) {
      const cell = columns[field][n] ?? null;
      fact[field] = cell === null ? null
        : kind === "number" ? cell
        : kind === "jsons" ? (cell as number[]).map((i) => JSON.parse(at(i)) as Term)
        : kind === "json" ? (JSON.parse(at(cell as number)) as Basis)
        : at(cell as number);
    }
    return fact as unknown as Fact;
  });
  return { ...place, facts };
}
