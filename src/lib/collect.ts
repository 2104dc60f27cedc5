/**
 * Indexes built once per build and asked once or more per page: grouped lists that grow by appending (never by
 * copying the list per item, which is quadratic for a province with thousands of communes) and values memoised
 * per owner object (a SiteData or a Tables), so that a page's work depends on its own rows, not on the whole data.
 */

/** Appends `item` to the list under `key`, creating the list on first use. */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Groups items by a key, keeping input order inside each group and the order in which keys first appear. */
export function groupBy<K, T>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) pushTo(out, key(item), item);
  return out;
}

/**
 * The value under `key` for `owner`, computed on first request and kept as long as the owner lives; with a `limit`,
 * only that many most recently used values are kept.
 */
export function memoPer<O extends object, T>(cache: WeakMap<O, Map<string, T>>, owner: O, key: string, compute: () => T, limit = Infinity): T {
  let map = cache.get(owner);
  if (!map) cache.set(owner, (map = new Map()));
  if (map.has(key)) {
    const value = map.get(key) as T;
    if (limit !== Infinity) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      map.delete(key);
      map.set(key, value);
    }
    return value;
  }
  const value = compute();
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as string);
  return value;
}

/**
 * memoPer for values asked several times by one page and rarely after it (a place's charts): only the `limit` most
 * recently used values are kept, so memory does not grow with the number of places in the country.
 */
export function memoRecent<O extends object, T>(cache: WeakMap<O, Map<string, T>>, owner: O, key: string, compute: () => T, limit = 512): T {
  return memoPer(cache, owner, key, compute, limit);
}
