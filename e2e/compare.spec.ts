import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { cspViolations } from './csp';
import { scriptsReady } from './ready';

/** The comparison tables as a reader uses them: counts that open exactly their paragraphs, the keyboard, a phone, the CSV. */

const table = (page: Page) => page.locator('#compare-table table');
/** The links of the counts, in reading order. */
const counts = (page: Page) => table(page).locator('a[data-count]');

/** The results the search page says it found: "12 results" / "共 12 条结果" / "No results". */
async function shownTotal(page: Page): Promise<number> {
  const heading = page.locator('#results-heading');
  await expect(heading).toBeVisible();
  const text = await heading.innerText();
  if (/^(No results|无结果)/.test(text)) return 0;
  return Number(/(\d+)\s*(?:results?|条结果)/.exec(text)?.[1] ?? NaN);
}

/** Opens a count's link, and checks that the search page it opens shows that many results, under the cell's filters. */
async function opensItsCount(page: Page, link: Locator) {
  const count = Number(await link.innerText());
  expect(count).toBeGreaterThan(0);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(/\/search\?/);
  expect(new URL(page.url()).search).toBe(new URL(href, page.url()).search);
  expect(await shownTotal(page)).toBe(count);
  await page.goBack();
  await expect(table(page)).toBeVisible();
}

