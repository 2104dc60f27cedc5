/** The units.csv row of a synthetic place, and the dates and source every synthetic place shares. */
import type { Unit } from "../../../src/schemas/units";

/** The one source every synthetic row cites (sources.csv). */
export const SYNTHETIC_SOURCE_ID = "bench-synthetic";
/** Last day of the districts and of the communes before the 2025 reorganisation. */
export const LAST_DAY_BEFORE_2025 = "2025-06-30";
/** First day of the communes formed in the 2025 reorganisation. */
export const FIRST_DAY_FROM_2025 = "2025-07-01";

/** A synthetic unit: its own id, name, kind and parent, the rest empty unless given. */
export function syntheticUnit(fields: Pick<Unit, "unit_id" | "name" | "kind" | "parent_id"> & Partial<Unit>): Unit {
  return {
    gso_code: null, region: null, valid_from: null, valid_to: null, successor_ids: [], aliases: [],
    source_id: SYNTHETIC_SOURCE_ID, line: null, note: null, ...fields,
  };
}
