import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, isLimited, rateLimitSettings } from './rate-limit';

const request = (remoteAddress: string, xff?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;

describe('rate limit', () => {
  it('covers the API and the search pages, never the health probe or other pages', () => {
    for (const p of ['/api/search', '/api/p/km14-c1', '/api/oembed', '/zh/search', '/en/search', '/zh/compare', '/api/compare']) expect(isLimited(p), p).toBe(true);
    for (const p of ['/api/health', '/zh', '/en/p/km14-c1', '/zh/c/3', '/robots.txt', '/en/searching', '/en/comparex', '/_next/static/x.js']) expect(isLimited(p), p).toBe(false);
  });

  it('counts the connection’s address unless proxies are trusted, then the address the nearest untrusted hop sent', () => {
    // A client may write any X-Forwarded-For: without trusted proxies it is ignored.
    expect(clientAddress(request('203.0.113.9', '1.1.1.1'), 0)).toBe('203.0.113.9');
    // One proxy (10.0.0.2) in front: the address it appended is the client's.
    expect(clientAddress(request('10.0.0.2', '1.1.1.1, 198.51.100.7'), 1)).toBe('198.51.100.7');
    // Two (a CDN, then a load balancer): one hop further left; what the client wrote itself stays ignored.
    expect(clientAddress(request('10.0.0.2', '1.1.1.1, 198.51.100.7, 192.0.2.44'), 2)).toBe('198.51.100.7');
    // Fewer addresses than trusted hops: the farthest one there is.
    expect(clientAddress(request('10.0.0.2'), 1)).toBe('10.0.0.2');
  });

  it('reads its settings strictly: off by default, a whole number or a clear error', () => {
    expect(rateLimitSettings({})).toEqual({ perMinute: null, trustedProxies: 0 });
    expect(rateLimitSettings({ RATE_LIMIT_PER_MINUTE: '120', TRUST_PROXY: '1' })).toEqual({ perMinute: 120, trustedProxies: 1 });
    expect(rateLimitSettings({ RATE_LIMIT_PER_MINUTE: '0' }).perMinute).toBeNull();
    expect(() => rateLimitSettings({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow('RATE_LIMIT_PER_MINUTE must be a whole number, not "lots"');
    expect(() => rateLimitSettings({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY must be a whole number, not "true"');
  });
});
