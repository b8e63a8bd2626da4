/**
 * One worker of the production server (server/cluster.ts starts one per core): Next's request
 * handler behind this process's share of the port, with rendered answers kept in memory.
 *
 * Pages and API answers are pure functions of (data version, request) (server/response-cache.ts):
 * the first request renders, later ones are served from memory, gzipped when the client accepts
 * it, with a strong ETag (If-None-Match → 304) and a Cache-Control that lets browsers and CDNs keep
 * them. Client navigations (RSC requests), static assets and everything else go to Next unchanged.
 *
 * Permalinks, chapters and a few more pages are rendered ahead of visitors when the data changes
 * (server/prerender.ts), through this same path, into the same caches.
 *
 * PORT (3000), HOSTNAME (0.0.0.0), RESPONSE_CACHE_MB (per worker, 32; 0 turns the caches and the
 * prerender off: the shared folder holds every answer, this is the fastest part of it),
 * SERVER_RENDERS (4), PRERENDER (1; 0 renders every page on request).
 */
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import { Agent, createServer, get as httpGet, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import next from 'next';
import { servedDataVersion } from '../lib/http/data-version';
import { serverEnv } from '../lib/env';
import { cacheKey, etagOf, generation, generationOf, isCacheable, matches, originOf, ResponseCache, type CachedResponse, type Origin } from './response-cache';
import { Claims } from './claims';
import { Prerenderer, prerenderEnabled } from './prerender';
import { prerenderPathsOf } from './prerender-paths';
import { Visitors } from './visitors';
import { sharedEngine, warmUp } from '../lib/search/engine';
import { SharedCache } from './shared-cache';
import { Gate } from './gate';
import { clientAddress, isLimited, RateLimit, rateLimitSettings } from './rate-limit';
import { healthAnswer } from '../lib/site/health';
import { searchAnswer } from '../lib/site/api';
import { COMMON_HEADERS } from '../security-headers.mjs';
import { withoutInlineScripts, withoutNextRuntime } from './next-runtime';
import { NEXT_RENDER_HEADER, renderNotFoundPage, renderSearchPage, searchPageLocale } from './own-pages';
import { shellOf, type PageShell } from './page-shell';
import { originFrom } from '../lib/site/origin';
import { isDataUnavailableError } from '../lib/plan/data-error';

const PORT = Number(process.env.PORT ?? 3000);
const HOSTNAME = process.env.HOSTNAME ?? '0.0.0.0';
// 32 MiB holds every page prerendered for one origin (some 1,700, 12 KiB each gzipped) beside what visitors asked for.
const CACHE_BYTES = Number(process.env.RESPONSE_CACHE_MB ?? 32) * 2 ** 20;
const PRERENDER = prerenderEnabled(process.env.PRERENDER);
/** Origins a generation is prerendered for at most, across the workers (each pass renders some 1,700 pages). */
const PRERENDER_ORIGINS = 4;
/** How long no visitor must have been answered before a prerender render starts. */
const QUIET_MS = 10;
/** How long a new generation must last before its prerender starts (an ingest's renames come a moment apart). */
const SETTLE_MS = 2000;
/** The per-client limit (server/rate-limit.ts); read once, a bad value stops the worker with one line. */
const LIMITS = rateLimitSettings(process.env);
/** Sent only over HTTPS (a browser ignores it over HTTP): a year, for this host only. */
const HSTS = 'max-age=31536000';

/** Whether the visitor reached the server over HTTPS: its own TLS, or a trusted proxy's X-Forwarded-Proto. */
function overHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (LIMITS.trustedProxies === 0) return false;
  // Each proxy may append its own; the nearest (last) is the one the server trusts.
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')
    .pop()
    ?.trim();
  return proto === 'https';
}

