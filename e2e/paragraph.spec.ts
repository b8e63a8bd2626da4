import { expect, test } from '@playwright/test';
import { scriptsReady } from './ready';

test('a permalink shows the paragraph with its context, highlights and breadcrumb', async ({ page }) => {
  await page.goto('/zh/p/km14-c17-s1-p4?hl=海绵城市');
  await expect(page.locator('section[aria-label] mark').first()).toHaveText('海绵城市');
  await expect(page.getByRole('navigation', { name: '在规划中的位置' }).first()).toContainText('第十七章 培育发展昆明都市圈');
  const context = page.locator('section[aria-labelledby="context-heading"] li');
  expect(await context.count()).toBeGreaterThanOrEqual(3);
  await expect(
    context
      .filter({ hasText: '智慧防汛系统' })
      .or(context.filter({ hasText: '专栏25' }))
      .first(),
  ).toBeVisible();
});

test('citations carry the permalink and the place, and can be copied', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh/p/km14-c17-s1-p4');
  await scriptsReady(page);
  const gbt = page.locator('[data-citation="gbt7714"]');
  await expect(gbt).toContainText(
    '昆明市人民政府. 昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要: 第五篇 构筑区域协调发展新格局 第十七章 培育发展昆明都市圈 第一节 提升中心城区功能 第4段[EB/OL]. (2021-03-29)',
  );
  await expect(gbt).toContainText(`${baseURL}/zh/p/km14-c17-s1-p4`);
  await expect(page.locator('[data-citation="bibtex"]')).toContainText('@misc{km14-c17-s1-p4,');
  await page.getByRole('button', { name: '复制 GB/T 7714-2015' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gbt.innerText());
  await page.getByRole('button', { name: '复制链接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/p/km14-c17-s1-p4`);
});

test('open in chapter lands on the anchored paragraph', async ({ page }) => {
  await page.goto('/zh/p/km14-c17-s1-p4');
  await page.getByRole('link', { name: '在章节中查看' }).click();
  await expect(page).toHaveURL(/\/zh\/c\/17#km14-c17-s1-p4$/);
  const target = page.locator('[id="km14-c17-s1-p4"]');
  await expect(target).toContainText('推进海绵城市建设');
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the terms searched for stay marked from permalink to chapter', async ({ page }) => {
  await page.goto('/zh/p/km14-c17-s1-p4?hl=海绵城市');
  await page.getByRole('link', { name: '在章节中查看' }).click();
  await expect(page).toHaveURL(/\/zh\/c\/17\?hl=%E6%B5%B7%E7%BB%B5%E5%9F%8E%E5%B8%82#km14-c17-s1-p4$/);
  await expect(page.locator('[id="km14-c17-s1-p4"] mark')).toHaveText('海绵城市');
});

test('a chapter listed but absent from the source says so', async ({ page }) => {
  await page.goto('/zh/c/42');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('建设法治昆明');
  await expect(page.getByText('源文件止于第41章', { exact: false }).first()).toBeVisible();
});

test('the embed card can be framed by another page; the site itself cannot', async ({ page, baseURL }) => {
  await page.goto('/zh/p/km14-b30-i1');
  const code = await page.locator('[data-embed-code]').innerText();
  expect(code).toContain(`${baseURL}/embed/p/km14-b30-i1?lang=zh`);
  await page.setContent(`<!doctype html><h1>Host page</h1>${code}<iframe id="blocked" src="${baseURL}/zh/p/km14-b30-i1"></iframe>`);
  const card = page.frameLocator('iframe[src*="/embed/"]');
  await expect(card.locator('article')).toContainText('农村供水保障工程');
  await expect(card.getByRole('link', { name: '在规划中的位置' }).or(card.getByRole('link', { name: '在规划检索中打开' }))).toHaveAttribute('href', `${baseURL}/zh/p/km14-b30-i1`);
  const blocked = page.frames().find((f) => f.url().includes('/zh/p/'));
  const text = blocked
    ? await blocked
        .locator('body')
        .innerText()
        .catch(() => '')
    : '';
  expect(text).not.toContain('农村供水保障工程');
});

test('oEmbed answers for a permalink', async ({ request, baseURL }) => {
  const r = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/p/km14-b30-i1`)}`);
  expect(r.status()).toBe(200);
  const body = await r.json();
  expect(body).toMatchObject({ version: '1.0', type: 'rich' });
  expect(body.html).toContain('/embed/p/km14-b30-i1?lang=en');
  expect((await request.get('/api/oembed?url=https://elsewhere.example/x')).status()).toBe(404);
});
