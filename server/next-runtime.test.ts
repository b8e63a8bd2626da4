import { describe, expect, it } from 'vitest';
import { withoutInlineScripts, withoutNextRuntime } from './next-runtime';

// The shape of a page as Next 16 writes it (taken from a rendered permalink, shortened).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/32i80_7heyeyz.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/islands/main.HT2BYB3F.js" async=""></script>',
  '<script src="/_next/static/chunks/0c1ad7rcpjghx.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});</script>',
  '<title>Chapter 2 · Plan Search</title><script type="application/ld+json">{"@type":"Legislation"}</script></head>',
  '<body><main><p>城乡居民人均可支配收入分别达48018元和17719元</p></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\u003c/script\\u003e"])</script>',
  '</body></html>',
].join('');

describe('withoutNextRuntime', () => {
  const { html, stripped } = withoutNextRuntime(page);

  it("removes Next's chunks, their preloads, the RSC payload and Turbopack's bootstrap", () => {
    expect(stripped).toBe(true);
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
  });

  it("keeps the page's text, its stylesheet, structured data and the site's own script", () => {
    expect(html).toContain('<p>城乡居民人均可支配收入分别达48018元和17719元</p>');
    expect(html).toContain('href="/_next/static/chunks/32i80_7heyeyz.css"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Legislation"}</script>');
    expect(html).toContain('<script src="/_next/static/islands/main.HT2BYB3F.js" async=""></script>');
    expect(html).toContain('<title>Chapter 2 · Plan Search</title>');
  });

  it('leaves a page alone when its content still waits on a script', () => {
    const streamed = page.replace('<main>', '<main><template id="B:0"></template>') + '<script>$RC("B:0","S:0")</script>';
    expect(withoutNextRuntime(streamed)).toEqual({ html: streamed, stripped: false });
    // Next draws its not-found pages in the browser from the payload.
    const shell = page.replace('<html lang="en">', '<html id="__next_error__">');
    expect(withoutNextRuntime(shell).stripped).toBe(false);
  });

  it('leaves a page without Next chunks (not a Next page) unchanged', () => {
    const plain = '<!DOCTYPE html><html><body><p>x</p></body></html>';
    expect(withoutNextRuntime(plain)).toEqual({ html: plain, stripped: false });
  });
});

describe('withoutInlineScripts', () => {
  it("drops 'unsafe-inline' from script-src only", () => {
    const csp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(withoutInlineScripts(csp)).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });
});
