import { expect, test } from '@playwright/test';
import { ImageResponse } from 'next/og.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cardElement, HEIGHT, type ShareCard, WIDTH } from '../lib/share/draw';
import { drawableCard, loadShareFonts, type ShareFonts } from '../lib/share/fonts';
import { offline } from '../test/offline';
import { differing, ink, readPng } from '../test/png';

// Chapter 30, section 1, paragraph 1 (source line 1709). Its first sentence, 63 characters, is what
// fits the card: the second ends with 逐步降低流域生态环境压力。 some 120 characters later.
const ZH: ShareCard = {
  lang: 'zh-CN',
  quote: '“坚持将滇池保护治理作为“一把手”工程，持续实施入湖河道水质目标和污染削减目标双管控，改善流域水环境质量，初步恢复水生态系统功能。……”',
  size: 52,
  place: '第三十章 实施碧水行动 › 第一节 重点推进滇池流域治理',
  locator: '第三十章第一节第1段',
  siteName: '规划检索',
  label: null,
};
// Its English (corpus/kunming-14th-five-year-plan.en.jsonl), whose first sentence is too long for the card: cut after a clause.
const EN: ShareCard = {
  lang: 'en',
  quote:
    '"We will continue to treat the protection and management of Dianchi Lake as a "top leader" project, keep applying dual control over water quality targets and pollution reduction targets for rivers flowing into the lake, improve the quality of the water environment in the basin ..."',
  size: 36,
  // Chapter and section together are too long for the line: the section alone (the footer numbers both).
  place: 'Section 1: Prioritizing the Management of the Dianchi Lake Basin',
  locator: 'ch. 30, sec. 1, para. 1',
  siteName: 'Plan Search',
  label: 'Unofficial translation by Plan Search',
};

/** Keeps the picture served for people to look at, beside the page screenshots. */
function keep(name: string, png: Buffer) {
  mkdirSync('artifacts/screenshots', { recursive: true });
  writeFileSync(`artifacts/screenshots/${name}`, png);
}

/** A card drawn here, offline, with the given fonts (the served fonts, or only their Latin). */
async function drawn(card: ShareCard, fonts: ShareFonts, only?: string) {
  const list = only ? fonts.fonts.filter((f) => f.name === only) : fonts.fonts;
  const element = cardElement(only ? card : drawableCard(card, fonts), list[0]!.name);
  const { value } = await offline(async () => Buffer.from(await new ImageResponse(element, { width: WIDTH, height: HEIGHT, fonts: list }).arrayBuffer()));
  return readPng(value);
}

test('a permalink names its share image, shown large on social cards', async ({ page, baseURL }) => {
  await page.goto('/zh/p/km14-c30-s1-p1');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/zh/p/km14-c30-s1-p1/share.png`);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', '规划检索引文卡片：第三十章第一节第1段');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', `${baseURL}/zh/p/km14-c30-s1-p1/share.png`);
  await page.goto('/en/p/km14-c30-s1-p1');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/en/p/km14-c30-s1-p1/share.png`);
});

test('the share image is a 1200×630 PNG with its Chinese drawn, not the picture drawn without the font', async ({ request }) => {
  const r = await request.get('/zh/p/km14-c30-s1-p1/share.png');
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('image/png');
  const served = readPng(await r.body());
  expect([served.width, served.height]).toEqual([1200, 630]);
  keep('share-image-zh.png', await r.body());
  const fonts = loadShareFonts(process.env.PLAN_DATA_DIR ?? 'data');
  // The same card without the Chinese font: the quote's rows hold next to no ink.
  const missing = await drawn(ZH, fonts, 'plan-latin');
  expect(ink(served, 120, 500)).toBeGreaterThan(10 * ink(missing, 120, 500));
  expect(differing(served, missing)).toBeGreaterThan(0.03);
  // And it is this card: the paragraph's first sentence, its place and number, drawn with the fonts.
  expect(differing(served, await drawn(ZH, fonts))).toBeLessThan(0.001);
});

test('the English share image quotes the translation, labelled unofficial', async ({ request }) => {
  const r = await request.get('/en/p/km14-c30-s1-p1/share.png');
  expect(r.status()).toBe(200);
  const served = readPng(await r.body());
  expect([served.width, served.height]).toEqual([1200, 630]);
  keep('share-image-en.png', await r.body());
  const fonts = loadShareFonts(process.env.PLAN_DATA_DIR ?? 'data');
  expect(differing(served, await drawn(EN, fonts))).toBeLessThan(0.001);
  // Without its label the picture is another one.
  expect(differing(served, await drawn({ ...EN, label: null }, fonts))).toBeGreaterThan(0.002);
});

test('share images are kept and revalidated like pages; a bad id is a 404', async ({ request }) => {
  const first = await request.get('/en/p/km14-b38-i2/share.png');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()['cache-control']).toContain('s-maxage=3600');
  const again = await request.get('/en/p/km14-b38-i2/share.png', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  for (const path of ['/zh/p/km14-c99-p1/share.png', '/zh/p/NOT%20AN%20ID/share.png', '/fr/p/km14-c30-s1-p1/share.png']) {
    const bad = await request.get(path);
    expect(bad.status(), path).toBe(404);
    expect((await bad.json()).error.code, path).toBe('not_found');
  }
});
