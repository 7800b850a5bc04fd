/**
 * Results of a pure function of one string, remembered: extraction asks the same questions about
 * the same words and names over and over. Bounded, so memory stays flat however large the archive.
 */
export function memo<T>(f: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = f(key);
      cache.set(key, v);
    }
    return v;
  };
}
