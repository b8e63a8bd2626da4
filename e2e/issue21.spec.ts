import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { scriptsReady } from './ready';

/**
 * What readers still hit (issue 21): English context and labelled tables, titles that wrap in the
 * source, dead ends, embeds and tables on phones, skipping to results, print, wide screens, small
 * things. Expected texts are taken from the source (corpus/kunming-14th-five-year-plan.txt) and the
 * curated English (corpus/kunming-14th-five-year-plan.en.jsonl).
 */

const SHOTS = 'artifacts/screenshots';
const box = async (l: Locator) => (await l.boundingBox())!;
/** The cell beside a row header of a labelled table ("Unit" → "%"). */
const field = (table: Locator, label: string) =>
  table
    .locator('tr')
    .filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) })
    .locator('td');

test.describe('English permalinks', () => {
  test('show the context in English where it has English, the Chinese beside it', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/en/p/km14-b12-i1');
    const context = page.locator('section[aria-labelledby="context-heading"]');
    await context.scrollIntoViewIfNeeded();
    // km14-c9-s3-p1, before the box: 加强政府、企业、社会等各类信息系统的业务协同… in the curated English.
    const english = context.locator('[data-translation="en"]').filter({ hasText: 'We will strengthen business coordination and data linkage' });
    await expect(english).toBeVisible();
    await expect(english).toHaveAttribute('lang', 'en');
    const chinese = context.locator('[lang="zh-CN"]').filter({ hasText: '加强政府、企业、社会等各类信息系统的业务协同' });
    await expect(chinese).toBeVisible();
    // Side by side at 1440 px: the Chinese starts right of the English, on the same line.
    const [e, c] = [await box(english), await box(chinese)];
    expect(c.x).toBeGreaterThan(e.x + e.width - 1);
    expect(Math.abs(c.y - e.y)).toBeLessThan(8);
    // The box items after it (km14-b12-i2: 数字环保…) read in English too, and the English is labelled unofficial.
    await expect(context.locator('[data-translation="en"]').filter({ hasText: 'Digital environmental protection' })).toBeVisible();
    await expect(context.getByText('English: unofficial translation by Plan Search')).toBeVisible();
    await page.locator('#context-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/issue21-permalink-en-context-1440.png` });
  });

  test('use the width of a wide screen for the two texts', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/en/p/km14-b12-i1');
    const text = page.locator('section[aria-label]').first();
    const english = text.locator('p[data-translation="en"]');
    const chinese = text.locator('p[lang="zh-CN"]');
    await expect(english).toContainText('Digitalizing sector resources');
    await expect(chinese).toContainText('实施行业资源数字化');
    const [e, c] = [await box(english), await box(chinese)];
    // Two columns of about half of the 1440 px page each, not two halves of a 768 px column.
    expect(e.width).toBeGreaterThan(480);
    expect(c.width).toBeGreaterThan(480);
    expect(c.x).toBeGreaterThan(e.x + e.width - 1);
    expect(c.x + c.width).toBeGreaterThan(1100);
  });

  test('at 390 px the context stacks, English first', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/p/km14-b12-i1');
    const context = page.locator('section[aria-labelledby="context-heading"]');
    const english = context.locator('[data-translation="en"]').filter({ hasText: 'We will strengthen business coordination' });
    await english.scrollIntoViewIfNeeded();
    await expect(english).toBeInViewport();
    const chinese = context.locator('[lang="zh-CN"]').filter({ hasText: '加强政府、企业、社会等各类信息系统的业务协同' });
    expect((await box(chinese)).y).toBeGreaterThan((await box(english)).y + (await box(english)).height - 1);
    await page.screenshot({ path: `${SHOTS}/issue21-permalink-en-context-390.png` });
  });
});

