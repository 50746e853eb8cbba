/**
 * Memoises a pure function of one string. Detection asks the same questions of the same texts
 * over and over (a class file repeats the livret 30 times: every cell text, every label, once per
 * pupil), so the answers are kept, in a map bounded to `limit` entries (emptied when full: memory
 * stays bounded whatever the document).
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
