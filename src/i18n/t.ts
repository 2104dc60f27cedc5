/**
 * t(locale, key, params): the one way code asks for words. The key's placeholders are read from the Vietnamese
 * message's type, so a missing or misspelt parameter is a type error; numbers are formatted for the locale
 * (7.927 / 7,927), and a plural message picks its form by `count` (1 source, 3 sources).
 */
import { formatNumber } from "../lib/format";
import { SITE_NAME, type Locale } from "./locale";
import { MESSAGES, type MessageKey, type ReferenceCatalogue } from "./messages";
import { fill, parts, selectForm, type MessagePlaceholders, type ParamValue, type Part } from "./template";

/** {site} is filled by t() itself: the site's name is not translated. */
const BUILT_IN = { site: SITE_NAME } as const;

/** The parameters a message needs: one value per placeholder, except the built-in {site}. */
export type MessageParams<K extends MessageKey> = {
  readonly [P in Exclude<MessagePlaceholders<ReferenceCatalogue[K]>, keyof typeof BUILT_IN>]: ParamValue;
};

/** A message's parameters as a rest argument: none for a message without placeholders, one object otherwise. */
type ParamsArg<K extends MessageKey> = [keyof MessageParams<K>] extends [never] ? [params?: Record<string, never>] : [params: MessageParams<K>];

function show(locale: Locale): (value: ParamValue) => string {
  return (value) => (typeof value === "number" ? formatNumber(value, undefined, locale) : value);
}

function prepare(locale: Locale, key: MessageKey, params: Readonly<Record<string, ParamValue>> | undefined): { template: string; values: Record<string, ParamValue> } {
  const message = MESSAGES[locale][key];
  if (message === undefined) throw new Error(`no message "${key}" in ${locale}`);
  const count = params?.["count"];
  const template = selectForm(message, typeof count === "number" ? count : undefined, locale);
  return { template, values: { ...BUILT_IN, ...params } };
}

/** The text of a message in a locale, its placeholders filled: t("en", "source.count", { count: 3 }) is "3 sources". */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const { template, values } = prepare(locale, key, params);
  return fill(template, values, show(locale));
}

/**
 * t() for a key built at run time from a data code (`stat.statistic.${code}`), after hasMessage() has checked
 * it: parameters are not typed, a missing one still throws.
 */
export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, ParamValue>> = {}): string {
  const { template, values } = prepare(locale, key, params);
  return fill(template, values, show(locale));
}

/**
 * A message split around the placeholders left without a value, for sentences with a link or other element
 * inside: tParts("vi", "footer.licence", { cite: "Trích dẫn" }) gives text pieces and { slot: "licence" },
 * { slot: "howToCite" } for the component to render.
 */
export function tParts<K extends MessageKey>(locale: Locale, key: K, params: Partial<MessageParams<K>> = {}): Part[] {
  const { template, values } = prepare(locale, key, params as Readonly<Record<string, ParamValue>>);
  return parts(template, values, show(locale));
}

export type { MessageKey } from "./messages";
export type { Part } from "./template";
