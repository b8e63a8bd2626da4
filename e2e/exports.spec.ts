import { expect, test, type Download, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

/** The text of a download the browser saved. */
const saved = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** Clicks a link and waits for the file it downloads. */
async function downloadFrom(page: Page, link: ReturnType<Page['getByRole']>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download;
}

/** The ids of the results listed on the page, in order (each card's permalink). */
async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('section[aria-labelledby="results-heading"] > ol > li article a[href*="/p/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.map((h) => /\/p\/([a-z0-9-]+)/.exec(h)![1]!))];
}

test.describe('export results', () => {
  test('CSV of the results shown, in their order, with the Chinese and the English labelled', async ({ page }) => {
    await page.goto('/zh/search?q=滇池&sort=order');
    await expect(page.getByRole('heading', { name: /32 条结果/ })).toBeVisible();
    const shown = await shownIds(page);
    expect(shown).toHaveLength(20);
    await page.getByText('导出结果').click();
    const csv = page.getByRole('link', { name: 'CSV，第 1–32 条结果' });
    await expect(csv).toBeVisible();
    const download = await downloadFrom(page, csv);
    expect(download.suggestedFilename()).toBe('plan-search-results-p1.csv');
    const text = await saved(download);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] }) as Record<string, string>[];
    // Every result, not only the 20 on the page, and those 20 first, in the order shown.
    expect(rows).toHaveLength(32);
    expect(rows.slice(0, 20).map((r) => r.id)).toEqual(shown);
    expect(rows.every((r) => r.text_zh!.includes('滇池'))).toBe(true);
    expect(Object.keys(rows[0]!)).toContain('text_en_unofficial_translation');
  });

  test('filters and order are kept; an English page exports English permalinks and references', async ({ page }) => {
    await page.goto('/en/search?q=dianchi&district=chenggong&sort=order');
    const shown = await shownIds(page);
    expect(shown.length).toBeGreaterThan(1);
    await page.getByText('Export results').click();
    const csv = parseCsv(await saved(await downloadFrom(page, page.getByRole('link', { name: `CSV, results 1–${shown.length}` }))), {
      bom: true,
      columns: true,
      record_delimiter: ['\r\n', '\n'],
    }) as Record<string, string>[];
    expect(csv.map((r) => r.id)).toEqual(shown);
    expect(csv.every((r) => r.place_en && r.permalink!.includes('/en/p/'))).toBe(true);
    const ris = await saved(await downloadFrom(page, page.getByRole('link', { name: `RIS, results 1–${shown.length}` })));
    expect(ris.match(/^TY {2}- RPRT/gm)).toHaveLength(shown.length);
    expect([...ris.matchAll(/^ID {2}- (.+)\r$/gm)].map((m) => m[1])).toEqual(shown);
    expect(ris).toContain("AU  - Kunming Municipal People's Government");
    const bib = await saved(await downloadFrom(page, page.getByRole('link', { name: `BibTeX, results 1–${shown.length}` })));
    expect([...bib.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1])).toEqual(shown);
  });

  test('past a hundred results, each hundred is its own file', async ({ page, request }) => {
    await page.goto('/zh/search?q=发展');
    const total = Number(/(\d+)/.exec((await page.getByRole('heading', { level: 2, name: /条结果/ }).innerText())!)![1]);
    expect(total).toBeGreaterThan(200);
    await page.getByText('导出结果').click();
    const second = page.getByRole('link', { name: 'JSON，第 101–200 条结果' });
    await expect(second).toBeVisible();
    const json = JSON.parse(await saved(await downloadFrom(page, second))) as { page: number; per: number; hits: { id: string }[] };
    expect(json).toMatchObject({ page: 2, per: 100 });
    const api = (await (await request.get('/api/search?q=发展&per=100&page=2')).json()) as { hits: { id: string }[] };
    expect(json.hits.map((h) => h.id)).toEqual(api.hits.map((h) => h.id));
  });

  test('an unknown format is refused with the API’s JSON error', async ({ request }) => {
    for (const url of ['/api/search?q=滇池&format=xlsx', '/api/p/km14-c17-s1-p4?format=endnote', '/api/search?q=滇池&format=csv&lang=fr']) {
      const r = await request.get(url);
      expect(r.status(), url).toBe(400);
      expect((await r.json()).error.code, url).toMatch(/^invalid_(format|lang)$/);
    }
  });

  for (const width of [1440, 390]) {
    test(`screenshot of the export menu at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/en/search?q=development');
      await page.getByText('Export results').click();
      const menu = page.locator('[data-export] > div');
      await expect(menu).toBeVisible();
      await expect(menu).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `artifacts/screenshots/export-menu-${width}.png` });
    });
  }
});

test.describe('a paragraph for reference managers', () => {
  test('the permalink carries the Highwire Press tags Zotero reads', async ({ page, baseURL }) => {
    await page.goto('/zh/p/km14-c17-s1-p4');
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute(
      'content',
      '《昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第十七章 培育发展昆明都市圈 第一节 提升中心城区功能',
    );
    await expect(meta('citation_author')).toHaveAttribute('content', '昆明市人民政府');
    await expect(meta('citation_technical_report_institution')).toHaveAttribute('content', '昆明市人民政府');
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2021/03/29');
    await expect(meta('citation_public_url')).toHaveAttribute('content', `${baseURL}/zh/p/km14-c17-s1-p4`);
    await page.goto('/en/p/km14-c17-s1-p4');
    await expect(meta('citation_author')).toHaveAttribute('content', "Kunming Municipal People's Government");
  });

  test('the citation block downloads the reference as RIS, BibTeX and CSL-JSON', async ({ page, baseURL }) => {
    await page.goto('/en/p/km14-c17-s1-p4');
    const ris = page.getByRole('link', { name: 'Download the reference as RIS' });
    await expect(ris).toBeVisible();
    let download = await downloadFrom(page, ris);
    expect(download.suggestedFilename()).toBe('km14-c17-s1-p4.ris');
    const text = await saved(download);
    expect(text).toMatch(/^TY {2}- RPRT\r\n/);
    expect(text).toContain(`UR  - ${baseURL}/en/p/km14-c17-s1-p4`);
    download = await downloadFrom(page, page.getByRole('link', { name: 'Download the reference as BibTeX' }));
    expect(download.suggestedFilename()).toBe('km14-c17-s1-p4.bib');
    expect(await saved(download)).toContain("author = {{Kunming Municipal People's Government}}");
    download = await downloadFrom(page, page.getByRole('link', { name: 'Download the reference as CSL-JSON' }));
    expect(download.suggestedFilename()).toBe('km14-c17-s1-p4.csl.json');
    const [item] = JSON.parse(await saved(download)) as { type: string; URL: string; abstract: string }[];
    expect(item).toMatchObject({ type: 'report', URL: `${baseURL}/en/p/km14-c17-s1-p4` });
    expect(item!.abstract).toContain('推进海绵城市建设');
    await page.goto('/zh/p/km14-c17-s1-p4');
    await expect(page.getByRole('link', { name: '下载 RIS 格式的文献信息' })).toBeVisible();
  });
});

test.describe('data for analysts', () => {
  test('the data page offers every document as CSV and JSON Lines, with a dictionary and licence terms', async ({ page, request }) => {
    const { documents } = (await (await request.get('/api/health')).json()) as { documents: number };
    await page.goto('/zh');
    await page.getByRole('link', { name: '数据与许可' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '数据与许可' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'text_en_unofficial_translation' })).toBeVisible();
    await expect(page.getByText('CC BY 4.0', { exact: false })).toBeVisible();
    const jsonl = await saved(await downloadFrom(page, page.getByRole('link', { name: /JSON Lines/ })));
    const records = jsonl
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text_zh: string });
    expect(records).toHaveLength(documents);
    expect(records.find((r) => r.id === 'km14-c17-s1-p4')!.text_zh).toContain('推进海绵城市建设');
    const csv = parseCsv(await saved(await downloadFrom(page, page.getByRole('link', { name: /（CSV）/ }).first())), {
      bom: true,
      columns: true,
      record_delimiter: ['\r\n', '\n'],
    }) as unknown[];
    expect(csv).toHaveLength(documents);
  });

  test('the indicator table downloads as CSV', async ({ page }) => {
    await page.goto('/en/indicators');
    const download = await downloadFrom(page, page.getByRole('link', { name: 'Download the table (CSV)' }));
    const rows = parseCsv(await saved(download), { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] }) as Record<string, string>[];
    expect(rows).toHaveLength(25);
    // Row 1 as the source prints it (lines 262–268).
    expect(rows[0]).toMatchObject({ 指标名称: '地区生产总值', 单位: '亿元', '2020年': '6733.79' });
  });
});
