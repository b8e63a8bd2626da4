import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMeili, type FakeMeili } from '../../test/fake-meili';
import { ingested } from '../../test/helpers';
import { MeiliEngine } from './meili';
import { parseSearchParams } from './request';
import { search } from './search';
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

  it('asks for every match of the query with its facet fields and ranking score; the one search path does the rest', async () => {
    await engine.index(docs());
    fake.requests.length = 0;
    const r = await search(engine, parseSearchParams({ q: '滇池 -治理', chapter: '30', topic: 'ecology', per: '5', page: '2' }));
    const queries = (fake.requests.find((x) => x.path === '/multi-search')!.body as { queries: Record<string, unknown>[] }).queries;
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ indexUid: 'plan', q: '"滇池" -"治理"', matchingStrategy: 'all', filter: ['listed = true'], showRankingScore: true });
    expect(queries[0]!.attributesToRetrieve).toEqual(expect.arrayContaining(['order', 'chapter', 'districts', 'topics', 'rankText']));
    // Queries carry the search-only key; the master key is for indexing.
    expect(fake.requests.find((x) => x.path === '/multi-search')!.auth).toBe('Bearer search');
    expect(r.engine).toBe('meilisearch');
    // Filters and paging applied to the matches: chapter 30 and ecology only, page 2 of 5.
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.chapter?.no === 30 && h.topics.some((t) => t.id === 'ecology'))).toBe(true);
    expect(r.facets.topic.find((f) => f.value === 'ecology')).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    expect(r.facets.chapter.every((f) => /^\d+$/.test(f.value))).toBe(true);
  });

  it('climbs the same ladder as the embedded engine: all terms, then any term, one query per term', async () => {
    fake.emptyFor.add('"滇池" "水质"');
    fake.requests.length = 0;
    const r = await search(engine, parseSearchParams({ q: '滇池 水质' }));
    fake.emptyFor.clear();
    const asked = fake.requests.filter((x) => x.path === '/multi-search').map((x) => (x.body as { queries: { q: string }[] }).queries.map((q) => q.q));
    expect(asked[0]).toEqual(['"滇池" "水质"']);
    expect(asked.at(-1)).toEqual(['"滇池"', '"水质"']);
    expect(r.query.relaxed).toBe(true);
    expect(r.total).toBeGreaterThan(0);
  });

  it('rejects unknown facet values before asking the server', async () => {
    fake.requests.length = 0;
    await expect(search(engine, parseSearchParams({ q: '滇池', district: 'x" OR 1=1' }))).rejects.toThrow(/unknown district/);
    expect(fake.requests).toHaveLength(0);
  });

  it('gets a document by id, and null for unknown or malformed ids', async () => {
    expect((await engine.get('km14-c17-s1-p4'))?.text).toContain('推进海绵城市建设');
    expect(await engine.get('km14-nope')).toBeNull();
    expect(await engine.get('../../keys')).toBeNull();
  });
});
