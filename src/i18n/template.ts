/**
 * The message format: a string with named placeholders ("Tìm {place} năm {year}"), or, where a language
 * inflects for number, one string per CLDR plural category ({ one: "{count} source", other: "{count} sources" }).
 * No markup, no nesting, no escaping: a catalogue holds plain sentences a translator can read.
 */
import { LOCALE_INFO, type Locale } from "./locale";

/** One string per plural category; `other` is required, since every language has it (Vietnamese has only it). */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** The placeholder names of a template literal type: Placeholders<"{a} và {b}"> is "a" | "b". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The placeholders of a message; a plural message also takes `count`, which picks the form. */
export type MessagePlaceholders<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? Placeholders<Extract<M[keyof M], string>> | "count"
    : never;

export type ParamValue = string | number;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Placeholder names of a template in order of first appearance ("{a} {b} {a}" -> ["a", "b"]). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Every string of a message: the message itself, or each of its plural forms. */
export function formsOf(message: Message): string[] {
  return typeof message === "string" ? [message] : Object.values(message).filter((v): v is string => typeof v === "string");
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a message for a count, by the language's plural rules (cached per locale). */
export function selectForm(message: Message, count: number | undefined, locale: Locale): string {
  if (typeof message === "string") return message;
  if (count === undefined) return message.other;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_INFO[locale].tag)));
  return message[rules.select(count)] ?? message.other;
}

/**
 * Replaces each {name} with its value. A placeholder without a value is an error (a sentence with a hole is
 * never published); `show` turns a value into text (numbers get the locale's format from the caller).
 */
export function fill(template: string, params: Readonly<Record<string, ParamValue>>, show: (value: ParamValue) => string = String): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message "${template}" needs a value for {${name}}`);
    return show(value);
  });
}

/** A piece of a template split for rich text: literal text, or a placeholder the caller renders (a link). */
export type Part = string | { readonly slot: string };

/**
 * Splits a template into text and the placeholders that have no value in `params`, so a component can put an
 * element (a link, a <strong>) where a sentence names it without the catalogue holding HTML:
 * parts("Xem {link}.", {}) is ["Xem ", { slot: "link" }, "."].
 */
export function parts(template: string, params: Readonly<Record<string, ParamValue>>, show: (value: ParamValue) => string = String): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] as string;
    const value = params[name];
    const before = template.slice(last, m.index);
    last = m.index + m[0].length;
    if (value === undefined) {
      if (before) out.push(before);
      out.push({ slot: name });
    } else {
      out.push(before + show(value));
    }
  }
  out.push(template.slice(last));
  // Merge neighbouring text pieces and drop empty ones, so a caller sees text, slot, text.
  return out.reduce<Part[]>((acc, p) => {
    const prev = acc[acc.length - 1];
    if (typeof p === "string" && typeof prev === "string") acc[acc.length - 1] = prev + p;
    else if (p !== "") acc.push(p);
    return acc;
  }, []);
}
