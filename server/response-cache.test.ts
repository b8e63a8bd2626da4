import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataVersion } from '../lib/http/data-version';
import { cacheKey, etagOf, generation, generationOf, isCacheable, matches, originOf, ResponseCache, type CachedResponse } from './response-cache';

const entry = (body: string): CachedResponse => ({ status: 200, headers: {}, gzip: gzipSync(body), etag: etagOf(Buffer.from(body)) });
const req = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers: { host: 'example.org', ...headers } });

describe('which requests are answered from memory', () => {
  it('pages and API answers, not client navigations, other methods or assets', () => {
    for (const url of [
      '/api/search?q=%E6%BB%87%E6%B1%A0',
      '/api/p/km14-c1',
      '/api/compare?view=chapters&format=csv',
      '/zh/compare?q=%E6%BB%87%E6%B1%A0',
      '/zh',
      '/en/search?q=water',
      '/zh/p/km14-c30-s1-p1',
      '/en/p/km14-c30-s1-p1/share.png',
      '/en/c/10',
      '/en/indicators',
      '/embed/p/km14-c1?lang=en',
    ])
      expect(isCacheable(req(url)), url).toBe(true);
    for (const url of ['/_next/static/chunks/a.js', '/robots.txt', '/', '/api/health', '/zhx/search', '/zh/p/km14-c1/other.png', '/zh/c/1/share.png'])
      expect(isCacheable(req(url)), url).toBe(false);
    expect(isCacheable(req('/en/search?q=water', { rsc: '1' }))).toBe(false);
    expect(isCacheable({ ...req('/api/search?q=x'), method: 'POST' })).toBe(false);
  });

  it('never the health probe, in any form', () => {
    for (const url of ['/api/health', '/api/health?probe=lb', '/api/health/', '/api/health/?x=1'])
      for (const method of ['GET', 'HEAD']) expect(isCacheable({ ...req(url), method }), `${method} ${url}`).toBe(false);
  });

  it('keys by data version, day, host and scheme as well as the URL', () => {
    const day = new Date('2026-11-29T12:00:00Z');
    const k = cacheKey(req('/zh'), 'v1', day);
    expect(cacheKey(req('/zh'), 'v2', day)).not.toBe(k);
    expect(cacheKey(req('/zh'), 'v1', new Date('2026-11-30T00:00:01Z'))).not.toBe(k);
    expect(cacheKey(req('/zh', { host: 'other.example' }), 'v1', day)).not.toBe(k);
    expect(cacheKey(req('/zh', { 'x-forwarded-proto': 'https' }), 'v1', day)).not.toBe(k);
    expect(cacheKey(req('/zh'), 'v1', day)).toBe(k);
  });

  it('a request that names its host as a proxy does keys the same as one that names it directly (the prerender replays an origin so)', () => {
    const day = new Date('2026-11-29T12:00:00Z');
    const viaProxy = req('/zh/p/km14-c1', { host: '10.0.0.5:3000', 'x-forwarded-host': 'plan.example', 'x-forwarded-proto': 'https' });
    const origin = originOf(viaProxy);
    expect(origin).toEqual({ proto: 'https', host: 'plan.example' });
    const replayed = { url: '/zh/p/km14-c1', headers: { host: origin.host, 'x-forwarded-proto': origin.proto } };
    expect(cacheKey(replayed, 'v1', day)).toBe(cacheKey(viaProxy, 'v1', day));
    // Its generation is the data version and the day, whatever the request.
    expect(generationOf(cacheKey(viaProxy, 'v1', day))).toBe(generation('v1', day));
    expect(generation('v1', day)).not.toBe(generation('v1', new Date('2026-11-30T00:00:01Z')));
  });
});

describe('validators', () => {
  it('a strong ETag per body, matched by If-None-Match lists, weak forms and *', () => {
    const a = etagOf(Buffer.from('a'));
    expect(a).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf(Buffer.from('b'))).not.toBe(a);
    expect(matches(a, a)).toBe(true);
    expect(matches(`"x", ${a}`, a)).toBe(true);
    expect(matches(`W/${a}`, a)).toBe(true);
    expect(matches('*', a)).toBe(true);
    expect(matches('"x"', a)).toBe(false);
    expect(matches(undefined, a)).toBe(false);
  });

  it('the data version changes when ingest rewrites a data file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'version-'));
    writeFileSync(join(dir, 'documents.jsonl'), '{}\n');
    const before = dataVersion(dir, dir);
    expect(dataVersion(dir, dir)).toBe(before);
    utimesSync(join(dir, 'documents.jsonl'), new Date(), new Date(Date.now() + 5000));
    expect(dataVersion(dir, dir)).not.toBe(before);
  });
});

