import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * The per-client limit and the headers that depend on a trusted proxy, on a server of its own
 * (the production build the other specs use, started with RATE_LIMIT_PER_MINUTE and TRUST_PROXY).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
const LIMIT = 6;
let server: ChildProcess;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request on a connection of its own (so that the two workers take turns), as client `ip` behind the trusted proxy. */
function ask(path: string, ip: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: PORT, path, agent: false, headers: { 'x-forwarded-for': ip, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn('node_modules/.bin/tsx', ['server/cluster.ts'], {
    detached: true,
    stdio: 'ignore',
    // PRERENDER=0: a server for a few requests; rendering 1,700 pages ahead would only take the CPU from the other tests.
    env: { ...process.env, PORT: String(PORT), WEB_CONCURRENCY: '2', RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: '1', PRERENDER: '0' },
  });
  for (let i = 0; i < 1500; i++) {
    const up = await ask('/api/health', '192.0.2.1').then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the limited server did not start');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('a client over the limit gets 429 with Retry-After and a JSON error; others and the health probe do not', async () => {
  const a = '198.51.100.1';
  // Counted across both workers: each request comes on a new connection.
  for (let i = 0; i < LIMIT; i++) expect((await ask(`/api/search?q=${encodeURIComponent(`滇池 ${i}`)}`, a)).status).toBe(200);
  const refused = await ask('/api/search?q=%E6%B0%B4%E8%B4%A8', a);
  expect(refused.status).toBe(429);
  const wait = Number(refused.headers['retry-after']);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(60);
  expect(refused.headers['content-type']).toContain('application/json');
  expect(JSON.parse(refused.body)).toEqual({ error: { code: 'rate_limited', message: `too many requests: try again in ${wait} s` } });
  // The search page counts too; a permalink and the health probe do not.
  expect((await ask('/zh/search?q=%E6%BB%87%E6%B1%A0', a)).status).toBe(429);
  expect((await ask('/zh/p/km14-c1', a)).status).toBe(200);
  expect((await ask('/api/health', a)).status).toBe(200);
  // Another client (another address from the trusted proxy) has its own count.
  expect((await ask('/api/search?q=%E6%B0%B4%E8%B4%A8', '198.51.100.2')).status).toBe(200);
  // A client cannot pick a new address by writing its own X-Forwarded-For: the proxy's last entry counts.
  expect((await ask('/api/search?q=%E6%B0%B4%E8%B4%A8', `203.0.113.50, ${a}`)).status).toBe(429);
});

test('Strict-Transport-Security only when the trusted proxy says the visitor came over HTTPS', async () => {
  const https = await ask('/en/indicators', '198.51.100.3', { 'x-forwarded-proto': 'https' });
  expect(https.status).toBe(200);
  expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
  // The same page, now from the cache, over plain HTTP: no HSTS was stored with it.
  const http = await ask('/en/indicators', '198.51.100.3', { 'x-forwarded-proto': 'http' });
  expect(http.headers['strict-transport-security']).toBeUndefined();
});
