/**
 * A place's name with its kind word. The rule (which names take a kind word, and which are numbered) is here,
 * the words come from the caller: the catalogue on the server (src/metrics/places.ts displayName), the words
 * slice in the report checker's browser script, which carries no catalogue.
 */
import type { Unit, UnitKind } from "../schemas/units";

/** Kinds written with a kind word: every one but the country, whose name is said alone. */
export type NamedKind = Exclude<UnitKind, "quoc_gia">;

/** The name with its kind word in a locale; `numbered` for a name that is a number ("phường 1"), which English orders apart ("ward 1"). */
export type KindWording = (kind: NamedKind, numbered: boolean, name: string) => string;

/** The catalogue key of a kind's wording (`place.named.huyen` of the place area, `placeName.numbered.phuong`). */
export function placeNameKey(kind: NamedKind, numbered: boolean): `place.named.${NamedKind}` | `placeName.numbered.${NamedKind}` {
  return numbered ? `placeName.numbered.${kind}` : `place.named.${kind}`;
}

/** "huyện Mỹ Xuyên", "Mỹ Xuyên district", "ward 1"; a name that already says its kind ("TP. Hồ Chí Minh") and the country stay as they are. */
export function formatPlaceName(unit: Pick<Unit, "name" | "kind">, wording: KindWording): string {
  if (unit.kind === "quoc_gia" || /^TP\.?\s/.test(unit.name)) return unit.name;
  return wording(unit.kind, /^\d/.test(unit.name), unit.name);
}

/** A text with a capital first letter, for headings and the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
