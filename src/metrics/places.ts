/** The place model: names, kinds, hierarchy and lineage (predecessors are derived from successor_ids). */
import type { Unit, UnitKind } from "../schemas/units";
import { pushTo } from "../lib/collect";
import { capitalise, formatPlaceName, placeNameKey } from "../lib/placeName";
import { t } from "../i18n/t";
import type { Locale } from "../i18n/locale";

export type Tier = "country" | "province" | "district" | "commune";

const TIER: Record<UnitKind, Tier> = {
  quoc_gia: "country", tinh: "province", thanh_pho_truc_thuoc_tw: "province",
  huyen: "district", quan: "district", thi_xa: "district", thanh_pho_thuoc_tinh: "district",
  xa: "commune", phuong: "commune", thi_tran: "commune",
};

/** Which tier of government a kind belongs to. */
export function tierOf(kind: UnitKind): Tier {
  return TIER[kind];
}

/**
 * Name with its kind word: "huyện Mỹ Xuyên", "phường 1", "TP. Hồ Chí Minh"; in English the name stays Vietnamese
 * and the kind is English ("Mỹ Xuyên district", "ward 1"). In data/ a unit's `name` is the name alone ("Vĩnh Châu")
 * and its `kind` says what it is (thi_xa: a town), so the kind word is always ours, never the data's.
 */
export function displayName(unit: Pick<Unit, "name" | "kind">, locale: Locale): string {
  return formatPlaceName(unit, (kind, numbered, name) => t(locale, placeNameKey(kind, numbered), { name }));
}

/** displayName with a capital first letter, for headings ("Huyện Mỹ Xuyên", "Mỹ Xuyên district"). */
export function titleName(unit: Pick<Unit, "name" | "kind">, locale: Locale): string {
  return capitalise(displayName(unit, locale));
}

/** Site path of a place page. */
export function placePath(unit: Pick<Unit, "unit_id" | "kind">): string {
  const tier = tierOf(unit.kind);
  if (tier === "country") return "/";
  const prefix = tier === "province" ? "tinh" : tier === "district" ? "huyen" : "xa";
  return `/${prefix}/${unit.unit_id}/`;
}

/** Orders units by name as Vietnamese readers sort them (diacritics after their base letter). */
export const byVietnameseName = (a: Pick<Unit, "name">, b: Pick<Unit, "name">) => a.name.localeCompare(b.name, "vi");

/**
 * Index over units with the derived relations pages need. Built once per build and asked once or more per page,
 * so every answer is a lookup: children and tiers are sorted on first use and kept (callers must not mutate them).
 */
export class Places {
  readonly byId: Map<string, Unit>;
  private readonly children = new Map<string, Unit[]>();
  private readonly predecessors = new Map<string, Unit[]>();
  private readonly sortedChildren = new Set<string>();
  private readonly tiers = new Map<Tier, readonly Unit[]>();

  constructor(readonly units: Unit[]) {
    this.byId = new Map(units.map((u) => [u.unit_id, u]));
    for (const u of units) {
      if (u.parent_id) pushTo(this.children, u.parent_id, u);
      for (const s of u.successor_ids) pushTo(this.predecessors, s, u);
    }
  }

  get(id: string): Unit {
    const unit = this.byId.get(id);
    if (!unit) throw new Error(`unknown unit ${id}`);
    return unit;
  }

  /** Units whose parent is this one, sorted by Vietnamese name. */
  childrenOf(id: string): readonly Unit[] {
    const list = this.children.get(id);
    if (!list) return [];
    if (!this.sortedChildren.has(id)) {
      list.sort(byVietnameseName);
      this.sortedChildren.add(id);
    }
    return list;
  }

  /** Units whose territory passed to this one; `tier` keeps only units of that tier (e.g. provinces). */
  predecessorsOf(id: string, tier?: Tier): readonly Unit[] {
    const all = this.predecessors.get(id) ?? [];
    return tier ? all.filter((u) => tierOf(u.kind) === tier) : all;
  }

  successorsOf(id: string): Unit[] {
    return this.get(id).successor_ids.map((s) => this.get(s));
  }

  /** Chain of parents from the country down to (excluding) the unit. */
  ancestorsOf(id: string): Unit[] {
    const chain: Unit[] = [];
    let parent = this.get(id).parent_id;
    while (parent) {
      const u = this.get(parent);
      chain.unshift(u);
      parent = u.parent_id;
    }
    return chain;
  }

  /** The province a unit sits in (itself for a province), or undefined for the country. */
  provinceOf(id: string): Unit | undefined {
    const unit = this.get(id);
    if (tierOf(unit.kind) === "province") return unit;
    return this.ancestorsOf(id).find((u) => tierOf(u.kind) === "province");
  }

  /** Units of one tier, sorted by Vietnamese name. */
  ofTier(tier: Tier): readonly Unit[] {
    let list = this.tiers.get(tier);
    if (!list) this.tiers.set(tier, (list = this.units.filter((u) => tierOf(u.kind) === tier).sort(byVietnameseName)));
    return list;
  }

  /** True when the unit no longer exists in this form: every valid_to in the data lies in the past. */
  isHistorical(unit: Unit): boolean {
    return unit.valid_to !== null;
  }
}