test.describe('indicator permalinks', () => {
  test('give the English as a table labelled like the Chinese one, and quote it as labelled lines', async ({ page }) => {
    await page.goto('/en/p/km14-ind-05');
    const text = page.locator('section[aria-label]').first();
    const [english, chinese] = [text.locator('table').nth(0), text.locator('table').nth(1)];
    // Source rows 319–331: 5 | 户籍人口城镇化率 | % | 68.7 | 72左右 | 预期性 | 市公安局, in the 经济发展 category of row 1.
    await expect(chinese.getByRole('rowheader')).toHaveText(['No.', 'Category', 'Indicator', 'Unit', '2020', '2025 target', 'Type', 'Source']);
    await expect(english.getByRole('rowheader')).toHaveText(['No.', 'Category', 'Indicator', 'Unit', '2020', '2025 target', 'Type', 'Source']);
    await expect(field(english, 'Indicator')).toHaveText('Urbanization rate of registered population');
    await expect(field(english, 'Indicator').locator('[lang="en"]')).toBeVisible();
    await expect(field(english, 'Category')).toHaveText('Economic Development');
    await expect(field(english, '2025 target')).toHaveText('About 72');
    await expect(field(english, 'Source')).toHaveText('Municipal Public Security Bureau');
    await expect(field(chinese, 'Indicator')).toHaveText('户籍人口城镇化率');
    await expect(field(chinese, '2025 target')).toHaveText('72左右');
    // The English stands first (left), the Chinese beside it.
    expect((await box(chinese)).x).toBeGreaterThan((await box(english)).x + (await box(english)).width - 1);

    const quotation = page.locator('[data-citation="quote"]');
    const quoted = await quotation.innerText();
    expect(quoted).toContain('Indicator: Urbanization rate of registered population\nUnit: %\n2020: 68.7\n2025 target: About 72\n');
    expect(quoted).not.toContain(' / ');
    expect(quoted).toContain('(unofficial translation by Plan Search)');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: `${SHOTS}/issue21-indicator-permalink-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/issue21-indicator-permalink-390.png` });
  });

  test('the Chinese quotation labels each line with its printed column', async ({ page }) => {
    await page.goto('/zh/p/km14-ind-05');
    const quoted = await page.locator('[data-citation="quote"]').innerText();
    expect(quoted).toMatch(/^“序号：5\n类别：经济发展\n指标名称：户籍人口城镇化率\n单位：%\n2020年：68\.7\n2025年：72左右\n属性：预期性\n数据来源：市公安局”（昆明市人民政府/);
  });
});

test.describe('rows 18–19: incomes printed with the unit "%"', () => {
  // Source line 167 (chapter 1): 城乡居民人均可支配收入分别达48018元和17719元 — the 2020 values of rows 18 and 19, in 元.
  for (const [locale, must] of [
    ['zh', '元'],
    ['en', 'yuan'],
  ] as const) {
    test(`the indicators table keeps the printed "%" and says the unit must be ${must} (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/indicators`);
      for (const id of ['km14-ind-18', 'km14-ind-19']) {
        const unit = page.locator(`[id="${id}"] td`).nth(2);
        await expect(unit).toContainText('%');
        await expect(unit.locator('[data-erratum-mark]')).toBeVisible();
      }
      await expect(page.locator('[id="km14-ind-20"] [data-erratum-mark]')).toHaveCount(0);
      const note = page.locator('[data-erratum]');
      await expect(note).toBeVisible();
      await expect(note).toContainText(must);
      await expect(note).toContainText('%');
      await expect(note).toContainText('167');
      // The mark leads to the note.
      await page.locator('[id="km14-ind-18"] [data-erratum-mark]').click();
      await expect(note).toBeInViewport();
    });

    test(`the permalink of row 18 notes the unit (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/p/km14-ind-18`);
      const note = page.locator('section[aria-label] [data-erratum]');
      await expect(note).toBeVisible();
      await expect(note).toContainText(must);
    });
  }

  test('a search hit of row 19 notes the unit beside its figures', async ({ page }) => {
    await page.goto('/en/search?q=disposable+income');
    const hit = page.locator('main article').filter({ hasText: '农村居民人均可支配收入' }).first();
    await expect(hit).toContainText('17719');
    await expect(hit.locator('[data-erratum]')).toBeVisible();
    await expect(hit.locator('[data-erratum]')).toContainText('yuan');
  });

  test('the chapter that prints the table notes it too, and row 17 has no note', async ({ page }) => {
    await page.goto('/en/c/2');
    await expect(page.locator('[data-erratum]')).toContainText('Rows 18–19');
    await page.goto('/en/p/km14-ind-17');
    await expect(page.locator('[data-erratum]')).toHaveCount(0);
  });
});

