/**
 * The production server (`npm start` runs it after ingest and build): Next's request handler in
 * one worker per core behind one port (node:cluster), with rendered answers kept in memory.
 *
 * Pages and API answers are pure functions of (data version, request) (lib/http/response-cache.ts):
 * the first request renders, later ones are served from memory, gzipped when the client accepts
 * it, with a strong ETag (If-None-Match → 304) and a Cache-Control that lets browsers and CDNs keep
 * them. Client navigations (RSC requests), static assets and everything else go to Next unchanged.
 *
 * PORT (3000), HOSTNAME (0.0.0.0), WEB_CONCURRENCY (workers; the number of cores),
 * RESPONSE_CACHE_MB (per worker, 48; 0 turns the cache off), SERVER_HEAP_MB (each worker's V8 heap
 * limit, 256: the collector works harder instead of letting an idle heap grow).
 */
import cluster from 'node:cluster';
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import next from 'next';
import { dataVersion } from '../lib/http/data-version';
import { cacheKey, etagOf, isCacheable, matches, ResponseCache, type CachedResponse } from '../lib/http/response-cache';
import { warmUp } from '../lib/search/engine';
import { SharedCache } from '../lib/http/shared-cache';
import { searchAnswer } from '../lib/site/api';
import { COMMON_HEADERS } from '../security-headers.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const HOSTNAME = process.env.HOSTNAME ?? '0.0.0.0';
const WORKERS = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? availableParallelism()));
const CACHE_BYTES = Number(process.env.RESPONSE_CACHE_MB ?? 48) * 2 ** 20;
const DATA_DIR = process.env.PLAN_DATA_DIR || 'data';
const HEAP_MB = Number(process.env.SERVER_HEAP_MB ?? 256);

/** Where the workers share what they rendered: one folder per server run, named after the primary process. */
const sharedDir = (primaryPid: number) => join(tmpdir(), `plan-search-${primaryPid}-responses`);

/** Browsers revalidate after a minute (cheap: a 304); shared caches keep answers an hour and may serve them stale for a day while they refetch. */
const CACHE_CONTROL = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';

/** Headers the server sets itself on a stored answer. */
const OWN_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'etag', 'cache-control', 'vary', 'server-timing']);

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

