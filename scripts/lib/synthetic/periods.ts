/**
 * The reporting periods synthetic figures cover: calendar years before the 2025 reorganisation, months after it
 * (the new communes report monthly). Each period's figures stand on one line of the made-up report, the same line
 * for every place, as a template report would print them.
 */

export interface Period {
  start: string;
  end: string;
  /** The report line the period's dossier counts stand on; online figures stand on the next line. */
  line: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Calendar years `from` to `to`, both included. */
export function yearlyPeriods(from: number, to: number): Period[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ start: `${from + i}-01-01`, end: `${from + i}-12-31`, line: 10 + 3 * i }));
}

/** Calendar months from `from` to `to` ("2025-07" to "2026-11"), both included. */
export function monthlyPeriods(from: string, to: string): Period[] {
  const [fy = 0, fm = 1] = from.split("-").map(Number);
  const [ty = 0, tm = 1] = to.split("-").map(Number);
  const out: Period[] = [];
  for (let y = fy, m = fm, i = 0; y < ty || (y === ty && m <= tm); i++) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push({ start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}`, line: 10 + 3 * i });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
