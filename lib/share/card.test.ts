import { describe, expect, it } from 'vitest';
import { docWith, ingested } from '../../test/helpers';
import { emWidth } from '../format/excerpt';
import { fitQuote, shareCard } from './card';

const plan = () => ingested().outline.documents[0]!;
const labels = { siteName: 'Plan Search', translation: 'Unofficial translation by Plan Search', original: 'Original (Chinese)' };

describe('the share card', () => {
  it('quotes the Chinese on Chinese pages, with its place, its number and no label', () => {
    const card = shareCard({ doc: docWith('水资源管理工程：实施第九水质净化厂'), plan: plan(), locale: 'zh', labels: { ...labels, siteName: '规划检索' } });
    expect(card).toMatchObject({
      lang: 'zh-CN',
      place: '第三十章 实施碧水行动 › 第一节 重点推进滇池流域治理 › 专栏38 滇池治理重大工程',
      locator: '专栏38第2项',
      siteName: '规划检索',
      label: null,
    });
    // A box item of some 70 characters is quoted whole.
    expect(card.quote).toMatch(/^“水资源管理工程：实施第九水质净化厂尾水综合治理工程（二期）.+再生利用工程。”$/);
  });

  it('quotes the English on English pages, labelled an unofficial translation', () => {
    const p = docWith('坚持将滇池保护治理作为“一把手”工程');
    const card = shareCard({ doc: p, plan: plan(), locale: 'en', labels });
    expect(card.lang).toBe('en');
    expect(card.label).toBe('Unofficial translation by Plan Search');
    expect(card.quote.startsWith('"We will continue to treat the protection and management of Dianchi Lake')).toBe(true);
    expect(card.quote).not.toMatch(/\p{Script=Han}/u);
    expect(card.locator).toBe('ch. 30, sec. 1, para. 1');
  });

  it('sets a short quote large and a long one smaller, cut at a sentence', () => {
    const short = fitQuote('推进海绵城市建设。', 'zh-CN');
    expect(short).toEqual({ quote: '“推进海绵城市建设。”', size: 60 });
    const p = docWith('坚持将滇池保护治理作为“一把手”工程');
    const long = fitQuote(p.text, 'zh-CN');
    expect(long.size).toBeLessThan(60);
    expect(long.quote.endsWith('。……”')).toBe(true);
    expect(p.text.startsWith(long.quote.slice(1, -3))).toBe(true);
    // What is kept fits the box at the size chosen: at most 4 lines of 1056 / size ems, less a little.
    expect(emWidth(long.quote)).toBeLessThan((1056 / long.size) * Math.floor(330 / (long.size * 1.55)) * 0.9);
  });
});
