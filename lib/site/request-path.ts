/**
 * The path and query of the page being rendered. Layouts are not told them, so the proxy (proxy.ts)
 * copies them into a request header; whatever a client sends under that name is overwritten.
 */
export const PATH_HEADER = 'x-plan-search-path';

/** `/zh/search?q=…` split into path and query (`?…`, or empty). */
export function splitPath(value: string | null): { path: string; query: string } {
  const v = value ?? '';
  const k = v.indexOf('?');
  return k < 0 ? { path: v, query: '' } : { path: v.slice(0, k), query: v.length > k + 1 ? v.slice(k) : '' };
}
