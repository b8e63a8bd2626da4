import { expect, test, type Locator } from '@playwright/test';
import { scriptsReady } from './ready';

/** The English text on English pages: search snippets, chapters, indicators, citations (issue 9). */

const box = async (l: Locator) => (await l.boundingBox())!;

test('English search results lead with the English snippet, terms marked, the Chinese under it', async ({ page }) => {
  await page.goto('/en/search?q=emissions');
  // Chapter 1, section 1: 主要污染物排放总量持续减少 — "total emissions of major pollutants".
  const card = page.locator('article').filter({ hasText: '主要污染物排放总量持续减少' }).first();
  const english = card.locator('[data-translation="en"]');
  await expect(english).toBeVisible();
  // The glossary gives 排放 as emissions or discharge; this paragraph's English says "discharge".
  await expect(english.locator('mark').first()).toHaveText(/^(emissions|discharge)$/i);
  await expect(card.getByText('Unofficial translation by Plan Search')).toBeVisible();
  const chinese = card.locator('p[lang="zh-CN"]');
  await expect(chinese.locator('mark').first()).toHaveText('排放');
  expect((await box(chinese)).y).toBeGreaterThan((await box(english)).y + (await box(english)).height - 1);
});

test('"Chinese only" shows the original alone, and the choice survives a new search', async ({ page }) => {
  await page.goto('/en/search?q=Dianchi%20water%20quality');
  await scriptsReady(page);
  await expect(page.locator('[data-translation="en"]').first()).toBeVisible();
  await page.getByRole('link', { name: 'Chinese only' }).click();
  await expect(page).toHaveURL(/text=original/);
  await expect(page.getByRole('link', { name: 'English and Chinese' })).toBeVisible();
  await expect(page.locator('[data-translation="en"]')).toHaveCount(0);
  await expect(page.locator('article p[lang="zh-CN"] mark').first()).toBeVisible();
  const input = page.getByRole('searchbox', { name: 'Search the plan' });
  await input.fill('digital economy');
  await input.press('Enter');
  await expect(page).toHaveURL(/q=digital\+economy.*text=original|text=original.*q=digital\+economy/);
  await expect(page.locator('article p[lang="zh-CN"] mark').first()).toHaveText('数字经济');
  await expect(page.locator('[data-translation="en"]')).toHaveCount(0);
});

test('Chinese pages offer no translation toggle', async ({ page }) => {
  await page.goto('/zh/search?q=滇池');
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.locator('[data-text-toggle]')).toHaveCount(0);
  await expect(page.locator('[data-translation]')).toHaveCount(0);
});

for (const [width, layout] of [
  [1440, 'side by side'],
  [390, 'stacked'],
] as const) {
  test(`an English chapter shows each paragraph in English with the Chinese ${layout} (${width} px), anchors unchanged`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/c/10?hl=domestic%20demand#km14-c10-p1');
    await expect(page.getByText('English: unofficial translation by Plan Search')).toBeVisible();
    const para = page.locator('[id="km14-c10-p1"]');
    await expect(para).toBeInViewport();
    const english = para.locator('[data-translation="en"]');
    // Source: 坚持深化供给侧结构性改革主线，注重需求侧管理，扩大内需…
    await expect(english).toContainText('supply-side structural reform');
    await expect(english.locator('mark').first()).toHaveText(/domestic demand/);
    const chinese = para.locator('[lang="zh-CN"]').first();
    await expect(chinese).toContainText('坚持深化供给侧结构性改革主线');
    const [e, c] = [await box(english), await box(chinese)];
    if (layout === 'side by side') {
      expect(c.x).toBeGreaterThan(e.x + e.width - 1);
      expect(Math.abs(c.y - e.y)).toBeLessThan(8);
    } else {
      expect(c.y).toBeGreaterThan(e.y + e.height - 1);
      expect(c.x + c.width).toBeLessThanOrEqual(width);
    }
  });
}

test('the indicators page gives every row in English with the printed Chinese under it', async ({ page }) => {
  await page.goto('/en/indicators');
  const row = page.locator('[id="km14-ind-09"]');
  // Source row 9: 对外开放 | 缔结国际友好城市（国际友好交流城市）数量 | 个 | 44 | 49 | 预期性 | 市外办
  await expect(row.getByRole('rowheader')).toContainText('Number of international sister cities');
  await expect(row.getByRole('rowheader')).toContainText('缔结国际友好城市（国际友好交流城市）数量');
  await expect(row).toContainText('Opening Up');
  await expect(row).toContainText('Municipal Foreign Affairs Office');
  await expect(page.getByText('unofficial translation by Plan Search').first()).toBeVisible();
});

test('an English permalink marks the search terms in both texts and quotes the English, labelled', async ({ page }) => {
  await page.goto('/en/p/km14-c2-s4-p3?hl=Dianchi%20water%20quality');
  const english = page.locator('section [data-translation="en"]');
  await expect(english.locator('mark', { hasText: 'Dianchi Lake' })).toBeVisible();
  await expect(page.locator('section [lang="zh-CN"] mark', { hasText: '滇池' }).first()).toBeVisible();
  const quote = page.locator('[data-citation="quote"]');
  await expect(quote).toContainText('(unofficial translation by Plan Search)');
  await expect(quote).toContainText('昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 [');
  await expect(quote).not.toContainText('滇池');
});

test('an English chapter gives its tables in English cell by cell, the printed cells under them', async ({ page }) => {
  await page.goto('/en/c/2#km14-ind-09');
  const row = page.locator('tr[id="km14-ind-09"]');
  await expect(row.locator('[data-translation="en"]', { hasText: 'Number of international sister cities' })).toBeVisible();
  await expect(row).toContainText('缔结国际友好城市（国际友好交流城市）数量');
  // Numbers print once: 44 and 49 are not repeated as their own translation.
  await expect(row.locator('td', { hasText: /^44$/ })).toHaveCount(1);
});