test.describe('a title the source wraps over two lines reads as one', () => {
  // Source lines 1003 and 1005: 第一节 全力服务联合国《生物多样性公约》第十五次 / 缔约方大会和中国国际友好城市大会.
  const JOINED = '第十五次缔约方大会';

  test('in the sections line of results', async ({ page }) => {
    await page.goto('/zh/search?q=缔约方大会');
    const link = page.locator('[data-sections] a').filter({ hasText: '缔约方大会' });
    await expect(link).toBeVisible();
    await expect(link).toContainText(JOINED);
    expect(await link.innerText()).not.toMatch(/第十五次\s+缔约方大会/);
  });

  test('in a result card when browsing a chapter', async ({ page }) => {
    await page.goto('/zh/search?chapter=13&sort=order');
    const card = page.locator('article').filter({ hasText: '缔约方大会和中国国际友好城市大会' }).first();
    await expect(card).toBeVisible();
    expect(await card.locator('p[lang="zh-CN"]').first().innerText()).toContain(JOINED);
  });

  test('on its permalink, its quotation and description, with its source lines unchanged', async ({ page }) => {
    await page.goto('/zh/p/km14-c13-s1');
    const text = page.locator('section[aria-label] p[lang="zh-CN"]').first();
    await expect(text).toBeVisible();
    expect(await text.innerText()).toBe('第一节　全力服务联合国《生物多样性公约》第十五次缔约方大会和中国国际友好城市大会');
    // One line at 1440 px: no break between 第十五次 and 缔约方大会.
    await expect(page.getByText('源文件第 1003–1005 行')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(JOINED);
    const quoted = await page.locator('[data-citation="quote"]').innerText();
    expect(quoted).toContain(JOINED);
    expect(quoted).not.toContain(' / ');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(JOINED));
  });

  test('in the breadcrumb of its paragraphs and on its chapter page', async ({ page }) => {
    await page.goto('/zh/p/km14-c13-s1-p1');
    await expect(page.getByRole('navigation', { name: '在规划中的位置' })).toContainText(JOINED);
    await page.goto('/zh/c/13');
    await expect(page.getByRole('heading', { level: 2, name: /缔约方大会/ })).toContainText(JOINED);
    await page.goto('/en/p/km14-c13-s1');
    await expect(page.locator('section[aria-label] p[lang="zh-CN"]')).toContainText(JOINED);
  });
});

