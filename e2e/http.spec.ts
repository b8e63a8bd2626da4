import { expect, test } from '@playwright/test';

/** The production server's HTTP promises (server/cluster.ts): validators, cache headers, no cookies. */

for (const path of ['/api/search?q=%E6%BB%87%E6%B1%A0%20%E6%B0%B4%E8%B4%A8', '/en/search?q=sponge%20city', '/zh/p/km14-c17-s1-p4', '/en/c/30']) {
  test(`${path} carries a strong ETag and public cache headers, and answers If-None-Match with 304`, async ({ request }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()['cache-control']).toMatch(/public.*max-age=\d+.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(first.headers()['set-cookie']).toBeUndefined();
    const body = await first.text();

    // Asked again (perhaps of the other worker), the same answer under the same validator: only the
    // time the search took may differ, when another worker rendered it.
    const again = await request.get(path);
    expect(again.headers()['etag']).toBe(etag);
    const timeless = (s: string) => s.replace(/"tookMs":[\d.]+/g, '').replace(/[\d.]+(?= ms| 毫秒)/g, '');
    expect(timeless(await again.text())).toBe(timeless(body));

    const revalidated = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status()).toBe(304);
    expect(await revalidated.body()).toHaveLength(0);
    const other = await request.get(path, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status()).toBe(200);
  });
}

test('answers are gzipped for clients that accept it and plain for those that do not, the same text either way', async ({ request }) => {
  const path = '/api/search?q=water%20quality';
  const gz = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(gz.headers()['vary']).toMatch(/Accept-Encoding/i);
  const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // Playwright inflates the gzipped body: both read as the same JSON.
  expect((await gz.json()).hits.map((h: { id: string }) => h.id)).toEqual((await plain.json()).hits.map((h: { id: string }) => h.id));
});

test('bad input is not cached as an answer: the same bad request gets the same 400, without validators', async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const r = await request.get('/api/search?q=x&page=0');
    expect(r.status()).toBe(400);
    expect((await r.json()).error.code).toBe('invalid_page');
    expect(r.headers()['etag']).toBeUndefined();
  }
});

test('Server-Timing says where an answer came from and how long it took', async ({ request }) => {
  // A query no test has asked before: searched now, then served from the cache.
  const path = `/api/search?q=${encodeURIComponent(`滇池 ${Date.now()}`)}`;
  const first = await request.get(path);
  // Stage by stage: the search, its JSON, then compressing it.
  expect(first.headers()['server-timing']).toMatch(/^search;dur=\d+(\.\d+)?, json;dur=\d+(\.\d+)?, gzip;dur=\d+(\.\d+)?$/);
  // The other worker sees it once the shared copy is written (asynchronously): ask until both have.
  const seen: string[] = [];
  for (let i = 0; i < 20 && seen.filter((t) => t.startsWith('cache;')).length < 2; i++) {
    seen.push((await request.get(path)).headers()['server-timing']!);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(seen.filter((t) => /^cache;dur=\d+(\.\d+)?$/.test(t)).length).toBe(2);
  const page = await request.get(`/zh/search?q=${encodeURIComponent(`水质 ${Date.now()}`)}`);
  // A search page is rendered by the server itself (server/own-pages.tsx), `page`, then compressed.
  expect(page.headers()['server-timing']).toMatch(/^page;dur=\d+(\.\d+)?, gzip;dur=\d+(\.\d+)?$/);
});
