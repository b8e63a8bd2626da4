import { expect, test, type Page, type Request } from '@playwright/test';
import { scriptsReady } from './ready';

/**
 * The live search box on the results page, typed into as people type: slowly, with answers that
 * arrive late and out of order, and through an IME. The box must end as typed, and the URL and
 * results must follow the last query, not an earlier one.
 */

const box = (page: Page) => page.locator('main').getByRole('searchbox');
/** Live results' request for the page of the typed query (browser/live-results.ts), not a full page load. */
const isNavigation = (r: Request) => r.resourceType() === 'fetch';
const qOf = (page: Page) => new URL(page.url()).searchParams.get('q');

/** Delays the server's answers to live-search navigations, earlier ones longest, so they arrive out of order. */
async function slowAnswers(page: Page) {
  const state = { sent: [] as string[], pending: 0 };
  await page.route('**/search?**', async (route) => {
    const req = route.request();
    if (!isNavigation(req)) return route.continue();
    const q = new URL(req.url()).searchParams.get('q') ?? '';
    state.sent.push(q);
    state.pending++;
    const delay = Math.max(100, 1200 - state.sent.length * 150);
    await new Promise((r) => setTimeout(r, delay));
    await route.continue().catch(() => {});
    state.pending--;
  });
  return state;
}

const CASES: { locale: string; word: string; delay: number }[] = [
  { locale: 'en', word: 'airport', delay: 280 },
  { locale: 'en', word: 'elderly care', delay: 300 },
  { locale: 'en', word: 'airport', delay: 120 },
  { locale: 'en', word: 'sponge city', delay: 260 },
  { locale: 'zh', word: '养老服务', delay: 280 },
  { locale: 'zh', word: 'dianchi shuizhi', delay: 200 },
];

for (const { locale, word, delay } of CASES) {
  test(`typing "${word}" at ${delay} ms a key on /${locale}/search keeps every letter`, async ({ page, request }) => {
    const state = await slowAnswers(page);
    await page.goto(`/${locale}/search?q=x`);
    await scriptsReady(page);
    await box(page).click();
    await box(page).press('ControlOrMeta+a');
    await box(page).pressSequentially(word, { delay });
    await expect(box(page)).toHaveValue(word);
    // The URL, and so the results, follow the last query once its answer is in.
    await expect.poll(() => qOf(page), { timeout: 15_000 }).toBe(word);
    await expect.poll(() => state.pending, { timeout: 15_000 }).toBe(0);
    // Late answers to earlier keystrokes changed nothing.
    await expect(box(page)).toHaveValue(word);
    expect(qOf(page)).toBe(word);
    // The results are those of the whole word: the permalinks mark its terms, as the API reads them.
    const api = await (await request.get(`/api/search?q=${encodeURIComponent(word)}`)).json();
    await expect(page.locator('main ol > li article').first()).toBeVisible();
    const hl = new URL((await page.locator('main ol > li article').first().locator('a[href*="?hl="]').last().getAttribute('href')) ?? '', 'http://x').searchParams.get('hl');
    expect(hl).toBe(api.query.terms.join(' '));
  });
}

test('an IME composition searches once the word is committed, never mid-word', async ({ page }) => {
  await page.goto('/zh/search?q=x');
  await scriptsReady(page);
  const navigations: string[] = [];
  page.on('request', (r) => {
    if (isNavigation(r) && r.url().includes('/search?')) navigations.push(new URL(r.url()).searchParams.get('q') ?? '');
  });
  await box(page).click();
  await box(page).press('ControlOrMeta+a');
  const cdp = await page.context().newCDPSession(page);
  // Pinyin typed into a Chinese IME, a key every 300 ms (longer than the box's debounce).
  for (const partial of ['y', 'ya', 'yan', 'yang', 'yangl', 'yanglao']) {
    await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    await page.waitForTimeout(300);
  }
  await expect(box(page)).toHaveValue('yanglao');
  expect(navigations).toEqual([]);
  await cdp.send('Input.insertText', { text: '养老' });
  await expect(box(page)).toHaveValue('养老');
  await expect.poll(() => qOf(page)).toBe('养老');
  expect(navigations.every((q) => !/[a-z]/.test(q))).toBe(true);
  await expect(page.locator('main ol > li article').first()).toContainText('养老');
});

test('a pause in typing makes a history entry: Back returns to the previous search', async ({ page }) => {
  await page.goto('/en/search?q=water');
  await scriptsReady(page);
  await expect(box(page)).toHaveValue('water');
  await box(page).click();
  await box(page).press('ControlOrMeta+a');
  await box(page).pressSequentially('airport', { delay: 60 });
  await expect.poll(() => qOf(page)).toBe('airport');
  await page.goBack();
  await expect.poll(() => qOf(page)).toBe('water');
  await expect(box(page)).toHaveValue('water');
  await page.goForward();
  await expect.poll(() => qOf(page)).toBe('airport');
  await expect(box(page)).toHaveValue('airport');
});

test('Esc clears the box and leaves the results until the next search', async ({ page }) => {
  await page.goto('/en/search?q=water');
  await scriptsReady(page);
  const heading = await page.locator('#results-heading').innerText();
  const navigations: string[] = [];
  page.on('request', (r) => {
    if (isNavigation(r)) navigations.push(r.url());
  });
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  // Longer than the debounce: had Esc searched for "", the request would have gone out by now.
  await page.waitForTimeout(800);
  expect(navigations).toEqual([]);
  expect(qOf(page)).toBe('water');
  await expect(page.locator('#results-heading')).toHaveText(heading);
});
