/**
 * Rendered answers kept in memory. The index and the corpus change only at ingest, so every page
 * and API answer is a pure function of (data version, request): render it once, keep it gzipped,
 * answer it again from memory with a strong ETag, and let clients and CDNs keep it too.
 */
import { createHash } from 'node:crypto';

export interface CachedResponse {
  status: number;
  /** Response headers as the app set them (no Content-Length / Content-Encoding: the server adds those). */
  headers: Record<string, string | string[]>;
  /** The body, gzipped once when it was stored. */
  gzip: Buffer;
  /** Strong validator: a hash of the cache key (data version and request), the same in every worker. */
  etag: string;
}

/** What a request must look like to be answered from the cache. */
export interface CacheableRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Routes whose answer depends only on the data, the URL and the host it was reached on: the API's
 * search, comparison and paragraph answers, oEmbed, the portal's pages and the paragraphs' share images.
 * Static assets are Next's own business.
 */
const CACHEABLE = /^\/(?:api\/(?:search|compare|p\/[^/?]+|oembed)|(?:zh|en)(?:\/(?:search|compare|p\/[^/?]+(?:\/share\.png)?|c\/[^/?]+|indicators))?|embed\/p\/[^/?]+)\/?(?:\?|$)/;

/** Client-side navigations ask for the RSC payload with these headers; their answer varies by them, so they pass through. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];

/** The server's state right now, for load balancers' probes: never kept, whatever CACHEABLE comes to match. */
const NEVER_KEPT = /^\/api\/health(?:[/?]|$)/;

export function isCacheable(req: CacheableRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.url && NEVER_KEPT.test(req.url)) return false;
  if (!req.url || !CACHEABLE.test(req.url) || req.url.length > 2048) return false;
  return !ROUTER_HEADERS.some((h) => req.headers[h] !== undefined);
}

const header = (req: CacheableRequest, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : (v ?? '');
};

/** Where a request was addressed as the pages read it (absolute links): the scheme a proxy says and the host. */
export interface Origin {
  /** X-Forwarded-Proto as sent, or '' */
  proto: string;
  /** X-Forwarded-Host, else Host */
  host: string;
}

export const originOf = (req: CacheableRequest): Origin => ({ proto: header(req, 'x-forwarded-proto'), host: header(req, 'x-forwarded-host') || header(req, 'host') });

/**
 * What every answer of a day on one version of the data shares: the first part of its cache key.
 * When it changes (an ingest, midnight UTC) every key and ETag changes with it.
 */
export const generation = (dataVersion: string, now = new Date()): string => `${dataVersion}\n${now.toISOString().slice(0, 10)}`;

/** The generation a cache key belongs to (cacheKey's first two lines; '' for a key not made by cacheKey). */
export function generationOf(key: string): string {
  const end = key.indexOf('\n', key.indexOf('\n') + 1);
  return key.indexOf('\n') < 0 || end < 0 ? '' : key.slice(0, end);
}

/**
 * The cache key: the data version, the URL, and what else the answer reads: the host and scheme it
 * was reached on (absolute links in citations and embeds) and the day (a citation's access date).
 */
export function cacheKey(req: CacheableRequest, dataVersion: string, now = new Date()): string {
  const { proto, host } = originOf(req);
  return [generation(dataVersion, now), proto, host, req.url].join('\n');
}

export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether `If-None-Match` names this ETag (a list, or *). */
export function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const list = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',').map((s) => s.trim().replace(/^W\//, ''));
  return list.includes('*') || list.includes(etag);
}

/** Least recently used first out, bounded by the bytes it holds. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    const size = sizeOf(key, value);
    // One huge answer must not flush everything else.
    if (size > this.maxBytes / 2) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= sizeOf(key, old);
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= sizeOf(k, v);
    }
  }

  /** Whether `key` is held, without marking it used. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Stores `value` only if it fits without pushing anything out: what the server renders ahead of
   * visitors (server/prerender.ts) fills free room but never evicts what visitors asked for.
   */
  offer(key: string, value: CachedResponse): boolean {
    if (this.entries.has(key) || this.bytes + sizeOf(key, value) > this.maxBytes) return false;
    this.set(key, value);
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }
}

const sizeOf = (key: string, v: CachedResponse) => v.gzip.length + key.length * 2 + 512;
