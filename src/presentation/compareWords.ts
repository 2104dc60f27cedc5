/**
 * The words of the compare page for one edition, built at build time from the catalogue: every compare.*
 * message, the label of every figure key the slices hold, a place-name template per kind and the address
 * templates of place and source pages in that edition. The page embeds them as JSON, so its script shows the
 * shared slices in the page's language without bundling a catalogue; their size depends on the code
 * vocabulary, not on the number of places.
 */
import type { SiteData } from "../metrics/placeView";
import type { UnitKind } from "../schemas/units";
import { UNIT_KINDS } from "../schemas/units";
import { comparablePlaces } from "../metrics/compareList";
import { tierOf } from "../metrics/places";
import { placeLabel } from "./placeName";
import { SURVEYS } from "../schemas/satisfaction";
import { levelLabel, measureLabel, surveyLabel } from "../i18n/labels";
import { MESSAGES } from "../i18n/messages";
import { t } from "../i18n/t";
import { linkTo } from "../i18n/editions";
import type { Locale } from "../i18n/locale";
import type { Level } from "../schemas/figures";
import { href } from "../lib/url";
import type { CompareWords } from "./compareView";

/** A figure key's label: "PAR INDEX (Bộ Nội vụ)", a survey's, "Đã tiếp nhận · Cấp huyện". */
export function factLabel(key: string, locale: Locale): string {
  if (key === "par:ministry") return t(locale, "compare.label.par.ministry");
  if (key === "par:district") return t(locale, "compare.label.par.district");
  if (key === "sipas") return t(locale, "survey.sipas");
  const parts = key.split(":");
  if (parts[0] === "satisfaction") return surveyLabel({ survey: parts[1] as (typeof SURVEYS)[number], indicator: parts.slice(2).join(":") }, locale);
  const [measure = "", level = ""] = parts;
  const name = measure === "on_time" || measure === "late" ? t(locale, `compare.label.${measure}`) : measureLabel(measure, locale);
  return `${name} · ${levelLabel(level as Level, locale)}`;
}

/** A place-name template per kind, from placeName.ts ("huyện {name}" / "{name} district"), for the browser to fill. */
function nameTemplates(locale: Locale): Record<UnitKind, string> {
  return Object.fromEntries(UNIT_KINDS.map((kind) => [kind,
    kind === "quoc_gia" ? "{name}" : placeLabel({ name: "{name}", kind }, locale),
  ])) as Record<UnitKind, string>;
}

const ID = "zzid";

/** The compare.* messages the page's script and compareView.ts use (the page's own text is rendered at build). */
const CLIENT_MESSAGES = /^compare\.(table|resolve|differs|csv|rank|rankOf|basis|era|caveat)(\.|$)/;

/** An address template with "{id}" for a route, in the edition the reader gets (the Vietnamese page until its kind is English). */
function template(path: string): string {
  return href(path).replace(ID, "{id}");
}

const cache = new WeakMap<SiteData, Map<Locale, CompareWords>>();

/** The compare words of an edition, once per build. */
export function compareWords(site: SiteData, locale: Locale): CompareWords {
  let byLocale = cache.get(site);
  if (!byLocale) cache.set(site, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known;
  const facts = comparablePlaces(site).flatMap((p) => p.slice.facts);
  const labels: Record<string, string> = Object.fromEntries([...new Set(facts.map((f) => f.key))].map((k) => [k, factLabel(k, locale)]));
  // A conflict's sentence names its measure; only measures some conflict names are sent.
  const conflicting = new Set(facts.flatMap((f) => f.caveats.flatMap((c) => (c.key === "compare.caveat.conflict" ? [String(c.params?.["measure"])] : []))));
  for (const m of conflicting) labels[`measure:${m}`] = measureLabel(m, locale);
  const messages = Object.fromEntries(Object.entries(MESSAGES[locale]).filter(([k, v]) => CLIENT_MESSAGES.test(k) && typeof v === "string")) as Record<string, string>;
  const placeLink = (kind: UnitKind): string => {
    const tier = tierOf(kind);
    const link = tier === "country" ? linkTo("home", {}, locale) : tier === "province" ? linkTo("province", { province: ID }, locale) : linkTo(tier, { unit: ID }, locale);
    return template(link.path);
  };
  const words: CompareWords = {
    locale, messages, labels, names: nameTemplates(locale),
    links: { place: Object.fromEntries(UNIT_KINDS.map((k) => [k, placeLink(k)])) as Record<UnitKind, string>, source: template(linkTo("source", { source: ID }, locale).path) },
  };
  byLocale.set(locale, words);
  return words;
}
