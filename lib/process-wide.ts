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