describe('the in-memory cache', () => {
  it('evicts the least recently used entries beyond its size', () => {
    const one = entry('x'.repeat(2000));
    // Each entry counts its gzip, its key (two bytes a character) and 512 bytes of bookkeeping.
    const unit = one.gzip.length + 2 + 512;
    const cache = new ResponseCache(3 * unit + 10);
    cache.set('a', one);
    cache.set('b', entry('y'.repeat(2000)));
    cache.set('c', entry('z'.repeat(2000)));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('d', entry('w'.repeat(2000)));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].every((k) => cache.get(k))).toBe(true);
    expect(cache.usedBytes).toBeLessThanOrEqual(3 * unit + 10);
  });

  it('takes what is offered (an answer rendered ahead of visitors) only into free room, never evicting', () => {
    const one = entry('x'.repeat(2000));
    const unit = one.gzip.length + 2 * 2 + 512;
    const cache = new ResponseCache(3 * unit + 10);
    cache.set('a', one);
    expect(cache.offer('b', one)).toBe(true);
    expect(cache.offer('c', one)).toBe(true);
    expect(cache.offer('d', one)).toBe(false);
    expect(['a', 'b', 'c'].every((k) => cache.has(k))).toBe(true);
    expect(cache.has('d')).toBe(false);
    // A visitor's answer still makes room, the least recently used first.
    cache.set('d', one);
    expect(cache.has('a')).toBe(false);
    expect(cache.has('d')).toBe(true);
  });

  it('never holds one answer larger than half its size', () => {
    const cache = new ResponseCache(1000);
    cache.set('big', entry(Array.from({ length: 5000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')));
    expect(cache.size).toBe(0);
  });
});

describe('the cache shared by workers', () => {
  it('gives back what another worker stored, whole, and nothing for other keys', async () => {
    const { SharedCache } = await import('./shared-cache');
    const dir = join(mkdtempSync(join(tmpdir(), 'shared-')), 'c');
    const a = new SharedCache(dir);
    const b = new SharedCache(dir);
    const stored = { ...entry('<html>滇池</html>'), headers: { 'content-type': 'text/html; charset=utf-8' } };
    a.set('k1', stored);
    // The write is asynchronous (temporary file, then rename): wait until it lands.
    for (let i = 0; i < 100 && !b.get('k1'); i++) await new Promise((r) => setTimeout(r, 10));
    const got = b.get('k1')!;
    expect(got.status).toBe(200);
    expect(got.etag).toBe(stored.etag);
    expect(got.headers).toEqual(stored.headers);
    expect(gunzipSync(got.gzip).toString()).toBe('<html>滇池</html>');
    expect(b.get('k2')).toBeUndefined();
    SharedCache.clear(dir);
    expect(b.get('k1')).toBeUndefined();
  });

  it('keeps the current generation and the one before it, and drops older ones when a new one is first written', async () => {
    const { SharedCache } = await import('./shared-cache');
    const dir = join(mkdtempSync(join(tmpdir(), 'shared-')), 'c');
    const a = new SharedCache(dir);
    const b = new SharedCache(dir);
    const key = (version: string, url: string) => `${version}\n2026-12-02\n\nplan.example\n${url}`;
    const landed = async (c: InstanceType<typeof SharedCache>, k: string) => {
      for (let i = 0; i < 100 && !c.has(k); i++) await new Promise((r) => setTimeout(r, 10));
      return c.has(k);
    };
    a.set(key('v1', '/zh'), entry('1'));
    expect(await landed(b, key('v1', '/zh'))).toBe(true);
    // Folder times tell the generations' order: a second apart, as ingests are.
    await new Promise((r) => setTimeout(r, 20));
    b.set(key('v2', '/zh'), entry('2'));
    expect(await landed(a, key('v2', '/zh'))).toBe(true);
    expect(a.has(key('v1', '/zh'))).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    a.set(key('v3', '/zh'), entry('3'));
    expect(await landed(b, key('v3', '/zh'))).toBe(true);
    expect(b.has(key('v2', '/zh'))).toBe(true);
    expect(b.has(key('v1', '/zh'))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('stops writing past its bound', async () => {
    const { SharedCache } = await import('./shared-cache');
    const dir = join(mkdtempSync(join(tmpdir(), 'shared-')), 'c');
    const c = new SharedCache(dir, 1);
    c.set('one', entry('1'));
    c.set('two', entry('2'));
    await new Promise((r) => setTimeout(r, 100));
    expect(c.get('one')).toBeDefined();
    expect(c.get('two')).toBeUndefined();
  });
});
