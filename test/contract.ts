/**
 * The search contract every engine must keep (DESIGN.md § Search API). Run by
 * lib/search/embedded.contract.test.ts, and by lib/search/meili.contract.test.ts against the
 * Meilisearch stand-in (test/fake-meili.ts) always and against a real server when MEILI_URL is set:
 * the stand-in is held to the same cases as the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchParams } from '../lib/search/request';
import type { SearchEngine } from '../lib/search/engine-types';
import { SearchInputError, type SearchRequest, type SearchResponse } from '../lib/search/types';
import { normalize } from '../lib/search/text';
import { sampleQueries } from './sample-queries';
import { search as runSearch } from '../lib/search/search';
import { offered } from '../lib/search/respond';

const SAMPLE_QUERIES = sampleQueries();

export const request = (params: Record<string, string | string[] | undefined>): SearchRequest => parseSearchParams(params);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The highlight with marks removed and entities decoded, without the crop ellipses. */
const plain = (h: string) => unescape(h.replace(/<\/?mark>/g, '')).replace(/^…|…$/g, '');

export function engineContract(name: string, setup: () => Promise<SearchEngine>, label = name, teardown?: () => Promise<void>) {
  describe(`search contract: ${label}`, () => {
    let engine: SearchEngine;
    const search = (params: Record<string, string | string[] | undefined>) => runSearch(engine, request(params));

    beforeAll(async () => {
      engine = await setup();
    });
    afterAll(async () => {
      await teardown?.();
    });

    it('answers in the DESIGN.md shape', async () => {
      const r = await search({ q: '滇池', per: '5' });
      expect(r.engine).toBe(name);
      expect(r.total).toBeGreaterThan(10);
      expect(r.hits).toHaveLength(5);
      expect(r.query.terms).toEqual(['滇池']);
      expect(typeof r.tookMs).toBe('number');
      const h = r.hits[0]!;
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['id', 'url', 'kind', 'text', 'highlight', 'part', 'chapter', 'section', 'box', 'districts', 'topics']));
      expect(h.url).toBe(`/zh/p/${h.id}`);
      expect(r.facets.chapter[0]).toEqual({ value: expect.any(String), zh: expect.any(String), en: expect.any(String), count: expect.any(Number) });
    });

    it('counts each facet value as the number of documents that filter gives', async () => {
      const r = await search({ q: '滇池', per: '1' });
      for (const facet of ['chapter', 'district', 'topic'] as const) {
        expect(r.facets[facet].length, facet).toBeGreaterThan(0);
        for (const v of r.facets[facet].slice(0, 4)) {
          const narrowed = await search({ q: '滇池', per: '1', [facet]: v.value });
          expect(narrowed.total, `${facet}=${v.value}`).toBe(v.count);
        }
      }
      // With no filter, chapter counts add up to the documents that have a chapter.
      const all = await search({ q: '滇池', per: '100' });
      const withChapter = all.hits.filter((h) => h.chapter !== null).length;
      expect(r.facets.chapter.reduce((n, v) => n + v.count, 0)).toBe(withChapter);
    });

    it('filters: OR within a facet, AND across facets', async () => {
      const base = await search({ q: '建设', per: '1' });
      const [a, b] = base.facets.chapter;
      const either = await search({ q: '建设', per: '100', chapter: [a!.value, b!.value] });
      expect(either.total).toBe(a!.count + b!.count);
      expect(new Set(either.hits.map((h) => String(h.chapter?.no)))).toEqual(new Set([a!.value, b!.value]));
      const both = await search({ q: '建设', per: '100', chapter: a!.value, topic: base.facets.topic[0]!.value });
      expect(both.total).toBeGreaterThan(0);
      expect(both.total).toBeLessThanOrEqual(a!.count);
      for (const h of both.hits) {
        expect(String(h.chapter?.no)).toBe(a!.value);
        expect(h.topics.map((t) => t.id)).toContain(base.facets.topic[0]!.value);
      }
    });

    it('takes a district by id or by any of its names', async () => {
      const byName = await search({ q: '数字乡村', district: '石林县' });
      const byId = await search({ q: '数字乡村', district: 'shilin' });
      expect(byName.total).toBeGreaterThan(0);
      expect(byName.hits.map((h) => h.id)).toEqual(byId.hits.map((h) => h.id));
      for (const h of byName.hits) expect(h.districts.map((d) => d.id)).toContain('shilin');
    });

    it('pages without overlap or gaps', async () => {
      const whole = await search({ q: '发展', per: '100' });
      expect(whole.total).toBeGreaterThan(30);
      const ids: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const r = await search({ q: '发展', per: '7', page: String(page) });
        expect(r.total).toBe(whole.total);
        ids.push(...r.hits.map((h) => h.id));
      }
      expect(ids).toEqual(whole.hits.slice(0, 35).map((h) => h.id));
      const beyond = await search({ q: '发展', per: '100', page: '999' });
      expect(beyond.hits).toEqual([]);
      expect(beyond.total).toBe(whole.total);
    });

    it('sorts by document order on request', async () => {
      const r = await search({ q: '滇池', per: '50', sort: 'order' });
      expect(r.hits.length).toBeGreaterThan(10);
      const positions = await Promise.all(r.hits.map(async (h) => (await engine.get(h.id))!.order));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    });

    it('marks exactly the matched characters of the original text', async () => {
      for (const q of ['滇池', '网络', 'water quality', 'GDP', '體育公園']) {
        const r = await search({ q, per: '20' });
        expect(r.total, q).toBeGreaterThan(0);
        // Searched forms: the Chinese terms shown, and the English typed (the text writes GDP in Latin).
        const terms = [...r.query.terms.flatMap((t) => t.split('/')), normalize(q)];
        for (const h of r.hits) {
          const marks = [...h.highlight.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalize(unescape(m[1]!)));
          for (const m of marks)
            expect(
              terms.some((t) => m.includes(normalize(t)) || normalize(t).includes(m)),
              `${q}: ${m}`,
            ).toBe(true);
          expect(h.text).toContain(plain(h.highlight));
        }
        expect(
          r.hits.some((h) => h.highlight.includes('<mark>')),
          q,
        ).toBe(true);
      }
    });

    it('finds a term inside longer indexed words (网络 in 网络覆盖, 处理 in 待处理)', async () => {
      const r = await search({ q: '网络', per: '100' });
      expect(r.hits.some((h) => h.text.includes('网络覆盖'))).toBe(true);
      const s = await search({ q: '覆盖水平', per: '100' });
      expect(s.hits.some((h) => h.text.includes('提升4G网络覆盖水平'))).toBe(true);
    });

    it('maps English, pinyin and traditional characters to Chinese terms', async () => {
      expect((await search({ q: 'Dianchi Lake water quality' })).query.terms).toEqual(['滇池', '水质']);
      expect((await search({ q: 'dianchi' })).query.terms).toEqual(['滇池']);
      expect((await search({ q: 'shuzi jingji' })).query.terms).toEqual(['数字经济']);
      const t = await search({ q: '滇池水質' });
      expect(t.query.expanded).toBe(true);
      expect(t.total).toBeGreaterThan(0);
      const latin = await search({ q: '5G' });
      expect(latin.hits.every((h) => /5G/i.test(h.text))).toBe(true);
    });

    it('honours quoted phrases and exclusions', async () => {
      const phrase = await search({ q: '"滇池 保护"', per: '100' });
      for (const h of phrase.hits) expect(h.text.replace(/\s/g, '')).toContain('滇池保护');
      const excluded = await search({ q: '滇池 -治理', per: '100' });
      expect(excluded.total).toBeGreaterThan(0);
      for (const h of excluded.hits) expect(h.text).not.toContain('治理');
    });

    it('ranks the exact phrase, then close terms, above scattered ones', async () => {
      const r = await search({ q: '滇池 治理', per: '20' });
      // The one text with the phrase is box 38's heading: a way in above the clauses, not a hit.
      expect(r.sections?.[0]?.text).toContain('滇池治理');
      expect(r.hits.some((h) => h.kind === 'heading' || h.kind === 'toc-entry')).toBe(false);
      const span = (t: string) => {
        const a = t.indexOf('滇池');
        const b = t.indexOf('治理', a);
        return a >= 0 && b >= 0 ? b - a : Infinity;
      };
      // Among the paragraphs (not headings), those with the terms within a few characters come first.
      const spans = r.hits.filter((h) => h.kind !== 'heading').map((h) => span(h.text));
      const close = spans.findIndex((s) => s > 16);
      expect(close).toBeGreaterThan(0);
      expect(spans.slice(close).some((s) => s <= 6)).toBe(false);
    });

    it('counts only the paragraphs holding every term; those holding some are a labelled group apart', async () => {
      const strict = await search({ q: '滇池 水质' });
      expect(strict.query.relaxed).toBe(false);
      expect(strict.partial).toBeUndefined();
      const relaxed = await search({ q: '滇池 zzzqqq' });
      expect(relaxed.query.relaxed).toBe(true);
      // No paragraph holds both: nothing is counted, and the 滇池 paragraphs are offered apart.
      expect(relaxed.total).toBe(0);
      expect(relaxed.hits).toEqual([]);
      expect(Object.values(relaxed.facets).flat()).toEqual([]);
      expect(relaxed.partial!.total).toBeGreaterThan(10);
      expect(relaxed.partial!.hits.length).toBe(5);
      for (const h of relaxed.partial!.hits) expect(h.text).toContain('滇池');
    });

    it('gives a rare pair its few paragraphs as the count and the facets, the partial ones apart (数字经济 with a district)', async () => {
      const r = await search({ q: '数字经济 呈贡', per: '50' });
      expect(r.query.relaxed).toBe(false);
      expect(r.total).toBeGreaterThan(0);
      expect(r.total).toBeLessThan(5);
      for (const h of r.hits) expect(h.text.includes('数字经济') && h.text.includes('呈贡')).toBe(true);
      // Facets describe the matches only: no chapter is counted more often than there are matches.
      for (const f of r.facets.chapter) expect(f.count).toBeLessThanOrEqual(r.total);
      expect(r.facets.chapter.reduce((n, f) => n + f.count, 0)).toBeLessThanOrEqual(r.total);
      expect(r.partial!.total).toBeGreaterThan(20);
      const counted = new Set(r.hits.map((h) => h.id));
      for (const h of r.partial!.hits) expect(counted.has(h.id)).toBe(false);
      // The second page of the matches carries no partial group.
      expect((await search({ q: '数字经济 呈贡', per: '1', page: '2' })).partial).toBeUndefined();
    });

    it(`finds the judged paragraphs of the sample queries (recall@k ≥ 0.9)`, async () => {
      let found = 0;
      let expected = 0;
      const misses: string[] = [];
      for (const s of SAMPLE_QUERIES) {
        const r = await search({ q: s.q, per: String(s.k), ...(s.filters ?? {}) });
        for (const e of s.expect) {
          expected++;
          if (offered(r).some((h) => h.text.includes(e))) found++;
          else misses.push(`${s.id} ${s.q}`);
        }
      }
      expect(found / expected, misses.join(', ')).toBeGreaterThanOrEqual(0.9);
    });

    it('rejects unknown facet values with a clear error', async () => {
      for (const params of [{ district: '不存在区' }, { topic: 'nonsense' }]) {
        const e = await search({ q: '滇池', ...params }).catch((x) => x);
        expect(e).toBeInstanceOf(SearchInputError);
        expect(e.code).toBe('unknown_facet_value');
      }
      const absent = await search({ q: '法治', chapter: '42' });
      expect(absent.total).toBe(0);
      // Every value at fault is named, so that a page can offer to remove each; a known one is not.
      const named = await search({ q: '滇池', district: ['mars', '呈贡区'], topic: ['venus', 'ecology'] }).catch((x) => x);
      expect(named.filters).toEqual([
        { facet: 'district', value: 'mars' },
        { facet: 'topic', value: 'venus' },
      ]);
    });

    it('gets a document by id, and null for an unknown id', async () => {
      const d = await engine.get('km14-c17-s1-p4');
      expect(d?.text).toContain('推进海绵城市建设');
      expect(await engine.get('km14-nope')).toBeNull();
      expect(await engine.get('../../etc/passwd')).toBeNull();
    });

    const BAD = [
      '',
      '   ',
      'x'.repeat(1000),
      '。，！？',
      'AND OR NOT NEAR * ^ : ( ) "',
      'NEAR(滇池 水质, 2)',
      '"滇池',
      '滇池"',
      '😀🎉',
      '滇池😀',
      "'; DROP TABLE docs; --",
      'SELECT * FROM fts',
      '\u0000\u0007滇池\u001b[31m',
      '<img src=x onerror=alert(1)>',
      '-',
      '--',
      '-"',
      '""',
      '{grams}: 滇池',
      'words:滇池',
      '滇池*',
      '^滇池',
      '\uD800',
    ];
    it.each(BAD.map((q) => [JSON.stringify(q).slice(0, 40), q]))('a bad query %s gives a clean result', async (_label, q) => {
      const r: SearchResponse = await search({ q });
      expect(Array.isArray(r.hits)).toBe(true);
      expect(r.total).toBeGreaterThanOrEqual(0);
      for (const h of r.hits) expect(h.highlight).not.toMatch(/<(?!\/?mark>)/);
    });

    it('rejects oversized and malformed parameters with SearchInputError', async () => {
      for (const params of [
        { q: 'x'.repeat(2000) },
        { q: '滇池', page: '0' },
        { q: '滇池', page: '100000' },
        { q: '滇池', per: '101' },
        { q: '滇池', per: 'abc' },
        { q: '滇池', chapter: 'thirty' },
        { q: '滇池', sort: 'random' },
      ]) {
        expect(() => request(params), JSON.stringify(params).slice(0, 60)).toThrow(SearchInputError);
      }
      // A chapter that is not a number is named with the others like it; 7 and 007 are chapter 7.
      const e = (() => {
        try {
          return request({ q: '滇池', chapter: ['thirty', '7', '0', '1000'] });
        } catch (x) {
          return x as SearchInputError;
        }
      })();
      expect(e).toBeInstanceOf(SearchInputError);
      expect((e as SearchInputError).filters.map((f) => f.value)).toEqual(['thirty', '0', '1000']);
      expect(request({ q: '滇池', chapter: ['7', '007'] }).chapter).toEqual([7, 7]);
    });

    it('never lets query text become markup', async () => {
      const r = await search({ q: '<b>滇池</b>' });
      expect(r.total + (r.partial?.total ?? 0)).toBeGreaterThan(0);
      for (const h of [...r.hits, ...(r.partial?.hits ?? [])]) expect(h.highlight).not.toContain('<b>');
    });
  });
}
