import { expect, test, type Locator } from '@playwright/test';
import { scriptsReady } from './ready';

const TITLE = '昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';

/** The focus ring a person sees: an outline drawn around the card. */
const outlined = (card: Locator) => card.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) >= 2);

// 滇池治理 in the plan's order: 9 paragraphs, the first in chapter 1, section 1 (source line 163), its
// 8th paragraph (line 179: 三大攻坚战成效显著 … 滇池全湖水质 …).
const URL = '/zh/search?q=滇池治理&sort=order';

test('j and k move a visible, announced focus between hits; Enter opens the focused one', async ({ page }) => {
  await page.goto(URL);
  await scriptsReady(page);
  const hits = page.locator('article[data-hit]');
  await expect(hits).toHaveCount(9);
  await page.keyboard.press('j');
  await expect(hits.nth(0)).toBeFocused();
  await expect(hits.nth(0)).toBeInViewport();
  expect(await outlined(hits.nth(0))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: '第 1 条，共 9 条：第一章' })).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(hits.nth(2)).toBeFocused();
  await expect(hits.nth(2)).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: '第 3 条，共 9 条' })).toBeVisible();
  await page.keyboard.press('k');
  await expect(hits.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(hits.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/p\/km14-c1-s1-p8\?hl=/);
  await expect(page.locator('h1')).toContainText('第一节 历史性成就');
});

test('c copies the focused hit’s citation, with its place down to the paragraph and its link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL);
  await scriptsReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: '已复制引用' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`昆明市人民政府《${TITLE}》第一章第一节第8段 ${baseURL}/zh/p/km14-c1-s1-p8`);
});

test('? lists the shortcuts in a dialog that Esc closes; keys typed into the search box stay text', async ({ page }) => {
  await page.goto(URL);
  await scriptsReady(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '检索结果的键盘快捷键' });
  await expect(dialog).toBeVisible();
  for (const what of ['下一条结果', '上一条结果', '打开当前结果', '复制当前结果的引用']) await expect(dialog.getByText(what)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The same list from its button, for those who do not know the key.
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  const box = page.getByRole('searchbox').first();
  await box.click();
  await box.press('End');
  await box.pressSequentially(' jkc');
  await expect(box).toHaveValue(/滇池治理 jkc$/);
  await expect(page.locator('article[data-hit]:focus')).toHaveCount(0);
  await expect(dialog).toBeHidden();
});

test('English results: the keys, the announcement and the dialog speak English', async ({ page }) => {
  // Dianchi in the plan's order: the notice first, then chapter 1, section 1, paragraph 8.
  await page.goto('/en/search?q=Dianchi&sort=order');
  await scriptsReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator('article[data-hit]').nth(1)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Result 2 of 20: Chapter 1: .+ › Section 1: / })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts for search results' })).toBeVisible();
});

for (const width of [1440, 390]) {
  test(`screenshots of the focused hit and the shortcuts at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(URL);
    await scriptsReady(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('article[data-hit]').nth(1)).toBeFocused();
    await page.screenshot({ path: `artifacts/screenshots/search-keyboard-focus-${width}.png` });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `artifacts/screenshots/search-shortcuts-${width}.png` });
  });
}
