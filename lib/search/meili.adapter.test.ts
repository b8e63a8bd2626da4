import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMeili, type FakeMeili, type FakeMeiliOptions } from '../../test/fake-meili';
import { ingested } from '../../test/helpers';
import type { PlanDocument } from '../plan/model';
import { MeiliEngine } from './meili';
import { parseQuery } from './query';
import { parseSearchParams } from './request';
import { search } from './search';
import { normalize } from './text';
import { districtAliases } from './vocabulary';

/**
 * The adapter through the official client against test/fake-meili.ts, a stand-in that is strict
 * where a real server is: keys with actions, unknown fields refused per version, tasks over
 * several polls, and a search that honours phrases, exclusions, the 10-term limit and filters.
 */
describe('Meilisearch adapter through the official client (against a strict loopback stand-in)', () => {
  let fake: FakeMeili;
  const docs = () => ingested().documents;
  const listed = () => docs().filter((d) => !d.repeats);
  const start = async (o: FakeMeiliOptions = {}, searchKey = 'reader') => {
    fake = await startFakeMeili(o);
    return new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey, index: 'plan', aliases: districtAliases() });
  };
  afterEach(() => fake?.close());
  const calls = () => fake.requests.map((r) => `${r.method} ${r.path}`).filter((c) => !c.startsWith('GET /tasks'));
  const multiSearches = () => fake.requests.filter((r) => r.path === '/multi-search').map((r) => (r.body as { queries: Record<string, unknown>[] }).queries);

  it('indexes on v1.15 without the `rename` field that server refuses, and sends rename: false from v1.18', async () => {
    for (const [version, swap] of [
      ['1.15.2', { indexes: ['plan', 'plan_build'] }],
      ['1.18.0', { indexes: ['plan', 'plan_build'], rename: false }],
    ] as const) {
      const engine = await start({ version });
      await engine.index(docs());
      expect(fake.requests.find((r) => r.path === '/swap-indexes')?.body, version).toEqual([swap]);
      // Nothing refused: the one 404 is the check for a live index, which the first build does not find.
      expect(fake.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual(['404 GET /indexes/plan']);
      expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
      await fake.close();
    }
  });

  it('refuses a server older than v1.10 before writing anything, saying what it needs', async () => {
    const engine = await start({ version: '1.9.0' });
    await expect(engine.index(docs())).rejects.toThrow(/Meilisearch 1\.9\.0 .* too old: the adapter needs v1\.10\.0 or later/);
    expect(calls()).toEqual(['GET /version']);
  });

  it('builds under a temporary name in batches, waits for each task over several polls, swaps it in and drops the old one', async () => {
    const engine = await start({ pollsPerTask: 4 });
    // Three copies of the plan under other ids: more than one batch of 2,000.
    const many = [0, 1, 2].flatMap((k) => docs().map((d) => ({ ...d, id: `${d.id}-x${k}` })));
    await engine.index(many);
    expect(calls()[0]).toBe('GET /version');
    expect(calls()[1]).toBe('DELETE /indexes/plan_build');
    expect(calls().filter((c) => c === 'POST /indexes/plan_build/documents')).toHaveLength(2);
    expect(calls().slice(-2)).toEqual(['POST /swap-indexes', 'DELETE /indexes/plan_build']);
    expect(fake.requests.filter((r) => r.path.startsWith('/indexes/plan_build')).every((r) => r.auth === 'Bearer master')).toBe(true);
    expect(fake.indexes.get('plan')!.docs.size).toBe(many.length);
    expect(fake.indexes.has('plan_build')).toBe(false);
    // A second build over the live index: the live one is not created again (index_already_exists).
    await engine.index(docs());
    expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
  });

  it('reports a failed task with its error and leaves the live index as it was', async () => {
    const engine = await start();
    await engine.index(docs());
    const bad = [...docs().slice(0, 3), { ...docs()[3]!, id: 'fail me!' }];
    await expect(engine.index(bad)).rejects.toThrow(/Meilisearch documents 1–4 failed: Document identifier `"fail me!"` is invalid/);
    expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
  });

  it('sends the indexing settings: sort first, the mixed words as dictionary, the fields’ languages', async () => {
    const engine = await start();
    await engine.index(docs());
    const settings = fake.requests.find((r) => r.path === '/indexes/plan_build/settings')!.body as Record<string, unknown>;
    expect((settings.rankingRules as string[])[0]).toBe('sort');
    expect(settings.dictionary).toEqual(expect.arrayContaining(['5g']));
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['grams', 'words'], locales: ['cmn'] },
      { attributePatterns: ['en'], locales: ['eng'] },
    ]);
  });

  it('searches with a key of search and documents.get only: counts the terms of the ladder in one multi-search of count-only queries', async () => {
    const engine = await start();
    await engine.index(docs());
    fake.requests.length = 0;
    const r = await search(engine, parseSearchParams({ q: '<b>滇池</b>' }));
    // "b" is in no document: the ladder relaxes to any term, as the embedded engine does.
    expect(r.query.relaxed).toBe(true);
    expect(r.total).toBe(listed().filter((d) => d.text.includes('滇池')).length);
    for (const h of r.hits) expect(h.highlight).not.toContain('<b>');
    expect(fake.requests.every((x) => x.status === 200 && x.auth === 'Bearer reader')).toBe(true);
    // How rare each term is: one request, one count-only query per term (page 0 returns no hit).
    const counting = multiSearches().find((qs) => qs.every((q) => q.page === 0 && q.q !== ''));
    expect(counting?.map((q) => q.q)).toEqual(['"b"', '"滇池"']);
  });

  it('reads documents with a key that has documents.get; null only for a document that does not exist', async () => {
    const reader = await start();
    await reader.index(docs());
    expect((await reader.get('km14-c17-s1-p4'))?.text).toContain('推进海绵城市建设');
    expect(await reader.get('km14-nope')).toBeNull();
    expect(await reader.get('../../keys')).toBeNull();
    await fake.close();
    // The default search key lacks documents.get: every permalink would 404 if that read as "not found".
    const searchOnly = await start({}, 'search');
    await searchOnly.index(docs());
    await expect(searchOnly.get('km14-c17-s1-p4')).rejects.toThrow(/could not read document km14-c17-s1-p4 .*documents\.get/);
  });

  /** The listed documents whose text or English holds any of `forms` (normalised), counted independently of the adapter. */
  const holding = (forms: string[], en: RegExp) =>
    listed().filter((d: PlanDocument) => forms.some((f) => normalize(d.text).includes(f)) || en.test((d.translations?.en ?? '').toLowerCase())).length;

  it('sends every form of an expanded term: GDP finds 地区生产总值, GDP as written, and the English', async () => {
    const engine = await start();
    await engine.index(docs());
    const r = await search(engine, parseSearchParams({ q: 'GDP' }));
    expect(r.query.relaxed).toBe(false);
    expect(r.total).toBe(holding(['地区生产总值', 'gdp'], /\bgdp\b/));
    expect(r.total).toBeGreaterThan(holding(['地区生产总值'], /(?!)/));
  });

  it('finds a word mixing letters and digits (5G) wherever the plan has it, not only in the English', async () => {
    const engine = await start();
    await engine.index(docs());
    const r = await search(engine, parseSearchParams({ q: '5G', per: '100' }));
    expect(r.total).toBe(holding(['5g'], /\b5g\b/));
    expect(r.hits.some((h) => !h.translations?.en)).toBe(true);
  });

  it('keeps every term and exclusion of a long query: no string passes Meilisearch more than ten terms', async () => {
    const engine = await start();
    await engine.index(docs());
    // Eleven words of one long paragraph, and a twelfth word of it excluded.
    const d = listed().find((x) => new Set(x.tokens.filter((t) => /^\p{Script=Han}{2,}$/u.test(t))).size >= 14)!;
    const words = [...new Set(d.tokens.filter((t) => /^\p{Script=Han}{2,}$/u.test(t)))];
    const terms = words.slice(0, 11);
    const excluded = words.find((w) => !terms.some((t) => t.includes(w) || w.includes(t)))!;
    const all = parseQuery(terms.join(' '));
    expect(all.terms.length).toBeGreaterThanOrEqual(11);
    const has = (x: PlanDocument, w: string) => normalize(x.text).includes(w);
    const found = await engine.match(all, 'all');
    const ids = (ms: { key: number }[]) => ms.map((m) => docs()[m.key]!.id);
    expect(ids(found)).toContain(d.id);
    for (const id of ids(found))
      expect(
        terms.every((t) =>
          has(
            docs().find((x) => x.id === id)!,
            t,
          ),
        ),
      ).toBe(true);
    const without = await engine.match(parseQuery(`${terms.join(' ')} -${excluded}`), 'all');
    expect(ids(without)).not.toContain(d.id);
    for (const id of ids(without))
      expect(
        has(
          docs().find((x) => x.id === id)!,
          excluded,
        ),
      ).toBe(false);
  });

  it('asks for the matches with the listed filter; browsing sorts by order on the server', async () => {
    const engine = await start();
    await engine.index(docs());
    fake.requests.length = 0;
    const r = await search(engine, parseSearchParams({ q: '滇池 -治理', chapter: '30', topic: 'ecology', per: '5' }));
    expect(multiSearches()[0]![0]).toMatchObject({ indexUid: 'plan', q: '-"治理" "滇池"', matchingStrategy: 'all', filter: ['listed = true'], showRankingScore: true });
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.chapter?.no === 30 && h.topics.some((t) => t.id === 'ecology') && !h.text.includes('治理'))).toBe(true);
    const browse = await engine.all();
    expect(browse).toHaveLength(listed().length);
    expect(browse.map((m) => m.order)).toEqual([...browse.map((m) => m.order)].sort((a, b) => a - b));
  });

  it('rejects unknown facet values before asking the server', async () => {
    const engine = await start();
    // The facet values come from the documents indexed (not from a data/ folder, which a fresh clone lacks).
    await engine.index(docs());
    fake.requests.length = 0;
    await expect(search(engine, parseSearchParams({ q: '滇池', district: 'x" OR 1=1' }))).rejects.toThrow(/unknown district/);
    expect(fake.requests).toHaveLength(0);
  });
});
