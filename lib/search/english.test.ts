import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import type { SampleQuery } from '../../test/sample-queries';
import { EmbeddedEngine } from './embedded';
import { englishRanges, englishStems, phraseOf } from './english';
import { highlightEnglish } from './highlight';
import { displayTerms, parseQuery } from './query';
import { parseSearchParams } from './request';
import { search } from './search';
import { districtAliases } from './vocabulary';

const marked = (text: string, words: string[]) => englishRanges(text, [phraseOf(words)!]).map(([s, e]) => text.slice(s, e));

describe('the English analyzer', () => {
  it('meets singular and plural, and forms of one word, by stem', () => {
    expect(englishStems('Emissions emission')).toEqual(['emiss', 'emiss']);
    expect(marked('Major pollutant emissions kept falling.', ['emission'])).toEqual(['emissions']);
    expect(marked('cities and a city', ['cities'])).toEqual(['cities', 'city']);
  });

  it('marks a phrase as one run, and nothing where only one of its words occurs', () => {
    expect(marked('improve water quality in Dianchi Lake; water supply', ['water', 'quality'])).toEqual(['water quality']);
  });

  it('marks a word still being typed by its start, not its stem', () => {
    const text = 'improving the retirement system';
    const r = englishRanges(text, [phraseOf(['retireme'], true)!]);
    expect(r.map(([s, e]) => text.slice(s, e))).toEqual(['retirement']);
  });

  it('escapes the English and marks only whole words', () => {
    expect(highlightEnglish('R&D <b>water</b> watershed', [phraseOf(['water'])!])).toBe('R&amp;D &lt;b&gt;<mark>water</mark>&lt;/b&gt; watershed');
  });
});

describe('English query words', () => {
  it('drops stop words even typed alone, so "the" and "new" search nothing', () => {
    expect(parseQuery('the').terms).toEqual([]);
    expect(parseQuery('new').terms).toEqual([]);
    expect(displayTerms(parseQuery('the new airport'))).toEqual(displayTerms(parseQuery('airport')));
  });

  it('reads multi-word names and common words as the plan writes them', () => {
    expect(displayTerms(parseQuery('Spring City'))).toEqual(['春城']);
    expect(displayTerms(parseQuery('emissions'))[0]!.split('/')).toContain('排放');
    expect(displayTerms(parseQuery('algae'))[0]!.split('/')).toContain('蓝藻');
    const water = displayTerms(parseQuery('water'))[0]!.split('/');
    expect(water).toEqual(expect.arrayContaining(['水资源', '水环境', '水质', '供水']));
    expect(water).not.toContain('水域');
  });

  it('keeps the words typed, for the English text', () => {
    expect(parseQuery('Dianchi water quality').terms.map((t) => t.en)).toEqual([['dianchi'], ['water', 'quality']]);
    expect(parseQuery('"sponge city pilot"').terms[0]!.en).toEqual(['sponge', 'city', 'pilot']);
    expect(parseQuery('滇池').terms[0]!.en).toBeUndefined();
  });
});

describe('searching the English text', () => {
  let engine: EmbeddedEngine;
  const docs = () => ingested().documents;
  beforeAll(async () => {
    engine = new EmbeddedEngine(join(mkdtempSync(join(tmpdir(), 'english-')), 'index.sqlite'), districtAliases());
    await engine.index(docs());
  });
  const q = (query: string, per = 10) => search(engine, parseSearchParams({ q: query, per: String(per) }));

  it('finds a translated paragraph from a run of its own English words', async () => {
    // Eight words from the middle of each translated paragraph of chapters 1–10, as a reader might quote them.
    const translated = docs().filter((d) => d.translations?.en && !d.repeats && d.kind !== 'heading' && d.kind !== 'table-row' && (d.chapter?.no ?? 0) >= 1);
    expect(translated.length).toBeGreaterThan(120);
    const misses: string[] = [];
    for (const d of translated) {
      const words = d.translations!.en!.split(/\s+/);
      const at = Math.max(0, Math.floor(words.length / 2) - 4);
      const quote = words.slice(at, at + 8).join(' ');
      const r = await q(quote, 3);
      if (!r.hits.some((h) => h.id === d.id)) misses.push(`${d.id}: ${quote}`);
    }
    expect(misses.length / translated.length, misses.slice(0, 10).join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('matches a quoted English phrase as a phrase of the English text', async () => {
    const phrase = await q('"ecological civilization"', 100);
    const loose = await q('ecological civilization', 100);
    expect(phrase.total).toBeGreaterThan(0);
    for (const h of phrase.hits.filter((h) => h.translations?.en)) expect(h.translations!.en!.toLowerCase()).toMatch(/ecological civilization/);
    expect(loose.total).toBeGreaterThanOrEqual(phrase.total);
  });

  it('finds words the Chinese bridge missed, marking them in the English snippet', async () => {
    const r = await q('emissions');
    expect(r.total).toBeGreaterThan(0);
    const withEnglish = r.hits.find((h) => h.translationHighlights?.en);
    expect(withEnglish?.translationHighlights?.en).toMatch(/<mark>[Ee]missions<\/mark>/);
    // Source text: "主要污染物排放总量持续减少" (chapter 1, section 1).
    expect(r.hits.some((h) => h.text.includes('主要污染物排放总量持续减少'))).toBe(true);
  });

  it('answers through the glossary and the English text alike, ranked in one list', async () => {
    // 蓝藻 (cyanobacteria) occurs only in chapter 30 and box 38: "algae" reaches it through the glossary.
    const r = await q('algae');
    expect(r.hits.some((h) => h.text.includes('重点控制蓝藻'))).toBe(true);
    const dianchi = await q('Dianchi water quality', 20);
    const chapters = new Set(dianchi.hits.map((h) => h.chapter?.no));
    expect([...chapters].some((n) => n !== undefined && n <= 10)).toBe(true);
    expect([...chapters].some((n) => n !== undefined && n > 10)).toBe(true);
  });

  it('returns nothing for a query of stop words', async () => {
    expect((await q('the')).total).toBe(0);
  });

  it('keeps recall on the English judged set (n01–n40)', async () => {
    const queries = JSON.parse(readFileSync('test/eval/english-queries.json', 'utf8')) as SampleQuery[];
    let found = 0;
    let expected = 0;
    for (const s of queries) {
      const r = await q(s.q, s.k);
      for (const e of s.expect) {
        expected++;
        // The paragraphs that match, then those holding only some of the words, as the page lists them.
        if ([...r.hits, ...(r.partial?.hits ?? [])].some((h) => h.text.includes(e))) found++;
      }
    }
    // Before the English text was indexed: 34/47 (0.72).
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  });
});

describe('English snippets', () => {
  it('crop at word boundaries around the match', () => {
    const text = `${'Beautiful mountains and rivers will become the norm. '.repeat(12)}The water quality of Dianchi Lake will keep improving. ${'Green space will grow. '.repeat(20)}`;
    const html = highlightEnglish(text, [phraseOf(['water', 'quality'])!]);
    expect(html).toContain('<mark>water quality</mark>');
    expect(html).toMatch(/^…[A-Z a-z]/);
    // Every word at either edge is whole: the snippet's first and last words are words of the text.
    const words = html
      .replace(/<\/?mark>/g, '')
      .replace(/…/g, '')
      .trim()
      .split(/\s+/);
    expect(text.split(/\s+/)).toEqual(expect.arrayContaining([words[0], words[words.length - 1]]));
  });
});
