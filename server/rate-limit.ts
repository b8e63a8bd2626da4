/**
 * A per-client limit on the API and the search page (off unless RATE_LIMIT_PER_MINUTE is set):
 * requests counted per client over a rolling minute, in the primary process so that every worker
 * counts against one total (rate-limiter-flexible's cluster limiter, over node:cluster's IPC; its
 * store forgets a client a minute after its first request, so memory follows the clients of the
 * last minute, not every client ever seen).
 *
 * The client is the connection's address, unless TRUST_PROXY names how many proxies in front of
 * the server to trust: then the address those proxies put in X-Forwarded-For (proxy-addr, as
 * Express reads it). Trusting more hops than there are proxies would let a client pick its address.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterRes } from 'rate-limiter-flexible';

/** What the limit covers: the API (health excepted: a probe must never be refused), the search pages and the comparison tables (a search per district). */
const LIMITED = /^\/(?:api\/(?!health(?:\/|$))|(?:zh|en)\/(?:search|compare)(?:\/|$))/;

export const isLimited = (pathname: string): boolean => LIMITED.test(pathname);

/** The client's address: the connection's, or with `trustedProxies` > 0 the one the nearest untrusted hop sent from. */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  if (trustedProxies <= 0) return req.socket.remoteAddress ?? 'unknown';
  // proxy-addr trusts the first `n` hops from the socket: the server's own proxies.
  return proxyAddr(req, (_addr, hop) => hop < trustedProxies);
}

/** RATE_LIMIT_PER_MINUTE (a positive whole number, or unset for no limit) and TRUST_PROXY (hops, 0 by default), read once. */
export function rateLimitSettings(env: Record<string, string | undefined>): { perMinute: number | null; trustedProxies: number } {
  const read = (name: string, value: string | undefined) => {
    if (value === undefined || value === '') return null;
    if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
  const perMinute = read('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE);
  return { perMinute: perMinute && perMinute > 0 ? perMinute : null, trustedProxies: read('TRUST_PROXY', env.TRUST_PROXY) ?? 0 };
}

/** In the primary process: the store every worker's limiter counts in. */
export const startRateLimitStore = () => new RateLimiterClusterMaster();

export type Verdict = { allowed: true } | { allowed: false; retryAfter: number };

/** In a worker: counts a request of `client`; over the limit, how many seconds until it may ask again. */
export class RateLimit {
  private readonly limiter: RateLimiterCluster;

  constructor(perMinute: number) {
    this.limiter = new RateLimiterCluster({ keyPrefix: 'plan-search', points: perMinute, duration: 60, timeoutMs: 2000 });
  }

  async check(client: string): Promise<Verdict> {
    try {
      await this.limiter.consume(client);
      return { allowed: true };
    } catch (e) {
      if (e instanceof RateLimiterRes) return { allowed: false, retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      // The count could not be taken (the primary too slow to answer): serve rather than refuse.
      return { allowed: true };
    }
  }
}
