import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cspViolations } from './csp';
import { scriptsReady } from './ready';

const PAGES = {
  home: '/zh',
  search: '/zh/search?q=滇池',
  permalink: '/zh/p/km14-c17-s1-p4?hl=海绵城市',
  chapter: '/zh/c/30',
  'search-en': '/en/search?q=water+quality',
  indicators: '/en/indicators',
  data: '/zh/data',
};

for (const [name, path] of Object.entries(PAGES)) {
  test(`no serious or critical accessibility violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('security headers: CSP, nosniff, no framing outside /embed', async ({ request }) => {
  const home = await request.get('/zh');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['x-frame-options']).toBe('DENY');
  const embed = await request.get('/embed/p/km14-b30-i1');
  // Anyone may frame a card, pages opened from disk included: no frame-ancestors at all.
  expect(embed.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(embed.headers()['content-security-policy']).not.toContain('frame-ancestors');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  // The browser's powerful features are off everywhere, pages and the API's direct path alike.
  for (const r of [home, embed, await request.get('/api/search?q=%E6%BB%87%E6%B1%A0')]) expect(r.headers()['permissions-policy']).toContain('camera=()');
  // Over plain HTTP no Strict-Transport-Security, whatever a client claims (no proxy is trusted here).
  const claimed = await request.get('/zh/indicators', { headers: { 'x-forwarded-proto': 'https' } });
  expect(claimed.headers()['strict-transport-security']).toBeUndefined();
});

test('no page breaks its own Content-Security-Policy', async ({ page }) => {
  const violations = await cspViolations(page);
  for (const path of ['/zh', '/en/search?q=dianchi', '/zh/p/km14-c30-s1-p2', '/en/c/30', '/en/indicators', '/en/data', '/embed/p/km14-b30-i1?lang=en']) {
    await page.goto(path);
    // The card has no hydration mark: its scripts have run once the page has loaded.
    if (path.startsWith('/embed/')) await page.waitForLoadState('load');
    else await scriptsReady(page);
    // Client navigation too: the search box runs a search.
    if (path.startsWith('/en/search')) {
      await page.getByRole('searchbox').first().fill('water quality');
      await expect(page).toHaveURL(/water/);
    }
  }
  expect(violations).toEqual([]);
});

test('/ sends the visitor to their preferred locale', async ({ browser, baseURL }) => {
  const en = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } });
  const p = await en.newPage();
  await p.goto(`${baseURL}/`);
  await expect(p).toHaveURL(/\/en$/);
  await en.close();
  const zh = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
  const q = await zh.newPage();
  await q.goto(`${baseURL}/`);
  await expect(q).toHaveURL(/\/zh$/);
  await zh.close();
});

test('sitemap, robots and OpenSearch are served and discoverable', async ({ request, page }) => {
  await page.goto('/en');
  await expect(page.locator('link[rel="search"][type="application/opensearchdescription+xml"]')).toHaveAttribute('href', '/opensearch.xml?lang=en');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/zh/c/30</loc>');
  expect(sitemap).toContain('/en/p/km14-c17-s1-p4</loc>');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  const zh = await (await request.get('/opensearch.xml')).text();
  expect(zh).toContain('/zh/search?q={searchTerms}');
  expect(zh).toContain('规划检索');
  // From an English page, an English description that searches the English pages.
  const en = await (await request.get('/opensearch.xml?lang=en')).text();
  expect(en).toContain('/en/search?q={searchTerms}');
  expect(en).toContain('<ShortName>Plan Search</ShortName>');
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
});

for (const width of [1440, 390]) {
  test(`screenshots at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of Object.entries({
      home: '/zh',
      search: '/zh/search?q=滇池 水质',
      permalink: '/zh/p/km14-c17-s1-p4?hl=海绵城市',
      'permalink-en': '/en/p/km14-ind-05',
      'search-en': '/en/search?q=sponge+city',
      chapter: '/en/c/2',
      indicators: '/en/indicators',
      data: '/en/data',
    })) {
      await page.goto(path);
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `artifacts/screenshots/${name}-${width}.png`, fullPage: true });
    }
  });
}
