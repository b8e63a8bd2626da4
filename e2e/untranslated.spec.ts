import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type ServerUnderTest } from '../scripts/server-under-test';

/**
 * English pages of paragraphs that have no English yet (issue 21). Every paragraph of the plan is
 * translated today, so a production server of its own (the same build) serves a copy of the corpus
 * whose English lacks a paragraph of chapter 30 and the whole of chapter 41 (with its part's
 * introduction, shown on its page).
 */

const DROPPED = ['km14-c30-s2-p2', 'km14-pt12-p1', 'km14-c41-p1'];
let server: ServerUnderTest;
let work: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  work = mkdtempSync(join(tmpdir(), 'untranslated-'));
  const corpus = join(work, 'corpus');
  const data = join(work, 'data');
  cpSync('corpus', corpus, { recursive: true });
  const english = join(corpus, 'kunming-14th-five-year-plan.en.jsonl');
  const lines = readFileSync(english, 'utf8').split('\n');
  const kept = lines.filter((l) => !DROPPED.some((id) => l.startsWith(`{"id":"${id}"`)));
  expect(lines.length - kept.length).toBe(DROPPED.length);
  writeFileSync(english, kept.join('\n'));
  const ingest = spawnSync('node_modules/.bin/tsx', ['ingest/cli.ts', '--corpus', corpus, '--out', data, '--quiet'], { encoding: 'utf8' });
  expect(ingest.status, ingest.stderr).toBe(0);
  // PRERENDER=0: a server for a few pages; rendering 1,700 ahead would only take the CPU from the other tests.
  server = await startServer({ PLAN_CORPUS_DIR: corpus, PLAN_DATA_DIR: data, WEB_CONCURRENCY: '1', PRERENDER: '0' }, 120_000);
});

test.afterAll(() => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('an English permalink of a paragraph without English says so, and quotes the original as such', async ({ page }) => {
  await page.goto(`${server.base}/en/p/km14-c30-s2-p2`);
  const text = page.locator('section[aria-label]').first();
  await expect(text.getByText('No English text for this paragraph yet: the Chinese original is shown.')).toBeVisible();
  await expect(text.locator('p[lang="zh-CN"]').first()).toBeVisible();
  // It claims no translation it does not have.
  await expect(text.getByText('Unofficial translation by Plan Search')).toHaveCount(0);
  await expect(text.locator('[data-translation]')).toHaveCount(0);
  await expect(page.locator('[data-citation="quote"]')).toContainText('(original Chinese, not yet translated)');
});

test('the context of a neighbour marks the paragraph without English', async ({ page }) => {
  await page.goto(`${server.base}/en/p/km14-c30-s2-p1`);
  const entry = page.locator('section[aria-labelledby="context-heading"] li').filter({ has: page.locator('a[href$="/p/km14-c30-s2-p2"]') });
  await expect(entry.getByText('No English yet: the Chinese original is shown.')).toBeVisible();
  // Its translated neighbours still read in English.
  await expect(page.locator('section[aria-labelledby="context-heading"] [data-translation="en"]').first()).toBeVisible();
});

test('a chapter page says how many paragraphs have no English, and marks them', async ({ page }) => {
  await page.goto(`${server.base}/en/c/30`);
  const note = page.locator('[data-translation-note]');
  await expect(note).toContainText('1 paragraph has no English yet and shows the Chinese only.');
  const paragraph = page.locator('[id="km14-c30-s2-p2"]');
  await paragraph.scrollIntoViewIfNeeded();
  await expect(paragraph.getByText('No English yet: the Chinese original is shown.')).toBeVisible();
  await expect(paragraph.locator('[data-translation]')).toHaveCount(0);
});

test('a chapter with no English at all does not claim any', async ({ page }) => {
  await page.goto(`${server.base}/en/c/41`);
  const note = page.locator('[data-translation-note]');
  await expect(note).toHaveText('No English text for this chapter yet: the Chinese original is shown.');
  await expect(page.getByText('English: unofficial translation by Plan Search, beside the Chinese original.')).toHaveCount(0);
  await expect(page.locator('[id="km14-c41-p1"]').getByText('No English yet: the Chinese original is shown.')).toBeVisible();
});

test('an English embed of a paragraph without English says so', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 300 });
  await page.goto(`${server.base}/embed/p/km14-c30-s2-p2?lang=en`);
  const footer = page.locator('footer');
  await expect(footer.getByText('No English yet: Chinese original')).toBeVisible();
  await expect(footer).not.toContainText('Unofficial translation by Plan Search');
  await expect(page.locator('#card-text [lang="zh-CN"]').first()).toBeVisible();
});
