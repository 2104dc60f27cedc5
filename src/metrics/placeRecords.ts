/**
 * Units as the extractor's place resolver needs them (`PlaceRecord`), and a compact JSON form of that list for the
 * report-checking page, which fetches it once (/kiem-tra-bao-cao/don-vi.json) instead of carrying it in its HTML.
 */
import type { PlaceRecord } from "../extract/types";
import type { Unit } from "../schemas/units";

/** One unit as the resolver needs it: names, kind, parent and validity (no figures, no sources). */
export function toPlaceRecord(unit: Pick<Unit, "unit_id" | "name" | "kind" | "parent_id" | "aliases" | "valid_from" | "valid_to">): PlaceRecord {
  return {
    unit_id: unit.unit_id,
    name: unit.name,
    kind: unit.kind,
    parent_id: unit.parent_id ?? null,
    aliases: [...unit.aliases],
    valid_from: unit.valid_from ?? null,
    valid_to: unit.valid_to ?? null,
  };
}

/** A place record as one JSON array: [unit_id, name, kind, parent_id, "alias;alias", valid_from, valid_to] ("" for none). */
export type PackedPlace = [string, string, string, string, string, string, string];

/** Packs records for the page's JSON list (about half the size of an array of objects). */
export function packPlaces(records: readonly PlaceRecord[]): PackedPlace[] {
  return records.map((r) => [r.unit_id, r.name, r.kind, r.parent_id ?? "", r.aliases.join(";"), r.valid_from ?? "", r.valid_to ?? ""]);
}

/** Unpacks the page's JSON list back into records (the inverse of packPlaces). */
export function unpackPlaces(rows: readonly PackedPlace[]): PlaceRecord[] {
  return rows.map(([unit_id, name, kind, parent, aliases, from, to]) => ({
    unit_id, name, kind,
    parent_id: parent || null,
    aliases: aliases ? aliases.split(";") : [],
    valid_from: from || null,
    valid_to: to || null,
  }));
}
