import { expect, test } from '@playwright/test';

/** /api/health, the probe a load balancer or orchestrator asks (lib/site/health.ts). */

test('answers 200 naming the engine, the documents, the data version and the build, never cached', async ({ request }) => {
  const first = await request.get('/api/health');
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toMatch(/^application\/json/);
  const body = await first.json();
  expect(body.status).toBe('ok');
  expect(body.engine).toBe('embedded');
  expect(body.documents).toBeGreaterThan(700);
  expect(body.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  // The server runs a production build: its id is named.
  expect(body.build).toEqual(expect.any(String));
  expect(body.build.length).toBeGreaterThan(0);

  // Not kept by the server's response cache, a browser or a CDN.
  for (const r of [first, await request.get('/api/health')]) {
    expect(r.headers()['cache-control']).toMatch(/\bno-store\b/);
    expect(r.headers()['etag']).toBeUndefined();
    expect(r.headers()['x-cache']).toBeUndefined();
  }
});