function send(req: IncomingMessage, res: ServerResponse, r: CachedResponse, cache: 'hit' | 'miss') {
  for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
  res.setHeader('ETag', r.etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Cache', cache);
  if (matches(req.headers['if-none-match'], r.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = r.status;
  const gzip = acceptsGzip(req);
  const body = gzip ? r.gzip : gunzipSync(r.gzip);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Lets Next answer into a buffer instead of the socket, then hands over what it wrote. The request
 * reaches Next without Accept-Encoding, so the buffer holds the plain body, gzipped here once.
 */
function capture(res: ServerResponse, done: (status: number, headers: Record<string, string | string[]>, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const toBuffer = (c: unknown, enc?: BufferEncoding) => (Buffer.isBuffer(c) ? c : typeof c === 'string' ? Buffer.from(c, enc) : Buffer.from(c as Uint8Array));
  const orig = { writeHead: res.writeHead, write: res.write, end: res.end };
  res.writeHead = function (status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((r) => r && typeof r === 'object') as Record<string, string | string[]> | undefined;
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    return res;
  } as typeof res.writeHead;
  res.write = function (chunk: unknown, enc?: unknown, cb?: unknown) {
    const callback = typeof enc === 'function' ? enc : cb;
    chunks.push(toBuffer(chunk, typeof enc === 'string' ? (enc as BufferEncoding) : undefined));
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  } as typeof res.write;
  res.end = function (chunk?: unknown, enc?: unknown, cb?: unknown) {
    if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, typeof enc === 'string' ? (enc as BufferEncoding) : undefined));
    Object.assign(res, orig);
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(res.getHeaders())) {
      if (v === undefined) continue;
      res.removeHeader(k);
      if (!OWN_HEADERS.has(k)) headers[k] = typeof v === 'number' ? String(v) : v;
    }
    done(res.statusCode, headers, Buffer.concat(chunks));
    const callback = [chunk, enc, cb].find((f) => typeof f === 'function');
    if (callback) process.nextTick(callback as () => void);
    return res;
  } as typeof res.end;
}

/**
 * Next loads each route's code on its first request (a few hundred milliseconds): each worker asks
 * for every kind of page once, on a private port, before it takes visitors. Nothing is cached by it
 * that a visitor would not get (the answers go to the cache as any other).
 */
async function warmRoutes(server: ReturnType<typeof createServer>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  for (const path of [
    '/api/search?q=warm',
    '/zh',
    '/en/search?q=%E6%BB%87%E6%B1%A0',
    '/zh/p/km14-c1',
    '/en/c/1',
    '/zh/indicators',
    '/api/p/km14-c1',
    '/embed/p/km14-c1',
    '/robots.txt',
  ]) {
    await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-warm-up': '1' } })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The data version, looked at most once a second: a new ingest is served within a second of its last rename. */
let version = { at: 0, value: '' };
function currentVersion(): string {
  const now = Date.now();
  if (now - version.at > 1000) version = { at: now, value: dataVersion(DATA_DIR) };
  return version.value;
}

async function worker() {
  const app = next({ dev: false, dir: process.cwd(), hostname: HOSTNAME, port: PORT });
  await app.prepare();
  // Next's copy of the search code warmed up in its instrumentation hook; the direct API path loads its own copy, sharing the same process-wide engine, lexicon and indexes.
  await warmUp();
  const handle = app.getRequestHandler();
  const cache = CACHE_BYTES > 0 ? new ResponseCache(CACHE_BYTES) : null;
  // What the other worker rendered, read from the shared folder rather than rendered again.
  const shared = cache ? new SharedCache(sharedDir(process.ppid)) : null;

  /** Stores a successful answer and sends it; anything else is sent as it came. */
  const finish = (req: IncomingMessage, res: ServerResponse, key: string | null, status: number, headers: Record<string, string | string[]>, body: Buffer) => {
    // Only whole, successful, cookie-free answers are kept.
    if (cache && key && status === 200 && headers['set-cookie'] === undefined) {
      // The ETag names the data version and the request (the key), so every worker gives the same one.
      const stored: CachedResponse = { status, headers, gzip: gzipSync(body, { level: 6 }), etag: etagOf(Buffer.from(key)) };
      cache.set(key, stored);
      shared?.set(key, stored);
      return send(req, res, stored, 'miss');
    }
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.statusCode = status;
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const t0 = performance.now();
    // Where this answer's time went (Server-Timing, for browsers' dev tools and for npm run load's analysis).
    const timing = (name: string) => res.setHeader('Server-Timing', `${name};dur=${(performance.now() - t0).toFixed(2)}`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = cache && isCacheable(req) ? cacheKey(req, currentVersion()) : null;
    let hit = key ? cache!.get(key) : undefined;
    if (!hit && key) {
      hit = shared?.get(key);
      if (hit) cache!.set(key, hit);
    }
    if (hit) {
      timing('cache');
      return send(req, res, hit, 'hit');
    }
    // The search API is answered here directly, by the same function as its Next route: a
    // first-seen query then costs the search, not a trip through Next's router as well.
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/api/search') {
      void searchAnswer(url.searchParams)
        .then(({ status, body }) => {
          timing('search');
          const headers = Object.fromEntries(COMMON_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
          finish(req, res, key, status, { ...headers, 'content-type': 'application/json' }, Buffer.from(JSON.stringify(body)));
        })
        .catch((e: Error) => {
          // searchAnswer turns every error into an answer; this is the sending failing (a client gone).
          console.error(`/api/search: ${e.message}`);
          if (!res.headersSent) {
            res.statusCode = 500;
            res.end();
          }
        });
      return;
    }
    if (!key) return void handle(req, res);
    // Next answers the plain body; the server compresses what it keeps.
    const encoding = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    capture(res, (status, headers, body) => {
      if (encoding !== undefined) req.headers['accept-encoding'] = encoding;
      timing('render');
      finish(req, res, key, status, headers, body);
    });
    void handle(req, res);
  });
  await warmRoutes(server);
  server.listen(PORT, HOSTNAME, () => {
    if (cluster.worker?.id === 1) console.log(`Plan Search on http://localhost:${PORT} (${WORKERS} worker${WORKERS > 1 ? 's' : ''})`);
  });
}

if (cluster.isPrimary) {
  // Workers run this file too (tsx's loader flags are in execArgv), with a bounded heap.
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${HEAP_MB}`] });
  SharedCache.clear(sharedDir(process.pid));
  process.on('exit', () => SharedCache.clear(sharedDir(process.pid)));
  // Folders left by runs that were killed outright (their primary is gone) are removed too.
  for (const f of readdirSync(tmpdir())) {
    const pid = Number(/^plan-search-(\d+)-responses$/.exec(f)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      SharedCache.clear(join(tmpdir(), f));
    }
  }
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  // A worker that dies is replaced; the others keep serving meanwhile.
  cluster.on('exit', (w, code, signal) => {
    if (signal === 'SIGTERM' || signal === 'SIGINT') return;
    console.error(`worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exit(0);
    });
  }
} else {
  worker().catch((e: Error) => {
    console.error(`server: ${e.message}`);
    process.exit(1);
  });
}
