import { describe, expect, it } from 'vitest';
import { shellOf } from './page-shell';

// The head of a search page as Next 16 writes it once server/next-runtime.ts has taken its runtime out (shortened).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/23qpmsfe4723d.css" data-precedence="next"/>',
  '<script src="/_next/static/islands/main.KQRIMUWG.js" async=""></script>',
  '<title>“water” — search · Plan Search</title><meta name="robots" content="noindex"/>',
  '<link rel="icon" href="/icon.svg?icon.2eyh1kgvahvn0.svg" sizes="any" type="image/svg+xml"/>',
  '<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml?lang=en&amp;x=1" title="Plan Search"/></head>',
  '<body><main><link rel="stylesheet" href="/not-in-head.css"/></main></body></html>',
].join('');

describe('shellOf', () => {
  it("reads the stylesheets, icon and script from the head, and keeps Next's headers", () => {
    const headers = { 'content-security-policy': "script-src 'self'", 'content-type': 'text/html; charset=utf-8' };
    const shell = shellOf(page, headers)!;
    expect(shell.stylesheets).toEqual(['/_next/static/chunks/23qpmsfe4723d.css']);
    expect(shell.icons).toEqual([{ href: '/icon.svg?icon.2eyh1kgvahvn0.svg', sizes: 'any', type: 'image/svg+xml' }]);
    expect(shell.script).toBe('/_next/static/islands/main.KQRIMUWG.js');
    expect(shell.headers).toEqual(headers);
    // A copy: the worker's later changes to the answer's headers do not reach the shell.
    expect(shell.headers).not.toBe(headers);
  });

  it('is no shell without a head or without a stylesheet (an error page, a truncated answer)', () => {
    expect(shellOf('<html><body>Internal Server Error</body></html>', {})).toBeNull();
    expect(shellOf(page.replace(/<link rel="stylesheet"[^>]*>/, ''), {})).toBeNull();
    expect(shellOf(page.slice(0, 200), {})).toBeNull();
  });

  it('a page without the script (next dev) has a shell without it', () => {
    expect(shellOf(page.replace(/<script[^>]*><\/script>/, ''), {})!.script).toBeNull();
  });
});
