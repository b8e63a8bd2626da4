/**
 * One value per process, shared by every bundle that loads this module: Next.js gives the
 * instrumentation hook, route handlers and pages their own module copies, and a warm-up is only
 * worth something if they all see the same engine, lexicon and segmenter.
 */
export function processWide<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const k = Symbol.for(`plan-search:${key}`);
  return (store[k] ??= create());
}

/**
 * One value per process for the current `version` of what it is made from: a new version builds
 * it afresh and lets the old one go (a process that sees many ingests holds one lexicon, not one
 * per ingest).
 */
export function processWideLatest<T>(key: string, version: string, create: () => T): T {
  const held = processWide<{ version: string; value: T } | { version: null }>(`${key}@latest`, () => ({ version: null }));
  if (held.version === version) return (held as { value: T }).value;
  // Dropped before the new one is built, so that the two are never both held.
  Object.assign(held, { version: null, value: undefined });
  const value = create();
  Object.assign(held, { version, value });
  return value;
}

/**
 * `compute` memoised process-wide under `key`, for values derived from strings that recur (a
 * word's stem, a paragraph's folded text). At `max` entries the memo starts afresh, so it stays bounded.
 */
export function memoised<V>(key: string, max: number, compute: (input: string) => V): (input: string) => V {
  const memo = processWide(key, () => new Map<string, V>());
  return (input) => {
    let v = memo.get(input);
    if (v === undefined) {
      v = compute(input);
      if (memo.size >= max) memo.clear();
      memo.set(input, v);
    }
    return v;
  };
}
