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
    for (const [version, rename] of [
      ['1.15.2', {}],
      ['1.18.0', { rename: false }],
    ] as const) {
      const engine = await start({ version });
      await engine.index(docs());
      const build = fake.requests.find((r) => r.method === 'POST' && r.path === '/indexes')!.body as { uid: string };
      expect(build.uid).toMatch(/^plan_build_[a-z0-9]+_[a-z0-9]+$/);
      expect(fake.requests.find((r) => r.path === '/swap-indexes')?.body, version).toEqual([{ indexes: ['plan', build.uid], ...rename }]);
      // Nothing refused: the one 404 is the check for a live index, which the first build does not find.
      expect(fake.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual(['404 GET /indexes/plan']);
      expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
      await fake.close();
    }
  });

  it('refuses a server older than v1.12 before writing anything, saying what it needs', async () => {
    const engine = await start({ version: '1.11.3' });
    await expect(engine.index(docs())).rejects.toThrow(/Meilisearch 1\.11\.3 .* too old: the adapter needs v1\.12\.0 or later/);
    expect(calls()).toEqual(['GET /version']);
  });

  it('builds under a name of its own in batches, waits for each task over several polls, swaps it in and drops the old one', async () => {
    const engine = await start({ pollsPerTask: 4 });
    // Three copies of the plan under other ids: more than one batch of 2,000.
    const many = [0, 1, 2].flatMap((k) => docs().map((d) => ({ ...d, id: `${d.id}-x${k}` })));
    await engine.index(many);
    const tmp = (fake.requests.find((r) => r.method === 'POST' && r.path === '/indexes')!.body as { uid: string }).uid;
    expect(calls().slice(0, 3)).toEqual(['GET /version', 'GET /indexes', 'POST /indexes']);
    expect(calls().filter((c) => c === `POST /indexes/${tmp}/documents`)).toHaveLength(2);
    expect(calls().slice(-2)).toEqual(['POST /swap-indexes', `DELETE /indexes/${tmp}`]);
    expect(fake.requests.filter((r) => r.path.startsWith(`/indexes/${tmp}`)).every((r) => r.auth === 'Bearer master')).toBe(true);
    expect(fake.indexes.get('plan')!.docs.size).toBe(many.length);
    expect([...fake.indexes.keys()]).toEqual(['plan']);
    // A second build over the live index: the live one is not created again (index_already_exists).
    await engine.index(docs());
    expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
  });

  it("lets two indexers run at once: each builds and swaps in its own whole index, never the other's half-built one", async () => {
    const a = await start({ pollsPerTask: 2 });
    const b = new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey: 'reader', index: 'plan', aliases: districtAliases() });
    const half = docs().slice(0, 100);
    await Promise.all([a.index(docs()), b.index(half)]);
    const builds = fake.requests
      .filter((r) => r.method === 'POST' && r.path === '/indexes')
      .map((r) => (r.body as { uid: string }).uid)
      .filter((uid) => uid !== 'plan');
    expect(builds).toHaveLength(2);
    expect(new Set(builds).size).toBe(2);
    // Whichever swapped last, the live index is one whole build, with its settings.
    expect([docs().length, half.length]).toContain(fake.indexes.get('plan')!.docs.size);
    expect((fake.indexes.get('plan')!.settings.rankingRules as string[])[0]).toBe('sort');
    expect([...fake.indexes.keys()]).toEqual(['plan']);
  });

  it('deletes the builds of runs that died over an hour ago, and only those', async () => {
    const engine = await start();
    const old = new Date(Date.now() - 2 * 3_600_000).toISOString();
    fake.indexes.set('plan_build_dead_1', { docs: new Map(), settings: {}, createdAt: old });
    fake.indexes.set('plan_build_busy_2', { docs: new Map(), settings: {}, createdAt: new Date().toISOString() });
    fake.indexes.set('other_build_x_3', { docs: new Map(), settings: {}, createdAt: old });
    await engine.index(docs());
    expect([...fake.indexes.keys()].sort()).toEqual(['other_build_x_3', 'plan', 'plan_build_busy_2']);
  });

  it('reports a failed task with its error and leaves the live index as it was', async () => {
    const engine = await start();
    await engine.index(docs());
    const bad = [...docs().slice(0, 3), { ...docs()[3]!, id: 'fail me!' }];
    await expect(engine.index(bad)).rejects.toThrow(/Meilisearch documents 1–4 failed: Document identifier `"fail me!"` is invalid/);
    expect(fake.indexes.get('plan')!.docs.size).toBe(docs().length);
  });

  it('sends the indexing settings: sort first, the fields’ languages', async () => {
    const engine = await start();
    await engine.index(docs());
    const settings = fake.requests.find((r) => r.path.endsWith('/settings'))!.body as Record<string, unknown>;
    expect((settings.rankingRules as string[])[0]).toBe('sort');
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
    for (const h of r.partial!.hits) expect(h.highlight).not.toContain('<b>');
    expect(fake.requests.every((x) => x.status === 200 && x.auth === 'Bearer reader')).toBe(true);
    // Each rung of the ladder is decided by counting (page 0 returns no hit), then one federated search
    // ranks and pages the rungs taken, with the facets, and fetches only the page shown.
    const counting = multiSearches().filter((qs) => qs.every((q) => q.page === 0 && q.q !== ''));
    expect(counting.map((qs) => qs.map((q) => q.q))).toEqual([['"b" "滇池"']]);
    const federated = fake.requests.filter((x) => x.path === '/multi-search' && (x.body as { federation?: unknown }).federation);
    // The matches (none hold both), the headings that hold them (ways in), then the paragraphs holding some of the terms, apart.
    expect(federated).toHaveLength(3);
    const [matches, sections, partial] = federated.map((x) => x.body as { queries: Record<string, unknown>[]; federation: Record<string, unknown> });
    expect(sections!.queries[0]!.filter).toEqual(['listed = true', 'kind IN ["heading", "toc-entry"]']);
    expect(sections!.federation).toEqual({ offset: 0, limit: 5, facetsByIndex: { plan: [] } });
    expect(matches!.federation).toEqual({ offset: 0, limit: 20, facetsByIndex: { plan: ['chapter', 'districts', 'topics'] } });
    expect(matches!.queries.map((q) => q.q)).toEqual(['"b" "滇池"']);
    expect(partial!.queries.map((q) => q.q)).toEqual(['"b"', '"滇池"']);
    expect(partial!.federation).toMatchObject({ offset: 0, limit: 5 });
    expect(r.total).toBe(0);
    expect(r.partial!.total).toBe(listed().filter((d) => d.text.includes('滇池') && d.kind !== 'heading' && d.kind !== 'toc-entry').length);
  });

  it('health works with the portal key: documents counted by a search, no stats.get needed', async () => {
    const engine = await start();
    await engine.index(docs());
    fake.requests.length = 0;
    expect(await engine.stats()).toEqual({ engine: 'meilisearch', documents: docs().length, bytes: null });
    expect(fake.requests.every((x) => x.auth === 'Bearer reader' && x.status === 200)).toBe(true);
  });

  it('retries a search the server refuses as overloaded, then answers EngineBusyError', async () => {
    const engine = await start({ busy: 2 });
    await engine.index(docs());
    fake.requests.length = 0;
    // Two 503 too_many_search_requests, then an answer: the visitor never sees them.
    expect((await search(engine, parseSearchParams({ q: '滇池' }))).total).toBeGreaterThan(10);
    expect(fake.requests.filter((x) => x.status === 503)).toHaveLength(2);
    fake.busy(100);
    await expect(search(engine, parseSearchParams({ q: '滇池' }))).rejects.toMatchObject({ name: 'EngineBusyError' });
    // Bounded: the first attempt and two retries.
    expect(fake.requests.filter((x) => x.status === 503)).toHaveLength(5);
  });

  it('gives up on a server that does not answer within the timeout, after a bounded number of attempts', async () => {
    await start({ stall: true });
    const slow = new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey: 'reader', index: 'plan', aliases: districtAliases(), timeoutMs: 200, retries: 1 });
    await expect(slow.stats()).rejects.toMatchObject({ name: 'EngineBusyError', message: expect.stringMatching(/did not answer a search after 2 attempts/) });
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
    // The Chinese alone finds them too: the same documents without their English.
    await engine.index(docs().map((d) => ({ ...d, translations: undefined })));
    const zh = await search(engine, parseSearchParams({ q: '5G', per: '100' }));
    expect(zh.total).toBe(holding(['5g'], /(?!)/));
    expect(zh.total).toBeGreaterThanOrEqual(19);
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

  it('filters on the server, one more request per active facet for its disjunctive counts; browsing sorts by order on the server', async () => {
    const engine = await start();
    await engine.index(docs());
    fake.requests.length = 0;
    const r = await search(engine, parseSearchParams({ q: '滇池 -治理', chapter: '30', topic: 'ecology', per: '5' }));
    const federated = multiSearches().filter((qs) => qs.some((q) => q.federationOptions));
    const clauses = 'kind NOT IN ["heading", "toc-entry"]';
    expect(federated.map((qs) => qs[0]!.filter)).toEqual([
      ['listed = true', clauses, 'chapter IN ["30"]', 'topics IN ["ecology"]'],
      ['listed = true', clauses, 'topics IN ["ecology"]'],
      ['listed = true', clauses, 'chapter IN ["30"]'],
      ['listed = true', 'kind IN ["heading", "toc-entry"]', 'chapter IN ["30"]', 'topics IN ["ecology"]'],
    ]);
    expect(federated[0]![0]).toMatchObject({ indexUid: 'plan', q: '-"治理" "滇池"', matchingStrategy: 'all', attributesToRetrieve: ['json'] });
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
