import { expect, test } from '@playwright/test';

/**
 * The production server renders search pages itself (server/own-pages.tsx), with the components
 * Next's search page uses; Next's page stays as the reference, asked for with a header. For search
 * pages of every kind (hits, filters, refusals, nothing found, only some words found, a typo, the
 * original text only, markup in the query), the two must be the same document with the same headers.
 */

const NEXT = { 'x-plan-search-renderer': '1' };

/** What may differ between two renderings of one page: the time the search took, and the empty Suspense markers Next adds around the page. */
const comparable = (html: string) =>
  html
    .replace(/[\d.]+(?= ms| 毫秒)/g, '')
    .replace(/<div hidden=""><!--\$--><!--\/\$--><\/div>/g, '')
    .replace(/<!--\$--><!--\/\$-->/g, '');

const HEADERS = ['content-type', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

const pages = [
  '/en/search?q=water+quality',
  `/zh/search?q=${encodeURIComponent('滇池 水质')}`,
  '/en/search?q=dianchi&chapter=17&district=wuhua',
  '/zh/search?q=jiaotong&page=2&sort=order',
  `/en/search?q=${encodeURIComponent('水')}&text=original`,
  '/en/search?q=sponge+citty',
  `/en/search?q=${encodeURIComponent('滇池 钛盐')}`,
  '/en/search?q=zzzqqq',
  '/en/search?q=water&chapter=999',
  `/zh/search?q=${'x'.repeat(1200)}`,
  '/en/search?q=water&page=400',
  `/en/search?q=${encodeURIComponent('<script>alert(1)</script> "a" & b')}`,
  '/en/search',
  '/zh/search?topic=ecology',
];

for (const path of pages) {
  test(`${decodeURIComponent(path).slice(0, 70)}: the server's own search page is the document Next renders, with its headers`, async ({ request }) => {
    // A parameter no page reads makes the address one no test asked before, so that the server renders it now.
    const url = `${path}${path.includes('?') ? '&' : '?'}e2e=${Date.now()}`;
    const own = await request.get(url);
    expect(own.status()).toBe(200);
    expect(own.headers()['server-timing']).toMatch(/^page;dur=/);
    const next = await request.get(url, { headers: NEXT });
    expect(next.status()).toBe(200);
    expect(next.headers()['server-timing']).toMatch(/^render;dur=/);
    const [mine, theirs] = [comparable(await own.text()), comparable(await next.text())];
    // Where they part, with some context: whole documents of 100 KB say nothing in a failure.
    let at = 0;
    while (at < mine.length && mine[at] === theirs[at]) at++;
    expect(mine.slice(Math.max(0, at - 120), at + 120)).toBe(theirs.slice(Math.max(0, at - 120), at + 120));
    expect(mine.length).toBe(theirs.length);
    for (const h of HEADERS) expect(own.headers()[h], h).toBe(next.headers()[h]);
    // No inline script is allowed, as on every page without Next's runtime.
    expect(own.headers()['content-security-policy']).toMatch(/script-src 'self';/);
  });
}

test("the server's search page is kept and served again like any page; Next's reference is never kept", async ({ request }) => {
  const url = `/en/search?q=lake&e2e=${Date.now()}`;
  expect((await request.get(url)).headers()['server-timing']).toMatch(/^page;/);
  // The same worker answers from memory, the other from the shared folder once its copy is written
  // (asynchronously; until then it may render the page itself): ask until both have served it stored.
  const seen: string[] = [];
  for (let i = 0; i < 20 && seen.filter((t) => t.startsWith('cache;')).length < 2; i++) {
    seen.push((await request.get(url)).headers()['server-timing']!);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(seen.filter((t) => t.startsWith('cache;'))).toHaveLength(2);
  expect(seen.filter((t) => !/^(cache|page);/.test(t))).toEqual([]);
  for (let i = 0; i < 2; i++) expect((await request.get(url, { headers: NEXT })).headers()['server-timing']).toMatch(/^render;/);
});

for (const [path, heading, home] of [
  ['/en/no-such-page', 'Not found', '/en'],
  ['/zh/p/km14-nope', '未找到', '/zh'],
  ['/en/c/999', 'Not found', '/en'],
] as const) {
  test(`${path} is a 404 the server renders: the page is there without waiting for a script, with the way home`, async ({ page, request }) => {
    const answer = await request.get(path);
    expect(answer.status()).toBe(404);
    // Rendered by the server (`page`), and nothing inline to run: Next's runtime, which drew these pages in the browser, is gone.
    expect(answer.headers()['server-timing']).toMatch(/, page;dur=/);
    expect(answer.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    const html = await answer.text();
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).toContain(`<h1 class="mb-2 text-2xl font-bold">${heading}</h1>`);

    // In the browser with JavaScript off, as a crawler or a reader on a bad connection meets it.
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(path);
    await expect(bare.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(bare.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(bare.locator('main a')).toHaveAttribute('href', home);
    // The site's header is there: its search box works from a dead end.
    await expect(bare.locator('header input[type="search"]')).toBeVisible();
    await context.close();
  });
}