test.describe('dead ends offer a way out', () => {
  /** The panel a dead end shows: what happened, then links; never a heading over nothing. */
  const wayOut = (page: Page) => page.locator('[data-way-out]');
  const expectWays = async (page: Page) => {
    const links = wayOut(page).getByRole('listitem').getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toBeVisible();
  };

  for (const width of [1440, 390]) {
    test(`a query of only punctuation says there is nothing to search for (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/en/search?q=' + encodeURIComponent('，。！？'));
      await expect(wayOut(page)).toContainText('only punctuation or symbols');
      await expectWays(page);
      // No filter panel with nothing in it, at either width.
      await expect(page.locator('[data-filters]')).toHaveCount(2);
      for (const panel of await page.locator('[data-filters]').all()) await expect(panel).toBeHidden();
      // Nothing to compare across districts and no hits to move between: neither is offered.
      await expect(page.getByRole('link', { name: /across districts/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0);
      const example = wayOut(page).getByRole('link', { name: 'Try an example: 滇池 水质' });
      await expect(example).toBeInViewport();
      await page.screenshot({ path: `${SHOTS}/issue21-junk-query-${width}.png` });
      await example.click();
      await expect(page.locator('#results-heading')).toContainText(/\d+ results/);
    });
  }

  test('a long query that matches nothing says so and offers its first words', async ({ page }) => {
    const q = 'zzqx '.repeat(150).trim();
    await page.goto('/en/search?q=' + encodeURIComponent(q));
    await expect(wayOut(page)).toContainText('Nothing matched.');
    await expectWays(page);
    await expect(wayOut(page).getByRole('link', { name: /^Search for its first words/ })).toBeVisible();
    await expect(wayOut(page).getByRole('link', { name: 'Read the plan chapter by chapter' })).toBeVisible();
  });

  test('a query over the limit says how long it is, and its first words can be searched', async ({ page }) => {
    const q = '滇池水质'.repeat(300);
    await page.goto('/zh/search?q=' + encodeURIComponent(q));
    await expect(wayOut(page)).toContainText('共 1,200 个字符');
    const first = wayOut(page).getByRole('link', { name: /^只检索开头的字词/ });
    await expect(first).toBeVisible();
    await first.click();
    await expect(page.locator('main article').first()).toContainText('滇池');
  });

  for (const [param, value, said] of [
    ['district', 'mars', 'There is no district “mars” in the plan.'],
    ['topic', 'venus', 'There is no topic “venus” in the plan.'],
    ['chapter', 'abc', '“abc” is not a chapter number.'],
  ] as const) {
    test(`an unknown ${param} says so and offers "Remove the filter"`, async ({ page }) => {
      await page.goto(`/en/search?q=water&${param}=${value}`);
      await expect(wayOut(page)).toContainText(said);
      const remove = wayOut(page).getByRole('link', { name: `Remove the filter ${value}` });
      await expect(remove).toBeVisible();
      if (param === 'district') {
        for (const width of [1440, 390]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: `${SHOTS}/issue21-bad-filter-${width}.png` });
        }
      }
      await remove.click();
      await expect(page).toHaveURL(/\/en\/search\?q=water$/);
      await expect(page.locator('#results-heading')).toContainText(/\d+ results/);
    });
  }

  test('an unknown district beside a good filter keeps the good one', async ({ page }) => {
    await page.goto('/zh/search?q=滇池&district=mars&topic=ecology');
    await wayOut(page).getByRole('link', { name: '去掉筛选条件：mars' }).click();
    await expect(page).toHaveURL(/topic=ecology/);
    await expect(page).not.toHaveURL(/mars/);
    await expect(page.locator('main article').first()).toBeVisible();
  });
});

test.describe('embeds at phone width', () => {
  test('always say whose text it is: the attribution is shown whole', async ({ page }) => {
    await page.goto('/en/p/km14-b12-i1');
    const iframe = (await page.locator('[data-embed-code]').innerText()).split('\n')[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    // A blog's page of its own, not the portal's page (whose policy would refuse the snippet's inline style).
    // Saved to disk: Chromium lets a local page frame the local server, and refuses a page it cannot place.
    const blog = join(mkdtempSync(join(tmpdir(), 'blog-')), 'post.html');
    writeFileSync(blog, `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:8px"><h1>My blog</h1>${iframe}</body>`);
    await page.goto(`file://${blog}`);
    const card = page.frameLocator('iframe');
    const attribution = card.locator('[data-attribution]');
    await expect(attribution).toContainText(
      'From Outline of the 14th Five-Year Plan for National Economic and Social Development of Kunming and the Long-Range Objectives through the Year 2035',
    );
    await expect(attribution).toContainText('Unofficial translation by Plan Search');
    // Nothing of it is cut off: no ellipsis, no overflow, and it lies inside the frame the host page shows.
    const cut = await attribution.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis'),
    );
    expect(cut).toBe(false);
    const [frame, a] = [await box(page.locator('iframe')), await box(card.locator('[data-attribution] span').first())];
    expect(a.y).toBeGreaterThanOrEqual(frame.y);
    expect(a.y + a.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    expect(a.x + a.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    await expect(card.locator('footer')).toContainText('Box 12: Key Digital Society Projects');
    await page.screenshot({ path: `${SHOTS}/issue21-embed-390.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: `${SHOTS}/issue21-embed-1440.png` });
  });
});

test.describe('the indicators table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('keeps every row’s figures in view, each labelled', async ({ page }) => {
    await page.goto('/en/indicators');
    const table = page.locator('[data-indicator-table]');
    await expect(table).toBeVisible();
    // Nothing hides past the right edge: the table does not scroll sideways.
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    for (const id of ['km14-ind-01', 'km14-ind-05', 'km14-ind-18', 'km14-ind-25']) {
      const row = page.locator(`[id="${id}"]`);
      await row.scrollIntoViewIfNeeded();
      const cells = row.locator('td');
      const [y2020, y2025] = [cells.nth(3), cells.nth(4)];
      await expect(y2020).toBeInViewport({ ratio: 1 });
      await expect(y2025).toBeInViewport({ ratio: 1 });
      // Each figure says what it is.
      expect(await y2020.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"2020"');
      expect(await y2025.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"2025 target"');
    }
    // Row 5: 68.7 in 2020, 72左右 ("About 72") in 2025.
    await expect(page.locator('[id="km14-ind-05"] td').nth(3)).toHaveText('68.7');
    await expect(page.locator('[id="km14-ind-05"] td').nth(4)).toContainText('About 72');
    await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/issue21-indicators-phone-390.png` });
  });

  test('at 1440 px it stays a table with its header row', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/zh/indicators');
    await expect(page.getByRole('columnheader', { name: '2025年' })).toBeVisible();
    const row = page.locator('[id="km14-ind-05"]');
    const [a, b] = [await box(row.locator('td').nth(3)), await box(row.locator('td').nth(4))];
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    await page.screenshot({ path: `${SHOTS}/issue21-indicators-1440.png` });
  });
});

