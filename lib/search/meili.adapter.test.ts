import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMeili, type FakeMeili } from '../../test/fake-meili';
import { ingested } from '../../test/helpers';
import { MeiliEngine } from './meili';
import { parseSearchParams } from './request';
import { districtAliases } from './vocabulary';

describe('Meilisearch adapter through the official client (against a loopback stand-in)', () => {
  let fake: FakeMeili;
  let engine: MeiliEngine;
  const docs = () => ingested().documents;

  beforeAll(async () => {
    fake = await startFakeMeili();
    engine = new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey: 'search', index: 'plan', aliases: districtAliases() });
  });
  afterAll(() => fake.close());

  it('builds under a temporary name in batches, then swaps it in and drops the old one', async () => {
    // Three copies of the plan under other ids: more than one batch of 2,000.
    const many = [0, 1, 2].flatMap((k) => docs().map((d) => ({ ...d, id: `${d.id}-x${k}` })));
    await engine.index(many);
    const calls = fake.requests.map((r) => `${r.method} ${r.path}`).filter((c) => !c.startsWith('GET /tasks'));
    expect(calls[0]).toBe('DELETE /indexes/plan_build');
    expect(calls).toContain('POST /indexes');
    expect(calls.filter((c) => c === 'POST /indexes/plan_build/documents')).toHaveLength(2);
    expect(calls.slice(-2)).toEqual(['POST /swap-indexes', 'DELETE /indexes/plan_build']);
    expect(fake.requests.filter((r) => r.path.startsWith('/indexes/plan_build')).every((r) => r.auth === 'Bearer master')).toBe(true);
    expect(fake.indexes.get('plan')!.docs.size).toBe(many.length);
    const settings = fake.requests.find((r) => r.path === '/indexes/plan_build/settings')!.body as Record<string, unknown>;
    expect((settings.searchableAttributes as string[])[0]).toBe('words');
    expect(Object.keys(settings.synonyms as object).length).toBeGreaterThan(100);
  });

  it('reports a failed task with its error and leaves the live index as it was', async () => {
    const before = fake.indexes.get('plan')!.docs.size;
    const bad = [...docs().slice(0, 3), { ...docs()[3]!, id: 'fail-me' }];
    await expect(engine.index(bad)).rejects.toThrow(/Meilisearch documents 1–4 failed: Document identifier `fail-me` is invalid/);
    expect(fake.indexes.get('plan')!.docs.size).toBe(before);
  });

  it('sends one multi-search: the page with all filters, and each facet without its own', async () => {
    await engine.index(docs());
    fake.requests.length = 0;
    const r = await engine.search(parseSearchParams({ q: '滇池 -治理', chapter: '30', topic: 'ecology', per: '5', page: '2' }));
    const queries = (fake.requests.find((x) => x.path === '/multi-search')!.body as { queries: Record<string, unknown>[] }).queries;
    expect(queries).toHaveLength(4);
    expect(queries[0]).toMatchObject({ indexUid: 'plan', q: '"滇池" -"治理"', matchingStrategy: 'all', filter: ['listed = true', 'chapter IN [30]', 'topics IN ["ecology"]'], page: 2, hitsPerPage: 5 });
    expect(queries[1]).toMatchObject({ filter: ['listed = true', 'topics IN ["ecology"]'], facets: ['chapter'], hitsPerPage: 0 });
    expect(queries[3]).toMatchObject({ filter: ['listed = true', 'chapter IN [30]'], facets: ['topics'] });
    // Queries carry the search-only key; the master key is for indexing.
    expect(fake.requests.find((x) => x.path === '/multi-search')!.auth).toBe('Bearer search');
    expect(r.engine).toBe('meilisearch');
    expect(r.hits).toHaveLength(5);
    expect(r.facets.topic.find((f) => f.value === 'ecology')).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    expect(r.facets.chapter.every((f) => /^\d+$/.test(f.value))).toBe(true);
  });

  it('asks again with matchingStrategy last when all terms find nothing', async () => {
    fake.emptyFor.add('all');
    fake.requests.length = 0;
    const r = await engine.search(parseSearchParams({ q: '滇池 水质' }));
    fake.emptyFor.clear();
    const strategies = fake.requests.filter((x) => x.path === '/multi-search').map((x) => (x.body as { queries: { matchingStrategy: string }[] }).queries[0]!.matchingStrategy);
    expect(strategies).toEqual(['all', 'last']);
    expect(r.query.relaxed).toBe(true);
  });

  it('rejects unknown facet values before asking the server', async () => {
    fake.requests.length = 0;
    await expect(engine.search(parseSearchParams({ q: '滇池', district: 'x" OR 1=1' }))).rejects.toThrow(/unknown district/);
    expect(fake.requests).toHaveLength(0);
  });

  it('gets a document by id, and null for unknown or malformed ids', async () => {
    expect((await engine.get('km14-c17-s1-p4'))?.text).toContain('推进海绵城市建设');
    expect(await engine.get('km14-nope')).toBeNull();
    expect(await engine.get('../../keys')).toBeNull();
  });
});