test.describe('comparison tables', () => {
  test('each count opens the search page showing that many results, with and without a query', async ({ page }) => {
    await page.goto('/zh/compare');
    // 呈贡区 on the digital economy: a cell named in full for screen readers.
    const chenggongDigital = page.getByRole('link', { name: /^呈贡区，数字经济与智慧城市：\d+ 段$/ });
    await expect(chenggongDigital).toBeVisible();
    await opensItsCount(page, chenggongDigital);
    // A row's total over every topic.
    await opensItsCount(page, page.getByRole('link', { name: /^安宁市，全部主题：\d+ 段$/ }));

    // With a query: only the paragraphs matching it, in each cell and on the page each opens.
    await page.goto('/en/compare?q=%E6%BB%87%E6%B1%A0');
    await expect(page.getByRole('table', { name: 'Paragraphs matching “滇池”, by district and topic' })).toBeVisible();
    const withQuery = counts(page);
    expect(await withQuery.count()).toBeGreaterThan(3);
    await opensItsCount(page, withQuery.nth(0));
    await opensItsCount(page, withQuery.nth(2));
    await expect(page).toHaveURL(/q=%E6%BB%87%E6%B1%A0/);

    // Chapters × districts with an English query, and a district's whole-plan total.
    await page.goto('/en/compare?view=chapters&q=Dianchi');
    await opensItsCount(page, counts(page).first());
    await opensItsCount(page, page.getByRole('link', { name: /^Whole plan, Chenggong District: \d+ paragraphs?$/ }));
  });

  test('a real table: caption, column and row headers, 0 as text', async ({ page }) => {
    await page.goto('/en/compare');
    const t = page.getByRole('table', { name: 'Paragraphs by district and topic' });
    await expect(t).toBeVisible();
    // The corner, 24 topics (corpus/topics.json) and "All topics".
    const columns = t.locator('thead th[scope="col"]');
    await expect(columns).toHaveCount(26);
    await expect(columns.nth(0)).toHaveText('District');
    await expect(columns.nth(1)).toHaveText('Overall Strategy & Targets');
    await expect(columns.nth(25)).toHaveText('All topics');
    // One row per district, county and zone the plan names (corpus/districts.json), in the gazetteer's order.
    const rows = t.locator('tbody th[scope="row"]');
    await expect(rows).toHaveCount(23);
    await expect(rows.nth(0)).toHaveText('Wuhua District');
    await expect(rows.nth(5)).toHaveText('Chenggong District');
    await expect(page.getByRole('rowheader', { name: 'Anning City' })).toBeVisible();
    // A cell with no paragraph shows 0 and is no link: Wuhua District on the overall strategy.
    const zero = t.locator('tbody tr').nth(0).locator('td').nth(0);
    await expect(zero).toHaveText('0');
    await expect(zero.locator('a')).toHaveCount(0);

    await page.goto('/zh/compare?view=chapters');
    const c = page.getByRole('table', { name: '各章、各区县的段落数' });
    await expect(c.locator('tbody th[scope="row"]').first()).toHaveText('第一章 发展基础');
    await expect(c.locator('tfoot th[scope="row"]')).toHaveText('全文');
  });

  test('the keyboard reaches the counts, moves between them with the arrow keys, and can skip the table', async ({ page }) => {
    await page.goto('/zh/compare');
    await scriptsReady(page);
    await page.getByRole('link', { name: '下载表格（CSV，中英文）' }).focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳过表格' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: '各区县、各主题的段落数' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = counts(page).first();
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
    // 五华区's first count is 科技创新 (its 总体战略 is 0).
    await expect(first).toHaveAccessibleName(/^五华区，科技创新：\d+ 段$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^五华区，人才：\d+ 段$/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^盘龙区，人才：\d+ 段$/);
    await expect(page.locator(':focus')).toBeInViewport();
    // Enter opens it, as any link.
    const name = (await page.locator(':focus').getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/district=panlong&topic=talent/);
    expect(await shownTotal(page)).toBe(Number(/(\d+) 段$/.exec(name)![1]));

    await page.goBack();
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#compare-table-after')).toBeFocused();
  });

  test('the CSV download holds what the table shows, in Chinese and English', async ({ page }) => {
    for (const path of ['/zh/compare?q=%E6%BB%87%E6%B1%A0', '/zh/compare?view=chapters']) {
      await page.goto(path);
      const link = page.getByRole('link', { name: '下载表格（CSV，中英文）' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const bytes = readFileSync((await download.path())!);
      // A UTF-8 byte-order mark, for spreadsheet programs.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = parse(bytes.toString('utf8'), { bom: true }) as string[][];
      const shown = await table(page).evaluate((t: HTMLTableElement) => ({
        columns: [...t.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim()),
        rows: [...t.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())),
      }));
      const [header, ...rows] = csv;
      // Column heads: each Chinese name as the table shows it, with its English.
      expect(header!.slice(3).map((h) => h.split(' / ')[0])).toEqual(shown.columns.slice(1));
      expect(header!.slice(3).every((h) => / \/ [A-Z]/.test(h))).toBe(true);
      // Rows: the Chinese name, then the same counts.
      expect(rows.map((r) => [r[1], ...r.slice(3)])).toEqual(shown.rows);
      expect(rows.every((r) => r[2]!.length > 0 && !/\p{Script=Han}/u.test(r[2]!))).toBe(true);
      if (path.includes('滇池') || path.includes('%E6%BB%87')) {
        expect(download.suggestedFilename()).toBe('compare-districts-topics-滇池.csv');
        expect(rows[0]!.slice(0, 3)).toEqual(['wuhua', '五华区', 'Wuhua District']);
      } else {
        expect(download.suggestedFilename()).toBe('compare-chapters-districts.csv');
        expect(rows.at(-1)!.slice(0, 3)).toEqual(['', '全文', 'Whole plan']);
      }
    }
  });

  test('reached from the home page and from a search, with its query', async ({ page }) => {
    await page.goto('/zh');
    await page.getByRole('link', { name: '按区县比较主题与章节' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('按区县比较主题与章节');
    await page.goto('/en/search?q=%E6%BB%87%E6%B1%A0');
    await page.getByRole('link', { name: 'Compare “滇池” across districts' }).click();
    await expect(page.getByLabel('Count only the paragraphs matching')).toHaveValue('滇池');
    await expect(page.getByRole('table', { name: 'Paragraphs matching “滇池”, by district and topic' })).toBeVisible();
  });

  test('bad input: a clear message on the page, a 400 from the API', async ({ page, request }) => {
    await page.goto('/en/compare?view=rows');
    await expect(page.locator('main').getByRole('alert')).toHaveText('There is no such table: choose districts × topics or chapters × districts.');
    await expect(page.locator('table')).toHaveCount(0);
    for (const [query, code] of [
      ['format=xml', 'invalid_format'],
      ['view=rows', 'invalid_view'],
      [`q=${'x'.repeat(1200)}`, 'query_too_long'],
    ]) {
      const r = await request.get(`/api/compare?${query}`);
      expect(r.status(), query).toBe(400);
      expect((await r.json()).error.code).toBe(code);
    }
  });

  test('no serious accessibility violations (contrast of every shade, names, headers)', async ({ page }) => {
    // axe walks every cell of two large tables.
    test.setTimeout(120_000);
    for (const path of ['/zh/compare', '/en/compare?view=chapters&q=Dianchi']) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });

  test('keeps the Content-Security-Policy (no inline style from the shading or the scroll cue)', async ({ page }) => {
    const violations = await cspViolations(page);
    await page.goto('/zh/compare?q=%E6%BB%87%E6%B1%A0');
    await scriptsReady(page);
    await page.getByRole('link', { name: '章 × 区县' }).click();
    await expect(page).toHaveURL(/view=chapters/);
    await scriptsReady(page);
    expect(violations).toEqual([]);
  });

  test('at 1440 px the table fits; screenshots', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto('/zh/compare');
    await scriptsReady(page);
    await expect(table(page)).toBeVisible();
    // Wide enough for the whole table: no sideways scrolling, and no cue saying there is.
    expect(await page.locator('#compare-table').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.locator('[data-scroll-hint]')).toBeHidden();
    await page.screenshot({ path: 'artifacts/screenshots/compare-districts-topics-zh-1440.png', fullPage: true });
    await page.goto('/en/compare?view=chapters&q=Dianchi');
    await expect(table(page)).toBeVisible();
    await page.screenshot({ path: 'artifacts/screenshots/compare-chapters-districts-en-1440.png', fullPage: true });
  });
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table scrolls sideways with its row names held in place, and says so', async ({ page }) => {
    await page.goto('/zh/compare');
    // The page itself does not scroll sideways: the table does, inside its region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByText('表格可左右滑动，第一列固定不动。')).toBeVisible();
    const region = page.getByRole('region', { name: '各区县、各主题的段落数' });
    await region.scrollIntoViewIfNeeded();
    const wuhua = page.getByRole('rowheader', { name: '五华区' });
    const talent = page.getByRole('columnheader', { name: '人才' });
    const before = { row: (await wuhua.boundingBox())!, column: (await talent.boundingBox())! };
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.evaluate((el) => el.scrollBy({ left: 500 }));
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(400);
    // The row names stay where they were, in view; the counts moved under them.
    await expect(wuhua).toBeInViewport();
    const after = { row: (await wuhua.boundingBox())!, column: (await talent.boundingBox())! };
    expect(after.row.x).toBeCloseTo(before.row.x, 0);
    expect(after.column.x).toBeLessThan(before.column.x - 400);
    // A count scrolled under the row names is not what a tap there reaches: the row name is on top.
    const topAt = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent, [after.row.x + 10, after.row.y + after.row.height / 2]);
    expect(topAt).toBe('五华区');
    await region.evaluate((el) => el.scrollBy({ left: -200 }));
    await page.screenshot({ path: 'artifacts/screenshots/compare-districts-topics-zh-390.png' });
  });
});
