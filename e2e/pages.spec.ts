import { expect, test } from '@playwright/test';
import { scriptsReady } from './ready';

/** What readers of each page see: phones, English pages, headers, copy, paging, labels. */

const hits = (page: import('@playwright/test').Page) => page.locator('main ol > li article');

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters open from the top of the results, and active filters show as chips', async ({ page }) => {
    await page.goto('/en/search?q=Dianchi');
    const filters = page.locator('details[data-filters="narrow"] > summary');
    await expect(filters).toBeVisible();
    await expect(filters).toHaveText('Filters');
    // Within the first screen, above the results.
    const box = (await filters.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(844);
    expect(box.y).toBeLessThan((await hits(page).first().boundingBox())!.y);
    // The wide sidebar is not shown as well.
    await expect(page.locator('aside[data-filters="wide"]')).toBeHidden();
    await filters.click();
    const district = page.locator('section[aria-labelledby="narrow-facet-district"] a').first();
    await expect(district).toBeVisible();
    const name = (await district.locator('span').nth(2).innerText()).trim();
    await district.click();
    await expect(page).toHaveURL(/district=/);
    await expect(page.locator('details[data-filters="narrow"] > summary')).toHaveText('Filters (1 active)');
    const chip = page.getByRole('link', { name: `Remove filter: ${name}` });
    await expect(chip).toBeVisible();
    expect((await chip.boundingBox())!.y).toBeLessThan(844);
    await page.locator('details[data-filters="narrow"] > summary').click();
    await page.screenshot({ path: 'artifacts/screenshots/search-filters-open-390.png', fullPage: false });
  });

  for (const path of ['/en/indicators', '/en/c/2', '/zh/c/2', '/en/search?q=water', '/en/p/km14-ind-05']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('no "Press /" hint', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByText('Press / to search')).toBeHidden();
  });
});

test('a keyboard user sees the "Press /" hint', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByText('Press / to search')).toBeVisible();
});

