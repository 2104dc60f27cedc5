/** Tick models shared by the layouts: positions and Vietnamese labels, no drawing. */
import { formatNumber } from "../lib/format";

export interface Tick {
  value: number;
  position: number;
  label: string;
}

/** Ticks of a linear scale, labelled the Vietnamese way (85,5). */
export function linearTicks(scale: { ticks(count?: number): number[]; (value: number): number }, count = 5): Tick[] {
  return scale.ticks(count).map((value) => ({ value, position: Math.round(scale(value) * 100) / 100, label: formatNumber(value) }));
}
