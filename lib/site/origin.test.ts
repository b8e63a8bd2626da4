import { describe, expect, it } from 'vitest';
import { originFrom } from './origin';

const from = (headers: Record<string, string>) => originFrom((name) => headers[name], 'https://plans.example.org');

describe('originFrom', () => {
  it('is the host the visitor reached, over HTTP unless the proxy says HTTPS', () => {
    expect(from({ host: 'localhost:3000' })).toBe('http://localhost:3000');
    expect(from({ host: 'internal:3000', 'x-forwarded-host': 'plans.example.com', 'x-forwarded-proto': 'https' })).toBe('https://plans.example.com');
    expect(from({ host: 'plans.example.com', 'x-forwarded-proto': 'ftp' })).toBe('http://plans.example.com');
  });
  it('falls back to the configured site when the host is missing or is not a plain host name', () => {
    expect(from({})).toBe('https://plans.example.org');
    expect(from({ host: 'evil.example"><script>' })).toBe('https://plans.example.org');
    expect(from({ host: 'a.example/path' })).toBe('https://plans.example.org');
  });
});
