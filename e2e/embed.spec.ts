import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

/** A card framed by a plain HTML page, as a web editor would paste it. */

const ID = 'km14-c17-s1-p4'; // one of the longer paragraphs: it does not fit the declared height at phone width
const WIDTHS = [1440, 390];

async function embedCode(page: Page, locale: string, id = ID) {
  await page.goto(`/${locale}/p/${id}`);
  return page.locator('[data-embed-code]').innerText();
}

/**
 * Another site's page holding `body`, served from an origin of its own (a server of the test's, on
 * loopback), so not under the portal's Content-Security-Policy, as a web editor's page is not.
 */
let hostBody = '';
const host = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta name="viewport" content="width=device-width">${hostBody}`);
});
test.beforeAll(() => new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve)));
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function hostPage(page: Page, body: string) {
  hostBody = body;
  await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/article`);
}

/**
 * The box of `inner` lies inside the iframe's box on the host page: visible to the reader, not cut
 * off. Measured again until the card is laid out as it ends up (its text is in the page before its
 * stylesheet is), failing if it never fits.
 */
async function expectInsideFrame(page: Page, card: FrameLocator, name: string | RegExp) {
  const link = card.getByRole('link', { name });
  await expect(link).toBeVisible();
  await expect(async () => {
    const frame = (await page.locator('iframe').first().boundingBox())!;
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  }).toPass({ timeout: 10_000 });
}

for (const width of WIDTHS) {
  test(`the iframe alone fits its declared height at ${width} px: source line and link show`, async ({ page }) => {
    const code = await embedCode(page, 'en');
    const iframe = code.split('\n')[0]!;
    expect(iframe).toMatch(/^<iframe [^>]*height="\d+"/);
    await page.setViewportSize({ width, height: 900 });
    // A host page that strips scripts keeps only the iframe.
    await hostPage(page, `<body style="margin:8px"><h1>Host</h1>${iframe}</body>`);
    const card = page.frameLocator('iframe');
    // An English card quotes the English (chapter 17 is translated): 推进海绵城市建设 is "sponge city".
    await expect(card.locator('article')).toContainText('sponge city');
    await expectInsideFrame(page, card, 'Open on Plan Search');
    await expect(card.locator('footer')).toContainText('Chapter 17');
  });

  test(`with its script the snippet grows the iframe to the whole card at ${width} px`, async ({ page }) => {
    const code = await embedCode(page, 'zh');
    await page.setViewportSize({ width, height: 900 });
    await hostPage(page, `<body style="margin:8px"><h1>Host</h1>${code}<p id="after">after the card</p></body>`);
    const card = page.frameLocator('iframe');
    await expect(card.locator('article')).toContainText('推进海绵城市建设');
    // The card's text is no longer clipped: its box holds all of it.
    await expect.poll(async () => card.locator('#card-text').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await expectInsideFrame(page, card, '在规划检索中打开');
    // Nothing runs on below the frame, so nothing is faded.
    await expect(card.locator('#card-fade')).toBeHidden();
    await page.screenshot({ path: `artifacts/screenshots/embed-in-page-${width}.png`, fullPage: true });
  });
}

test('a page opened from disk can frame a card', async ({ page, baseURL }) => {
  const code = (await embedCode(page, 'en', 'km14-b30-i1')).split('\n')[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'embed-'));
  const file = join(dir, 'host.html');
  writeFileSync(file, `<!doctype html><title>Saved page</title><h1>My notes</h1>${code}`);
  await page.goto(`file://${file}`);
  const card = page.frameLocator('iframe');
  // 农村供水保障工程, in the card's English.
  await expect(card.locator('article')).toContainText('Rural water supply guarantee project');
  await expect(card.getByRole('link', { name: 'Open on Plan Search' })).toHaveAttribute('href', `${baseURL}/en/p/km14-b30-i1`);
});

test('the card has a title and the language of its text; an unknown paragraph is a localised 404', async ({ page, request }) => {
  await page.goto('/embed/p/km14-b30-i1?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Chapter \d+: .+ — Outline of the 14th Five-Year Plan/);
  await page.goto('/embed/p/km14-b30-i1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/第.+章 .+ — 昆明市国民经济和社会发展第十四个五年规划/);

  const en = await request.get('/embed/p/km14-nope?lang=en');
  expect(en.status()).toBe(404);
  await page.goto('/embed/p/km14-nope?lang=en');
  await expect(page.getByRole('heading', { name: 'Paragraph not found' })).toBeVisible();
  await page.goto('/embed/p/km14-nope');
  await expect(page.getByRole('heading', { name: '未找到该段落' })).toBeVisible();
});

test('oEmbed honours maxwidth and maxheight in the size and in the html', async ({ request, baseURL }) => {
  const url = encodeURIComponent(`${baseURL}/en/p/km14-b30-i1`);
  const small = await (await request.get(`/api/oembed?url=${url}&maxwidth=320&maxheight=200`)).json();
  expect(small).toMatchObject({ width: 320, height: 200 });
  expect(small.html).toContain('width="320"');
  expect(small.html).toContain('height="200"');
  const big = await (await request.get(`/api/oembed?url=${url}&maxwidth=5000&maxheight=5000`)).json();
  expect(big.width).toBeLessThanOrEqual(5000);
  expect(big.html).toContain(`width="${big.width}"`);
  expect(big.html).toContain(`height="${big.height}"`);
});

test('with lang=en the card quotes the English, labelled as an unofficial translation', async ({ page }) => {
  await page.goto('/embed/p/km14-c10-s1-p1?lang=en');
  await expect(page.locator('[data-translation="en"]')).toContainText('We will make better use of both domestic and international markets');
  await expect(page.locator('footer')).toContainText('Unofficial translation by Plan Search');
  await page.goto('/embed/p/km14-c10-s1-p1');
  await expect(page.locator('[data-translation]')).toHaveCount(0);
  await expect(page.locator('article')).toContainText('更好地利用国内国际两个市场两种资源');
  await expect(page.locator('footer')).not.toContainText('非官方译文');
});