test.describe('English pages use the English that exists', () => {
  test('context headings on a permalink are in English, the source under them', async ({ page }) => {
    await page.goto('/en/p/km14-c17-s1-p1');
    const context = page.locator('section[aria-labelledby="context-heading"]');
    await expect(context.getByText('Section 1: ', { exact: false }).first()).toBeVisible();
    await expect(context.locator('[lang="zh-CN"]').filter({ hasText: '第一节' }).first()).toBeVisible();
  });

  test('an indicator permalink labels its fields in English', async ({ page }) => {
    await page.goto('/en/p/km14-ind-05');
    const fields = page.locator('section[aria-label] table th');
    await expect(fields.first()).toHaveText('No.');
    await expect(fields).toContainText(['No.', 'Category', 'Indicator', 'Unit', '2020', '2025 target', 'Type', 'Source']);
    // The English first, then the printed Chinese under the same labels.
    await expect(page.locator('section[aria-label] table').nth(0)).toContainText('Urbanization rate of registered population');
    await expect(page.locator('section[aria-label] table').nth(1)).toContainText('户籍人口城镇化率');
  });

  test('the indicators page names categories and chart labels in English', async ({ page }) => {
    await page.goto('/en/indicators');
    await expect(page.locator('table tbody tr').first().locator('td').nth(1)).toContainText(/economic development/i);
    const chart = page.locator('figure svg');
    await expect(chart).toContainText(/per capita GRP/i);
    await expect(chart).toContainText('10,000 US dollars');
    await expect(chart.locator('text[lang="zh-CN"]')).toHaveCount(0);
  });

  for (const locale of ['en', 'zh']) {
    test(`every chart label on /${locale}/indicators is whole: nothing runs past the chart's edge`, async ({ page }) => {
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${locale}/indicators`);
        const chart = page.locator('figure svg');
        await expect(chart).toBeVisible();
        const overflow = await chart.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().right > box.right + 0.5).map((t) => t.textContent);
        });
        expect(overflow, `${width} px`).toEqual([]);
      }
    });
  }

  test('social tags of an English permalink are English', async ({ page }) => {
    await page.goto('/en/p/km14-c17-s1-p4');
    for (const sel of ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]']) {
      const content = await page.locator(sel).getAttribute('content');
      expect(content, sel).toContain('Chapter 17');
      expect(content, sel).toContain('Outline of the 14th Five-Year Plan');
      expect(content, sel).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

for (const path of ['/en', '/zh/search?q=滇池', '/en/c/30', '/en/indicators']) {
  test(`${path} has OpenGraph tags and no failed request (favicon included)`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', /规划检索|Plan Search/);
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
    const icon = await page.request.get((await page.locator('link[rel="icon"]').getAttribute('href'))!);
    expect(icon.status()).toBe(200);
    expect(failed).toEqual([]);
  });
}

test('every page but home and search has a search box in its header, and "/" reaches it', async ({ page }) => {
  for (const path of ['/en/p/km14-c17-s1-p4', '/en/c/17', '/en/indicators', '/en/p/km14-nope']) {
    await page.goto(path);
    await scriptsReady(page);
    const header = page.locator('header').getByRole('searchbox');
    await expect(header, path).toBeVisible();
    await page.locator('body').press('/');
    await expect(header, path).toBeFocused();
  }
  await page.locator('header').getByRole('searchbox').fill('airport');
  await page.locator('header').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=airport/);
  // The results page has one search box, its own.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
});

test('switching language keeps the paragraph anchor on a chapter page', async ({ page }) => {
  await page.goto('/zh/c/17#km14-c17-s1-p4');
  // The anchor never reaches the server: the link gains it once the page's script has run.
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /#km14-c17-s1-p4$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/c\/17#km14-c17-s1-p4$/);
  await page.goto('/zh/p/km14-c17-s1-p4?hl=海绵城市');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/p\/km14-c17-s1-p4\?hl=/);
});

test('a copy button refused the clipboard selects the text and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.goto('/en/p/km14-c17-s1-p4');
  await scriptsReady(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copying was not allowed by the browser', { exact: false })).toBeVisible();
  const field = page.locator('input[readonly]').first();
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\/en\/p\/km14-c17-s1-p4$/);
  const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe(await field.inputValue());
});

test.describe('result cards', () => {
  test('a topic chip keeps the query; cards are not navigation landmarks', async ({ page }) => {
    await page.goto('/en/search?q=water+quality');
    await expect(hits(page).first()).toBeVisible();
    await expect(page.locator('main ol > li article nav')).toHaveCount(0);
    const chip = hits(page).first().locator('a[href*="topic="]').first();
    const href = new URL((await chip.getAttribute('href'))!, 'http://x');
    expect(href.searchParams.get('q')).toBe('water quality');
    await chip.click();
    await expect(page).toHaveURL(/q=water\+quality/);
    await expect(page).toHaveURL(/topic=/);
  });

  test('an indicator hit shows its values with their labels', async ({ page }) => {
    await page.goto('/en/search?q=' + encodeURIComponent('户籍人口城镇化率'));
    const card = hits(page).filter({ hasText: 'Indicator' }).first();
    await expect(card).toContainText('户籍人口城镇化率');
    await expect(card.locator('dt', { hasText: '2020' })).toBeVisible();
    await expect(card.locator('dd').first()).toContainText('68.7');
    await expect(card.locator('dd').nth(1)).toContainText('72左右');
  });

  test('contents entries are not offered beside the heading they repeat, but absent chapters are still found', async ({ request }) => {
    // Headings are ways in (sections), never hits.
    const present = await (await request.get('/api/search?q=' + encodeURIComponent('培育发展昆明都市圈'))).json();
    const kinds = (list: { kind: string }[] | undefined) => (list ?? []).map((h) => h.kind);
    expect(kinds(present.sections)).toContain('heading');
    expect(kinds(present.sections)).not.toContain('toc-entry');
    expect(kinds(present.hits)).not.toContain('heading');
    const absent = await (await request.get('/api/search?q=' + encodeURIComponent('健全规划制定和落实机制'))).json();
    expect(absent.sections[0].kind).toBe('toc-entry');
  });

  test('a part heading is offered in the line of sections and placed in its part, not in the front matter', async ({ page }) => {
    await page.goto('/en/search?q=' + encodeURIComponent('构筑区域协调发展新格局'));
    const part = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /^Part V: / });
    await expect(part).toBeVisible();
    await part.click();
    await expect(page).toHaveURL(/\/en\/p\/km14-pt5/);
    await expect(page.getByRole('navigation', { name: 'Place in the plan' })).toContainText('Part V');
    await expect(page.getByText('Front matter')).toHaveCount(0);
  });
});

test.describe('paging', () => {
  test('numbered pages: first, …, current ± 2, …, last', async ({ page }) => {
    await page.goto('/zh/search?q=发展&page=6');
    const nav = page.getByRole('navigation', { name: '分页' });
    await expect(nav.locator('[aria-current="page"]')).toHaveText('6');
    const numbers = (await nav.locator('ol > li').allInnerTexts()).map((s) => s.trim());
    expect(numbers.slice(0, 7)).toEqual(['1', '…', '4', '5', '6', '7', '8']);
    expect(numbers[7]).toBe('…');
    expect(Number(numbers[8])).toBeGreaterThan(9);
    await nav.getByRole('link', { name: /^第 1 \// }).click();
    await expect(page).not.toHaveURL(/page=/);
  });

  test('a page past the end says so and links to the last page', async ({ page }) => {
    await page.goto('/en/search?q=development&page=999');
    const last = Math.ceil(Number((await page.locator('#results-heading').innerText()).match(/\d+/)![0]) / 20);
    await expect(page.getByText(`There is no page 999: the results end on page ${last}.`)).toBeVisible();
    await page.getByRole('link', { name: `Go to page ${last}` }).click();
    await expect(page).toHaveURL(new RegExp(`page=${last}`));
    await expect(hits(page).first()).toBeVisible();
  });

  test('one source line reads "Source line N"', async ({ page }) => {
    await page.goto('/en/p/km14-c17-s1-p1');
    await expect(page.getByText('Source line 1224', { exact: true })).toBeVisible();
    await page.goto('/zh/p/km14-c17-s1-p1');
    await expect(page.getByText('源文件第 1224 行', { exact: true })).toBeVisible();
  });
});

test.describe('the English text (unofficial translation)', () => {
  const english = (page: import('@playwright/test').Page) => page.locator('section[aria-label] [data-translation="en"]');
  const chinese = (page: import('@playwright/test').Page) => page.locator('section[aria-label] p[lang="zh-CN"]').first();

  test('an English permalink shows the English first, labelled, with the Chinese beside it', async ({ page }) => {
    await page.goto('/en/p/km14-c10-s1-p1');
    await expect(english(page)).toContainText('We will make better use of both domestic and international markets and resources');
    await expect(page.getByText('Unofficial translation by Plan Search', { exact: true })).toBeVisible();
    await expect(chinese(page)).toContainText('更好地利用国内国际两个市场两种资源');
    const en = (await english(page).boundingBox())!;
    const zh = (await chinese(page).boundingBox())!;
    expect(zh.x).toBeGreaterThanOrEqual(en.x + en.width);
  });

  test('on a phone the two are stacked, the English above', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/p/km14-c10-s1-p1');
    const en = (await english(page).boundingBox())!;
    const zh = (await chinese(page).boundingBox())!;
    expect(zh.y).toBeGreaterThanOrEqual(en.y + en.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a Chinese permalink shows the Chinese and offers the English', async ({ page }) => {
    await page.goto('/zh/p/km14-c10-s1-p1');
    await expect(chinese(page)).toBeVisible();
    await expect(english(page)).toBeHidden();
    await page.getByText('英文（规划检索非官方译文）').click();
    await expect(english(page)).toBeVisible();
    await expect(english(page)).toContainText('We will make better use');
  });
});

// Search engines (and Lighthouse's SEO audit) refuse relative hreflang targets: every language's address is absolute, on the origin asked.
for (const path of ['/zh', '/en/p/km14-c17-s1-p4', '/zh/c/30', '/en/indicators', '/zh/data', '/en/compare?view=chapters']) {
  test(`${path} names itself in each language and as x-default, with absolute addresses on the request's origin`, async ({ page, baseURL }) => {
    await page.goto(path);
    const origin = new URL(baseURL!).origin;
    const rest = path.replace(/^\/(zh|en)/, '');
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(Object.fromEntries(links)).toEqual({ 'zh-CN': `${origin}/zh${rest}`, en: `${origin}/en${rest}`, 'x-default': `${origin}/zh${rest}` });
    expect(links).toHaveLength(3);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${path}`);
  });
}

test('a search page, not for indexing, names no other languages', async ({ page }) => {
  await page.goto('/en/search?q=water');
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});
