/**
 * The place resolver: names as reports print them ("huyện Mỹ Xuyên", "xã Lai Hòa", "Phường 2", "TX Vĩnh Châu",
 * "Vinh Chau" without marks) → unit ids, preferring units inside the report's own place. A name the data does not
 * know is returned as unknown, so the reviewer can add it to units.csv instead of it being dropped.
 * Spelling variants (no diacritics, abbreviations) come from the same rules the site's search uses.
 */
import { foldQuery } from "../lib/slug";
import { abbreviationVariants } from "../metrics/search";
import type { PlaceRecord } from "./types";

/** Kind words as printed (folded) → the kinds of units.csv they can name. */
export const KIND_WORDS: { word: RegExp; kinds: string[] }[] = [
  { word: /^(?:thanh pho|tp\.?)$/, kinds: ["thanh_pho_truc_thuoc_tw", "thanh_pho_thuoc_tinh"] },
  { word: /^tinh$/, kinds: ["tinh"] },
  { word: /^huyen$/, kinds: ["huyen"] },
  { word: /^quan$/, kinds: ["quan"] },
  { word: /^(?:thi xa|tx\.?)$/, kinds: ["thi_xa"] },
  { word: /^(?:thi tran|tt\.?)$/, kinds: ["thi_tran"] },
  { word: /^xa$/, kinds: ["xa"] },
  { word: /^(?:phuong|p\.)$/, kinds: ["phuong"] },
];
const KIND_PATTERN = String.raw`(?:thanh pho|tp\.?|tinh|huyen|quan|thi xa|tx\.?|thi tran|tt\.?|xa|phuong)`;

/** A place named in a text. */
export interface PlaceMention {
  start: number;
  end: number;
  unit: PlaceRecord | null;
  /** The name as printed, when no unit matched. */
  printed: string;
}

const key = foldQuery;

/** Looks places up by name, kind and containment. */
export class PlaceResolver {
  readonly byId = new Map<string, PlaceRecord>();
  private readonly byName = new Map<string, PlaceRecord[]>();

  constructor(places: readonly PlaceRecord[]) {
    for (const p of places) {
      this.byId.set(p.unit_id, p);
      const names = new Set([p.name, ...p.aliases].flatMap((n) => [n, ...abbreviationVariants(n)]).map(key));
      for (const n of names) if (n) this.byName.set(n, [...(this.byName.get(n) ?? []), p]);
    }
  }

  /** Is `unitId` the same as or inside `ancestorId`? */
  within(unitId: string, ancestorId: string): boolean {
    for (let u = this.byId.get(unitId); u; u = u.parent_id ? this.byId.get(u.parent_id) : undefined) {
      if (u.unit_id === ancestorId) return true;
    }
    return false;
  }

  /** Units with this name (any spelling), optionally of these kinds, those inside `scope` first. */
  resolve(name: string, kinds?: readonly string[], scope?: string | null): PlaceRecord[] {
    const found = (this.byName.get(key(name)) ?? []).filter((p) => !kinds || kinds.includes(p.kind));
    const rank = (p: PlaceRecord) => (scope && this.within(p.unit_id, scope) ? 0 : scope && this.within(scope, p.unit_id) ? 1 : 2);
    return [...found].sort((a, b) => rank(a) - rank(b));
  }

  /** Like resolve, but tolerating one wrong letter (OCR: "U Minh Thugng"); only for names of 6 letters or more. */
  resolveFuzzy(name: string, kinds?: readonly string[]): PlaceRecord[] {
    const exact = this.resolve(name, kinds);
    const k = key(name);
    if (exact.length > 0 || k.length < 6) return exact;
    const near: PlaceRecord[] = [];
    for (const [n, units] of this.byName) {
      if (n.length !== k.length) continue;
      let diff = 0;
      for (let i = 0; i < n.length && diff < 2; i++) if (n[i] !== k[i]) diff++;
      if (diff === 1) near.push(...units.filter((p) => !kinds || kinds.includes(p.kind)));
    }
    return near;
  }

  private readonly descendantCache = new Map<string, PlaceRecord[]>();
  private readonly bareNameCache = new Map<string, { pattern: RegExp; byName: Map<string, PlaceRecord> } | null>();

  /** The units directly or indirectly inside `scope` (computed once per scope). */
  descendants(scope: string): PlaceRecord[] {
    let found = this.descendantCache.get(scope);
    if (!found) {
      found = [...this.byId.values()].filter((p) => p.unit_id !== scope && this.within(p.unit_id, scope));
      this.descendantCache.set(scope, found);
    }
    return found;
  }

  /** One pattern for all bare names (4+ letters) of units inside `scope`, longest first. */
  private bareNames(scope: string): { pattern: RegExp; byName: Map<string, PlaceRecord> } | null {
    if (this.bareNameCache.has(scope)) return this.bareNameCache.get(scope)!;
    const byName = new Map<string, PlaceRecord>();
    for (const p of this.descendants(scope)) {
      const name = key(p.name);
      if (name.length >= 4 && !byName.has(name)) byName.set(name, p);
    }
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    const compiled = names.length ? { pattern: new RegExp(String.raw`\b(?:${names.map((n) => n.replace(/ /g, "\\s")).join("|")})\b`, "g"), byName } : null;
    this.bareNameCache.set(scope, compiled);
    return compiled;
  }

  /**
   * Places named in a folded text: "kind word + name" anywhere (resolved among all units, inside `scope` first),
   * and bare names of units inside `scope` ("Vĩnh Phước: 15 hồ sơ").
   */
  mentions(folded: string, scope: string | null): PlaceMention[] {
    const found: PlaceMention[] = [];
    const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
    const withKind = new RegExp(String.raw`\b(${KIND_PATTERN})\s+((?:[a-z0-9]+)(?:\s[a-z0-9]+){0,3})`, "g");
    for (const m of folded.matchAll(withKind)) {
      const kindWord = m[1] ?? "";
      const kinds = KIND_WORDS.find((k) => k.word.test(kindWord))?.kinds;
      const words = (m[2] ?? "").split(" ");
      // Longest run of words that names a unit of that kind: "huyen my xuyen da tiep nhan" → "my xuyen".
      for (let n = Math.min(4, words.length); n >= 1; n--) {
        const name = words.slice(0, n).join(" ");
        const units = this.resolve(name, kinds, scope);
        if (units.length > 0) {
          const start = m.index ?? 0;
          const end = start + kindWord.length + 1 + name.length;
          if (!taken(start, end)) found.push({ start, end, unit: units[0] ?? null, printed: name });
          break;
        }
      }
    }
    const bare = scope ? this.bareNames(scope) : null;
    if (bare) {
      for (const m of folded.matchAll(bare.pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        const unit = bare.byName.get(m[0].replace(/\s/g, " "));
        if (unit && !taken(start, end)) found.push({ start, end, unit, printed: unit.name });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

