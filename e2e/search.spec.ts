import { expect, test } from '@playwright/test';
import { scriptsReady } from './ready';

const resultCount = (page: import('@playwright/test').Page) => page.locator('#results-heading');
const hits = (page: import('@playwright/test').Page) => page.locator('main ol > li article');

test('searches in Chinese and puts the right paragraph first', async ({ page }) => {
  await page.goto('/zh/search?q=海绵城市');
  await expect(hits(page).first()).toContainText('推进海绵城市建设');
  await expect(hits(page).first().locator('mark').first()).toHaveText('海绵城市');
});

test('searches in English and says what it searched for', async ({ page }) => {
  await page.goto('/en/search?q=Dianchi+Lake+water+quality');
  await expect(page.getByText('Searched for 滇池 (dianchi lake) 水质 (water quality)')).toBeVisible();
  await expect(hits(page).first()).toContainText('滇池');
  // English outline titles and tags, Chinese source text marked as such.
  await expect(hits(page).first()).toContainText('Chapter 30');
  await expect(hits(page).first().locator('p[lang="zh-CN"]')).toHaveCount(1);
});

test('a facet narrows the results and the counts follow', async ({ page }) => {
  await page.goto('/zh/search?q=滇池');
  const total = Number((await resultCount(page).innerText()).match(/\d+/)![0]);
  const district = page.locator('section[aria-labelledby="facet-district"] a').first();
  const count = Number(await district.locator('span.tabular-nums').innerText());
  expect(count).toBeLessThan(total);
  await district.click();
  await expect(page).toHaveURL(/district=/);
  await expect(resultCount(page)).toContainText(String(count));
  await expect(hits(page)).toHaveCount(Math.min(count, 20));
  // The chapter facet now counts within the district.
  const chapterCounts = await page.locator('section[aria-labelledby="facet-chapter"] span.tabular-nums').allInnerTexts();
  expect(chapterCounts.map(Number).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(count);
  // The active filter shows as a chip that removes it.
  await page
    .getByRole('link', { name: /去掉筛选/ })
    .first()
    .click();
  await expect(resultCount(page)).toContainText(String(total));
});

test('pages through results without repeating them', async ({ page }) => {
  await page.goto('/zh/search?q=发展');
  const first = await hits(page)
    .locator('a[href*="/p/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/page=2/);
  // The URL changes before page 2 has rendered: wait for the page's own marker of page 2.
  await expect(page.getByRole('navigation', { name: '分页' }).locator('[aria-current="page"]')).toHaveText('2');
  const second = await hits(page)
    .locator('a[href*="/p/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((h) => first.includes(h))).toEqual([]);
});

test('the locale switch keeps the page, query and filters', async ({ page }) => {
  await page.goto('/zh/search?q=滇池&district=chenggong');
  const zhCount = await resultCount(page).innerText();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=%E6%BB%87%E6%B1%A0&district=chenggong|\/en\/search\?q=滇池&district=chenggong/);
  await expect(page.getByRole('heading', { name: 'District' })).toBeVisible();
  expect((await resultCount(page).innerText()).match(/\d+/)![0]).toBe(zhCount.match(/\d+/)![0]);
});

test('results follow the typing, and the URL with them', async ({ page }) => {
  await page.goto('/zh/search');
  await scriptsReady(page);
  await page.getByRole('searchbox').fill('校园足球');
  await expect(page).toHaveURL(/q=%E6%A0%A1%E5%9B%AD%E8%B6%B3%E7%90%83/);
  await expect(hits(page).first()).toContainText('校园足球');
  await page.getByRole('searchbox').press('Escape');
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('"/" focuses the search box from anywhere', async ({ page }) => {
  await page.goto('/zh');
  await scriptsReady(page);
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plain GET form searches and facets are links', async ({ page }) => {
    await page.goto('/zh');
    await page.getByRole('searchbox').fill('钛盐');
    await page.getByRole('button', { name: '检索' }).click();
    await expect(page).toHaveURL(/\/zh\/search\?q=%E9%92%9B%E7%9B%90/);
    // Rendered in the first response, not streamed into a hidden element for a script to reveal.
    await expect(hits(page).first()).toBeVisible();
    await expect(hits(page).first()).toContainText('钛盐');
    await expect(page.locator('[hidden] article')).toHaveCount(0);
    await page.locator('section[aria-labelledby="facet-topic"] a').first().click();
    await expect(page).toHaveURL(/topic=/);
    await expect(hits(page).first()).toBeVisible();
  });
});

test('the first response holds the results, not a loading placeholder', async ({ request }) => {
  const html = await (await request.get('/zh/search?q=' + encodeURIComponent('钛盐'))).text();
  expect(html).not.toContain('animate-pulse');
  expect(html).toMatch(/<article[^>]*>[\s\S]*钛盐/);
});

test('a query that looks like markup is shown as text', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/zh/search?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'));
  await expect(page.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('bad input: an empty state, a clear error, never a 500', async ({ page, request }) => {
  await page.goto('/zh/search?q=zzzqqqxxx');
  await expect(page.getByText('没有找到匹配的段落。')).toBeVisible();
  const bad = await request.get('/api/search?q=x&page=0');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('invalid_page');
  const unknown = await request.get('/api/search?q=x&district=nowhere');
  expect(unknown.status()).toBe(400);
  const ok = await request.get('/api/search?q=' + encodeURIComponent('AND OR NOT NEAR * ^ : ( ) "'));
  expect(ok.status()).toBe(200);
  const page400 = await page.goto('/zh/search?q=滇池&district=nowhere&page=2');
  expect(page400!.status()).toBeLessThan(500);
  // The filter at fault is named, and can be removed (issue 21).
  await expect(page.locator('main [role="alert"]')).toHaveText('规划中没有名为“nowhere”的区县。');
  await expect(page.getByRole('link', { name: '去掉筛选条件：nowhere' })).toBeVisible();
  expect((await page.goto('/zh/p/km14-nope'))!.status()).toBe(404);
  expect((await page.goto('/zh/c/999'))!.status()).toBe(404);
});

test('a misspelt English query offers the correction', async ({ page }) => {
  await page.goto('/en/search?q=sponge+citty');
  await page.getByRole('link', { name: 'Did you mean sponge city?' }).click();
  await expect(page).toHaveURL(/q=sponge\+city/);
  await expect(page.locator('main ol > li article').first()).toContainText('海绵城市');
});

test('paragraphs holding only some of the words are a labelled group apart, not counted', async ({ page }) => {
  // No paragraph holds both 滇池 and 钛盐 (titanium salts).
  await page.goto('/en/search?q=' + encodeURIComponent('滇池 钛盐'));
  await expect(resultCount(page)).toContainText('No results');
  const partial = page.locator('section[data-partial]');
  await expect(partial.getByRole('heading', { name: 'Only some of your words matched' })).toBeVisible();
  await expect(partial.locator('article')).toHaveCount(5);
  await expect(partial).toContainText(/\d+ paragraphs hold some of your words but not all; they are not counted in the results\./);
  await expect(page.getByText('Nothing matched.')).toHaveCount(0);
  // The facets describe the matches: there are none to narrow.
  await expect(page.locator('section[aria-labelledby="facet-district"] a')).toHaveCount(0);
});

test('headings that hold the query are a line of ways in above the hits, and the first hit is a clause', async ({ page }) => {
  await page.goto('/en/search?q=' + encodeURIComponent('双百工程'));
  const line = page.getByRole('navigation', { name: 'Sections' });
  await expect(line).toBeVisible();
  // Box 4 is named for the programme; its link opens the box in its chapter.
  const box = line.getByRole('link', { name: /^Box 4: / });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('href', /\/en\/c\/\d+\?hl=.*#km14-b4$/);
  // The hits are clauses: the first is box 4's item that states the programme, marked.
  await expect(hits(page).first().locator('span').first()).toHaveText('Box item');
  await expect(hits(page).first().locator('mark').first()).toBeVisible();
  await expect(hits(page).locator('span:text-is("Heading"), span:text-is("Contents")')).toHaveCount(0);
});