/** Over the limit: 429 with Retry-After and the API's usual JSON error. */
function tooMany(res: ServerResponse, retryAfter: number) {
  const body = JSON.stringify({ error: { code: 'rate_limited', message: `too many requests: try again in ${retryAfter} s` } });
  for (const h of COMMON_HEADERS) res.setHeader(h.key, h.value);
  res.writeHead(429, { 'Retry-After': String(retryAfter), 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

/** Renders by Next at once in a worker (server/gate.ts says why); the others wait their turn. */
const RENDERS = Math.max(1, Number(process.env.SERVER_RENDERS ?? 4));

/** Browsers revalidate after a minute (cheap: a 304); shared caches keep answers an hour and may serve them stale for a day while they refetch. */
const CACHE_CONTROL = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';

/** Headers the server sets itself on a stored answer. */
const OWN_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'cache-control',
  'vary',
  'server-timing',
  'strict-transport-security',
]);

/** A page of the site (not an asset, not the API, not a client navigation's RSC request). */
const isPage = (req: IncomingMessage, url: URL) => (req.method === 'GET' || req.method === 'HEAD') && !/^\/(?:_next|api)\//.test(url.pathname) && req.headers.rsc === undefined;

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

function send(req: IncomingMessage, res: ServerResponse, r: CachedResponse, cache: 'hit' | 'miss') {
  for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
  // Per request, never stored: the same answer may go out over HTTPS and over HTTP.
  if (overHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
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

/** A page as Next rendered it, sent without Next's client runtime (server/next-runtime.ts). */
function pageOnly(headers: Record<string, string | string[]>, body: Buffer): Buffer {
  if (!/^text\/html/.test(String(headers['content-type'] ?? ''))) return body;
  const { html, stripped } = withoutNextRuntime(body.toString('utf8'));
  if (!stripped) return body;
  const csp = headers['content-security-policy'];
  if (typeof csp === 'string') headers['content-security-policy'] = withoutInlineScripts(csp);
  return Buffer.from(html);
}

/**
 * Next loads each route's code on its first request (a few hundred milliseconds): each worker asks
 * for every kind of page once, on a private port, before it takes visitors. Nothing is cached by it
 * that a visitor would not get (the answers go to the cache as any other).
 */
async function warmRoutes(server: ReturnType<typeof createServer>) {
  // exclusive: in a cluster worker, listen() would otherwise share the port with the other workers, and warm them instead.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve));
  const { port } = server.address() as { port: number };
  // A search page by Next: its shell (stylesheets, script, headers) is what the worker's own search pages are made in (server/own-pages.tsx).
  for (const [path, headers] of [
    ['/en/search?q=%E6%BB%87%E6%B1%A0', { [NEXT_RENDER_HEADER]: '1' }],
    ['/zh/search?q=%E6%B0%B4', {}],
  ] as const)
    await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-warm-up': '1', ...headers } })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  for (const path of ['/api/search?q=warm', '/zh', '/zh/p/km14-c1', '/en/c/1', '/zh/indicators', '/api/p/km14-c1', '/embed/p/km14-c1', '/robots.txt']) {
    await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-warm-up': '1' } })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * Server-Timing for one answer: each call names the stage that just ended and sets the header to
 * every stage so far with its duration (`search;dur=1.20, json;dur=0.10, gzip;dur=0.45`).
 */
function serverTiming(res: ServerResponse): (stage: string) => void {
  let last = performance.now();
  const stages: string[] = [];
  return (stage) => {
    const now = performance.now();
    stages.push(`${stage};dur=${(now - last).toFixed(2)}`);
    last = now;
    if (!res.headersSent) res.setHeader('Server-Timing', stages.join(', '));
  };
}

/**
 * The data version, looked at most once a second: a new ingest is served within a second of its
 * last rename. When it changes the engine looks at its index file at once (rather than at its own
 * next look), so an answer stored under the new version is never made from the old index.
 */
let seenVersion = '';
function currentVersion(): string {
  const version = servedDataVersion();
  if (version !== seenVersion) {
    seenVersion = version;
    sharedEngine().refresh?.();
  }
  return version;
}

/** Serves until the process ends; `workers` only names how many there are in the line announcing the server. */
export async function runWorker(workers: number): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), hostname: HOSTNAME, port: PORT });
  await app.prepare();
  // Next's copy of the search code warmed up in its instrumentation hook; the direct API path loads its own copy, sharing the same process-wide engine, lexicon and indexes.
  await warmUp();
  const handle = app.getRequestHandler();
  const renders = new Gate(RENDERS);
  /** Next answers when a render slot is free; the slot frees when the answer is sent or the client goes. */
  const render = (req: IncomingMessage, res: ServerResponse) =>
    renders.enter((leave) => {
      res.once('close', leave);
      // A client gone while it waited gets nothing rendered.
      if (req.destroyed) return leave();
      void handle(req, res).catch(() => leave());
    });
  const cache = CACHE_BYTES > 0 ? new ResponseCache(CACHE_BYTES) : null;
  // What the other worker rendered, read from the shared folder rather than rendered again.
  const shared = cache ? new SharedCache(SharedCache.dirFor(process.ppid)) : null;

  /**
   * Stores a successful answer and sends it; anything else is sent as it came. An answer rendered
   * ahead of visitors goes to memory only where there is room (it never evicts what visitors asked for).
   */
  const finish = (
    req: IncomingMessage,
    res: ServerResponse,
    key: string | null,
    status: number,
    headers: Record<string, string | string[]>,
    body: Buffer,
    timing: (stage: string) => void,
    ahead = false,
  ) => {
    // Only whole, successful, cookie-free answers are kept.
    if (cache && key && status === 200 && headers['set-cookie'] === undefined) {
      // The ETag names the data version and the request (the key), so every worker gives the same one.
      const stored: CachedResponse = { status, headers, gzip: gzipSync(body, { level: 6 }), etag: etagOf(Buffer.from(key)) };
      timing('gzip');
      send(req, res, stored, 'miss');
      // Kept after sending: the visitor does not wait for the copy to the other workers.
      if (ahead) cache.offer(key, stored);
      else cache.set(key, stored);
      shared?.set(key, stored);
      return;
    }
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (overHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
    res.statusCode = status;
    // Pages that are not kept (not-found pages, the data page) are compressed here, as Next would have.
    const gzip = acceptsGzip(req) && body.length > 1024 && headers['content-encoding'] === undefined;
    const out = gzip ? gzipSync(body, { level: 6 }) : body;
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', out.length);
    res.end(req.method === 'HEAD' ? undefined : out);
  };

  /** What the worker's own search pages are made in, from the first search page Next rendered (server/own-pages.tsx). */
  let searchShell: PageShell | null = null;

  const limit = LIMITS.perMinute ? new RateLimit(LIMITS.perMinute) : null;
  const visitors = new Visitors();
  const server = createServer((req, res) => {
    res.once('close', visitors.arrive());
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (overHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
    if (!limit || !isLimited(url.pathname)) return answer(req, res, url);
    void limit.check(clientAddress(req, LIMITS.trustedProxies)).then((v) => (v.allowed ? answer(req, res, url) : tooMany(res, v.retryAfter)));
  });

  /** Answers a request: from the cache, the direct search path, or Next; `ahead` for the prerender's own. */
  function answer(req: IncomingMessage, res: ServerResponse, url: URL, ahead = false) {
    // Where this answer's time went, stage by stage (Server-Timing, for browsers' dev tools and npm run load's analysis).
    const timing = serverTiming(res);
    // Next's own rendering of a search page (NEXT_RENDER_HEADER, the reference) is neither served from the caches nor kept.
    const key = cache && isCacheable(req) && req.headers[NEXT_RENDER_HEADER] === undefined ? cacheKey(req, currentVersion()) : null;
    // A visitor on an origin this generation has not seen: the pages it links to are rendered ahead.
    if (key && prerender && !ahead && req.headers['x-warm-up'] === undefined) {
      const origin = originOf(req);
      if (origin.host) prerender.saw(generationOf(key), origin);
    }
    let hit = key ? cache!.get(key) : undefined;
    if (!hit && key) {
      hit = shared?.get(key);
      if (hit && ahead) cache!.offer(key, hit);
      else if (hit) cache!.set(key, hit);
    }
    if (hit) {
      timing('cache');
      return send(req, res, hit, 'hit');
    }
    // The search API is answered here directly, by the same function as its Next route: a
    // first-seen query then costs the search, not a trip through Next's router as well. Exports
    // (`format=`, a file with the permalinks of the visitor's origin) are the route's alone.
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/api/search' && !url.searchParams.has('format')) {
      void searchAnswer(url.searchParams)
        .then(({ status, body }) => {
          timing('search');
          const headers = Object.fromEntries(COMMON_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
          const json = Buffer.from(JSON.stringify(body));
          timing('json');
          finish(req, res, key, status, { ...headers, 'content-type': 'application/json' }, json, timing);
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
    // Assets, the API's files and client navigations go to Next as they are; pages come back here, to lose Next's client runtime.
    if (!key && !isPage(req, url)) return render(req, res);
    // A search page, once Next has shown what one is made in, is rendered here (server/own-pages.tsx); Next's is the fallback.
    const searchLocale = isPage(req, url) && req.headers[NEXT_RENDER_HEADER] === undefined ? searchPageLocale(url.pathname) : null;
    if (searchLocale && searchShell) {
      const shell = searchShell;
      const origin = originFrom((name) => req.headers[name] as string | undefined, serverEnv().SITE_URL);
      void renderSearchPage(url, origin, shell).then(
        (html) => {
          // Named apart from Next's `render`: which renderer answered is visible in the browser's dev tools and to the tests.
          timing('page');
          finish(req, res, key, 200, { ...shell.headers }, Buffer.from(html), timing, ahead);
        },
        // Data that cannot be read, or anything unexpected: Next's page says so, with its status.
        (e: Error) => {
          if (!isDataUnavailableError(e)) console.error(`search page: ${e.message}`);
          byNext(req, res, url, key, timing, ahead);
        },
      );
      return;
    }
    byNext(req, res, url, key, timing, ahead);
  }

  /** Next renders the page; it comes back here to lose Next's client runtime, be stored and be sent. */
  function byNext(req: IncomingMessage, res: ServerResponse, url: URL, key: string | null, timing: (stage: string) => void, ahead: boolean) {
    // Next answers the plain body; the server compresses what it keeps.
    const encoding = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    capture(res, (status, headers, body) => {
      if (encoding !== undefined) req.headers['accept-encoding'] = encoding;
      timing('render');
      body = pageOnly(headers, body);
      if (!searchShell && status === 200 && searchPageLocale(url.pathname)) searchShell = shellOf(body.toString('utf8'), headers);
      // Next's not-found pages are drawn in the browser by its runtime: the server's own goes in their place (the card's, framed in other sites, stay Next's).
      if (status === 404 && searchShell && isPage(req, url) && !url.pathname.startsWith('/embed/') && /^text\/html/.test(String(headers['content-type'] ?? ''))) {
        try {
          body = Buffer.from(renderNotFoundPage(url, searchShell));
          headers = { ...searchShell.headers };
          timing('page');
        } catch (e) {
          // Next's own not-found page is still a right answer.
          console.error(`not-found page: ${(e as Error).message}`);
        }
      }
      if (status !== 500) return finish(req, res, key, status, headers, body, timing, ahead);
      // A page that failed because the data cannot be read is unavailable (503, try again later), not broken.
      void healthAnswer().then(
        (h) => finish(req, res, key, h.status === 503 ? 503 : status, h.status === 503 ? { ...headers, 'retry-after': '30' } : headers, body, timing),
        () => finish(req, res, key, status, headers, body, timing),
      );
    });
    render(req, res);
  }

  const prerender =
    cache && shared && PRERENDER ? await prerenderer(shared, cache, visitors, (req, res) => answer(req, res, new URL(req.url ?? '/', 'http://localhost'), true)) : null;
  await warmRoutes(server);
  server.listen(PORT, HOSTNAME, () => {
    if (cluster.worker?.id === 1) console.log(`Plan Search on http://localhost:${PORT} (${workers} worker${workers > 1 ? 's' : ''})`);
  });
}

/**
 * The prerender of this worker (server/prerender.ts): its pages are asked of a server of its own,
 * on a loopback port no other process shares, whose requests `ahead` answers as any visitor's.
 */
async function prerenderer(shared: SharedCache, cache: ResponseCache, visitors: Visitors, ahead: (req: IncomingMessage, res: ServerResponse) => void) {
  const inside = createServer(ahead);
  // exclusive: in a cluster worker, listen() would otherwise share the port with the other workers.
  await new Promise<void>((resolve) => inside.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve));
  const { port } = inside.address() as { port: number };
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const keyOf = (origin: Origin, path: string) => cacheKey({ url: path, headers: { host: origin.host, 'x-forwarded-proto': origin.proto } }, currentVersion());
  const prerender = new Prerenderer(
    {
      generation: () => generation(currentVersion()),
      paths: () => prerenderPathsOf(serverEnv().PLAN_DATA_DIR),
      isStored: (origin, path) => {
        const key = keyOf(origin, path);
        return cache.has(key) || shared.has(key);
      },
      render: (origin, path) =>
        new Promise((resolve, reject) => {
          // The headers the origin's key and pages are made from (the host, and the scheme a proxy named), as a visitor sent them.
          const headers = { host: origin.host, 'accept-encoding': 'gzip', ...(origin.proto ? { 'x-forwarded-proto': origin.proto } : {}) };
          httpGet({ host: '127.0.0.1', port, path, agent, headers, timeout: 60_000 }, (res) => {
            res.resume();
            res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${path}: ${res.statusCode}`))));
          })
            .on('timeout', function (this: { destroy(e: Error): void }) {
              this.destroy(new Error(`${path}: no answer in 60 s`));
            })
            .on('error', reject);
        }),
      claim: (gen, origin) =>
        new Claims(join(shared.folderOf(gen), 'prerender'), PRERENDER_ORIGINS).take(createHash('sha256').update(`${origin.proto}\n${origin.host}`).digest('hex').slice(0, 16)),
      quiet: () => visitors.whenQuiet(QUIET_MS),
      log: (line) => console.log(line),
    },
    PRERENDER_ORIGINS,
    SETTLE_MS,
  );
  // A new ingest or a new day is noticed within a second, visitors or not.
  setInterval(() => prerender.tick(), 1000).unref();
  return prerender;
}
