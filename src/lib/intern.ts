/**
 * One copy of each repeated string. The country's fact tables hold about 5.8 million string cells but only some
 * 50,000 distinct values (a place id, a period, a measure, a source id repeated on every row of a place), and each
 * cell papaparse returns is a new string, often a slice that keeps the whole file's text alive: interning them
 * took the country's tables from 510 MB to 206 MB of heap (docs/performance.md).
 */

/**
 * A pool that returns the first-seen copy of each string, flattened so that it references no larger string (a
 * substring may be a view into the whole CSV text, which it would otherwise keep in memory). Hold the pool only
 * while loading: the strings live on in the rows that use them.
 */
export function stringPool(): (value: string) => string {
  const pool = new Map<string, string>();
  return (value) => {
    let kept = pool.get(value);
    if (kept === undefined) {
      // A UTF-8 round trip is a copy that owns its characters (V8 keeps substrings as views into their parent).
      kept = value === "" ? "" : Buffer.from(value, "utf8").toString("utf8");
      pool.set(kept, kept);
    }
    return kept;
  };
}