test.describe('keyboard and screen readers on results', () => {
  test('a skip link before the filters leads to the results', async ({ page }) => {
    await page.goto('/en/search?q=water');
    await scriptsReady(page);
    await page.getByRole('searchbox').focus();
    // From the search box: the button, then the skip link, before any of the filter links.
    const skip = page.getByRole('link', { name: 'Skip to results' });
    for (let k = 0; k < 3 && !(await skip.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.locator('#results-heading')).toBeInViewport();
    // From there a few stops (text and sort choices, the sections line) reach the first hit, none of them a filter.
    const first = page.locator('#results > ol > li').first();
    const stops: string[] = [];
    while (stops.length < 12 && !(await first.evaluate((li) => li.contains(document.activeElement)))) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement?.closest('[data-filters]') ? 'filter' : (document.activeElement?.textContent ?? ''))));
    }
    expect(stops).not.toContain('filter');
    expect(await first.evaluate((li) => li.contains(document.activeElement))).toBe(true);
  });

  test('every hit opens with a heading naming its kind and place', async ({ page }) => {
    await page.goto('/en/search?q=water');
    const hits = page.locator('#results > ol > li');
    const headings = page.locator('#results > ol > li').getByRole('heading', { level: 3 });
    expect(await hits.count()).toBeGreaterThan(5);
    await expect(headings).toHaveCount(await hits.count());
    await expect(headings.first()).toBeVisible();
    await expect(headings.first()).toContainText(/(Paragraph|Box item|Indicator|Table row|Note).*Chapter \d+/);
  });
});

test.describe('print', () => {
  test('a permalink prints its text, place, one citation and its link, nothing else', async ({ page, baseURL }) => {
    await page.goto('/en/p/km14-b12-i1');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('section[aria-label] [data-translation="en"]')).toContainText('Digitalizing sector resources');
    await expect(page.locator('section[aria-label] p[lang="zh-CN"]')).toContainText('实施行业资源数字化');
    await expect(page.locator('[data-citation="apa"]')).toBeVisible();
    for (const style of ['quote', 'gbt7714', 'chicago', 'bibtex']) await expect(page.locator(`[data-citation="${style}"]`)).toBeHidden();
    await expect(page.locator('[data-print-link]')).toHaveText(`Link: ${baseURL}/en/p/km14-b12-i1`);
    await expect(page.locator('section[aria-labelledby="context-heading"]')).toBeHidden();
    await expect(page.locator('section[aria-labelledby="embed-heading"]')).toBeHidden();
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    // On paper it takes one sheet.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 1100 });
      await page.screenshot({ path: `${SHOTS}/issue21-permalink-print-${width}.png`, fullPage: true });
    }
    // On screen nothing of it is lost.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.locator('[data-print-link]')).toBeHidden();
  });

  test('a chapter prints its text without the site around it, tables whole', async ({ page }) => {
    await page.goto('/en/c/30');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[id="km14-c30-s1-p1"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Permalink km14-c30-s1-p1' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Chapter navigation' })).toBeHidden();
    await expect(page.locator('details')).toBeHidden();
    const clipped = await page.locator('[role="region"]').evaluateAll((rs) => rs.filter((r) => r.scrollWidth > r.clientWidth + 1).length);
    expect(clipped).toBe(0);
  });
});

test('the Chinese copy button of the quotation reads 复制引文, without a stray space', async ({ page }) => {
  await page.goto('/zh/p/km14-c17-s1-p4');
  const button = page.locator('[data-citation="quote"]').locator('xpath=..').getByRole('button');
  await expect(button).toHaveText('复制引文');
  await expect(button).toBeVisible();
  // A Latin style name keeps its space (复制 APA).
  await expect(page.getByRole('button', { name: '复制 APA', exact: true })).toBeVisible();
});
