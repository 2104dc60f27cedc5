import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { MESSAGES, type Catalogue, type MessageKey } from "./messages";
import { formsOf, placeholdersOf, type Message } from "./template";
import { vietnameseLetters } from "./letters";

const vi = MESSAGES.vi as Readonly<Record<string, Message>>;
const en = MESSAGES.en as Readonly<Record<string, Message>>;
const keys = Object.keys(vi) as MessageKey[];

const sorted = (list: readonly string[]) => [...list].sort();

describe("the message catalogues", () => {
  it("give each key in one area file only, in both languages (a spread would let a later area silently win)", () => {
    for (const locale of LOCALES) {
      const areas = import.meta.glob<Record<string, Readonly<Record<string, Message>>>>("./messages/*/*.ts", { eager: true });
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [file, module] of Object.entries(areas)) {
        if (!file.includes(`/${locale}/`)) continue;
        for (const area of Object.values(module)) for (const key of Object.keys(area)) {
          if (seen.has(key)) twice.push(`${locale} ${key}: ${seen.get(key)} and ${file}`);
          seen.set(key, file);
        }
      }
      expect(twice).toEqual([]);
      expect(seen.size, locale).toBe(keys.length);
    }
  });

  it("have the same keys in every language", () => {
    for (const locale of LOCALES) expect(sorted(Object.keys(MESSAGES[locale])), locale).toEqual(sorted(keys));
  });

  it("have no empty message or plural form", () => {
    const empty = LOCALES.flatMap((locale) =>
      Object.entries(MESSAGES[locale] as Readonly<Record<string, Message>>).filter(([, m]) => formsOf(m).some((f) => f.trim() === "")).map(([k]) => `${locale} ${k}`),
    );
    expect(empty).toEqual([]);
  });

  it("use the same placeholders in both languages, in every plural form", () => {
    const differ = keys.filter((k) => {
      const names = (m: Message) => formsOf(m).map((f) => sorted(placeholdersOf(f)).join(","));
      const viNames = new Set(names(vi[k] as Message));
      return viNames.size !== 1 || names(en[k] as Message).some((n) => !viNames.has(n));
    });
    expect(differ).toEqual([]);
  });

  it("make a message plural in both languages or in neither, with `other` and a {count}", () => {
    const differ = keys.filter((k) => typeof vi[k] !== typeof en[k]);
    expect(differ).toEqual([]);
    const plurals = keys.filter((k) => typeof vi[k] !== "string");
    expect(plurals.length).toBeGreaterThan(0);
    for (const k of plurals) for (const m of [vi[k], en[k]] as Exclude<Message, string>[]) {
      expect(m.other, k).toBeTruthy();
      for (const form of formsOf(m)) expect(placeholdersOf(form), `${k}: ${form}`).toContain("count");
    }
  });

  it("have no Vietnamese letters in English (place names come from data/, never from a message)", () => {
    const found = keys.flatMap((k) => formsOf(en[k] as Message).filter((f) => vietnameseLetters(f).length > 0).map((f) => `${k}: ${f}`));
    expect(found).toEqual([]);
  });

  it("leave no Vietnamese message untranslated in English", () => {
    const same = keys.filter((k) => JSON.stringify(vi[k]) === JSON.stringify(en[k]));
    expect(same).toEqual([]);
  });
});

describe("the Catalogue type (checked by npm run check:types, which fails on an unused @ts-expect-error)", () => {
  it("makes a missing key, an unknown key and a plural given as a string type errors", () => {
    const { "nav.home": _home, ...withoutHome } = MESSAGES.en;
    // @ts-expect-error "nav.home" is missing
    const missing: Catalogue = withoutHome;
    // @ts-expect-error "nav.homepage" is not a key of vi.ts
    const unknown: Catalogue = { ...MESSAGES.en, "nav.homepage": "Home" };
    // @ts-expect-error "source.count" is plural in Vietnamese, so it must be plural in English
    const notPlural: Catalogue = { ...MESSAGES.en, "source.count": "{count} sources" };
    expect([missing, unknown, notPlural]).toHaveLength(3);
  });
});
