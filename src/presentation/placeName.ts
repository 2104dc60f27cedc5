/**
 * A place's name with its kind word, for a reader of a locale: "thị xã Vĩnh Châu" in Vietnamese, "Vĩnh Châu town"
 * in English (the name as data/ gives it, with diacritics; the kind word in the reader's language and word order).
 */
import type { Unit } from "../schemas/units";
import type { Locale } from "../i18n/locale";
import { displayName, titleName, tierOf } from "../metrics/places";
import { kindLabel } from "../i18n/labels";
import { t } from "../i18n/t";

type Named = Pick<Unit, "name" | "kind">;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Name with its kind: "huyện Mỹ Xuyên" / "Mỹ Xuyên district"; a name that carries its kind ("TP. Hồ Chí Minh") as it is. */
export function placeLabel(unit: Named, locale: Locale): string {
  return displayName(unit, locale);
}

/** placeLabel for headings and links: a capital first letter ("Huyện Mỹ Xuyên"; English starts with the name). */
export function placeTitle(unit: Named, locale: Locale): string {
  return titleName(unit, locale);
}

/**
 * The kind of a place as a result or a summary line names it: "Thị xã" / "Town (district level)". English says the
 * tier when the kind word does not (a town, a ward or a township is a district- or commune-level unit in Vietnam).
 */
export function placeKindTitle(unit: Pick<Unit, "kind">, locale: Locale): string {
  const kind = capitalise(kindLabel(unit.kind, locale));
  const tier = tierOf(unit.kind);
  if (locale === "vi" || (tier !== "district" && tier !== "commune") || kind.toLowerCase().endsWith(tier)) return kind;
  return t(locale, tier === "district" ? "place.kindTitle.district" : "place.kindTitle.commune", { kind });
}
