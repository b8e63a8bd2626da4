import { expect, test, type Page } from '@playwright/test';
import { scriptsReady } from './ready';

const TITLE = '昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';

/** What the page put on the clipboard: the plain text and the HTML beside it (empty while a copy is still being written). */
async function clipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    try {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
      return { text: await read('text/plain'), html: await read('text/html') };
    } catch {
      return { text: '', html: '' };
    }
  });
}

/** The clipboard's text once the copy has landed. */
const copied = (page: Page) => expect.poll(async () => (await clipboard(page)).text);

/** Selects `part` of the first text node under `selector` holding it, as a reader dragging over it would. */
async function select(page: Page, selector: string, part: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((root, part) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(part);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + part.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${part}`);
    }, part);
  expect(await page.evaluate(() => getSelection()!.toString())).toBe(part);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('copy quote on a permalink: the paragraph with its short citation and link, as text and as HTML', async ({ page, baseURL }) => {
  await page.goto('/zh/p/km14-c17-s1-p4');
  await scriptsReady(page);
  await page.getByRole('button', { name: '复制摘录' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  const { text, html } = await clipboard(page);
  // Chapter 17, section 1, its 4th paragraph (source line 1250), quoted whole.
  expect(text).toMatch(new RegExp(`^“提升城市排涝能力。推进海绵城市建设[\\s\\S]+”（昆明市人民政府《${TITLE}》第十七章第一节第4段）${baseURL}/zh/p/km14-c17-s1-p4$`));
  expect(text).toBe(await page.locator('[data-citation="quote"]').innerText());
  expect(html).toContain(`<a href="${baseURL}/zh/p/km14-c17-s1-p4">昆明市人民政府《${TITLE}》第十七章第一节第4段</a>`);
  expect(html).toContain('“提升城市排涝能力。推进海绵城市建设');
});

test('copy quote with part of the paragraph selected quotes that part only', async ({ page, baseURL }) => {
  await page.goto('/zh/p/km14-c17-s1-p4');
  await scriptsReady(page);
  await select(page, 'section[data-quote-scope] p[lang="zh-CN"]', '推进海绵城市建设');
  await page.getByRole('button', { name: '复制摘录' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  await copied(page).toBe(`“推进海绵城市建设”（昆明市人民政府《${TITLE}》第十七章第一节第4段）${baseURL}/zh/p/km14-c17-s1-p4`);
  const { html } = await clipboard(page);
  expect(html).toContain('<span lang="zh-CN">“推进海绵城市建设”</span>');
  // A selection outside the paragraph (its place, above it) is not a quote of it: the whole paragraph is copied.
  await select(page, 'h1', '第十七章');
  await page.getByRole('button', { name: '复制摘录' }).click();
  await copied(page).toMatch(/^“提升城市排涝能力。/);
});

test('on an English permalink the quote is the English, labelled; a selection of the Chinese is labelled the original', async ({ page, baseURL }) => {
  await page.goto('/en/p/km14-c30-s1-p1');
  await scriptsReady(page);
  await page.getByRole('button', { name: 'Copy quote' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const whole = await clipboard(page);
  expect(whole.text).toMatch(
    new RegExp(
      `^“We will continue to treat the protection and management of Dianchi Lake [^”]+” \\(unofficial translation by Plan Search\\)\\. Kunming Municipal People's Government, ${TITLE} \\[[^\\]]+\\], ch\\. 30, sec\\. 1, para\\. 1\\. ${baseURL}/en/p/km14-c30-s1-p1$`,
    ),
  );
  // Source line 1709 begins 坚持将滇池保护治理作为“一把手”工程.
  await select(page, 'section[data-quote-scope] p[lang="zh-CN"]', '坚持将滇池保护治理');
  await page.getByRole('button', { name: 'Copy quote' }).click();
  await copied(page).toMatch(/^“坚持将滇池保护治理” \(original Chinese\)\. Kunming Municipal People's Government, .+, ch\. 30, sec\. 1, para\. 1\. http/);
});

test('copy quote on a search hit copies the whole paragraph, or the selected words of its snippet', async ({ page, baseURL }) => {
  await page.goto('/zh/search?q=海绵城市');
  await scriptsReady(page);
  const hit = page.locator('article[data-hit]').first();
  await expect(hit).toContainText('推进海绵城市建设');
  await hit.getByRole('button', { name: '复制摘录' }).click();
  await expect(hit.getByRole('button', { name: '已复制' })).toBeVisible();
  const whole = await clipboard(page);
  // The paragraph itself, not the cropped snippet, with the permalink (no highlighting in it).
  expect(whole.text).toMatch(new RegExp(`^“提升城市排涝能力。推进海绵城市建设[\\s\\S]+”（昆明市人民政府《${TITLE}》第十七章第一节第4段）${baseURL}/zh/p/km14-c17-s1-p4$`));
  await select(page, 'article[data-hit] p[lang="zh-CN"]', '海绵城市');
  await hit.getByRole('button', { name: '复制摘录' }).click();
  await copied(page).toBe(`“海绵城市”（昆明市人民政府《${TITLE}》第十七章第一节第4段）${baseURL}/zh/p/km14-c17-s1-p4`);
});
