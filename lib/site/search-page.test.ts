import { describe, expect, it } from 'vitest';
import { paramsRecord, searchPageModel } from './search-page';
import { SearchInputError, type SearchRequest, type SearchResponse } from '../search/types';

/** A search that records what it was asked and answers with a marker (the model passes it through untouched). */
function recording() {
  const asked: SearchRequest[] = [];
  const answer = { total: 7 } as unknown as SearchResponse;
  return { asked, answer, search: async (req: SearchRequest) => (asked.push(req), answer) };
}

describe('paramsRecord', () => {
  it('gives a URL query the shape Next hands to pages: one value as a string, repeated keys as an array', () => {
    expect(paramsRecord(new URLSearchParams('q=%E6%BB%87%E6%B1%A0&district=wuhua&district=xishan&page=2'))).toEqual({
      q: '滇池',
      district: ['wuhua', 'xishan'],
      page: '2',
    });
    expect(paramsRecord(new URLSearchParams(''))).toEqual({});
  });
});

describe('searchPageModel', () => {
  it('browsing (no query, no filter) runs no search', async () => {
    const r = recording();
    const model = await searchPageModel('en', {}, r.search);
    expect(r.asked).toEqual([]);
    expect(model.result).toBeNull();
    expect(model.error).toBeNull();
    expect(model.state).toMatchObject({ q: '', chapter: [], district: [], topic: [], page: 1, original: false });
  });

  it('a query is searched as read, and the state its links are made from is the request', async () => {
    const r = recording();
    const model = await searchPageModel('zh', { q: '滇池', chapter: ['17', '30'], sort: 'order', page: '2' }, r.search);
    expect(r.asked).toHaveLength(1);
    expect(r.asked[0]).toMatchObject({ q: '滇池', chapter: [17, 30], sort: 'order', page: 2 });
    expect(model.result).toBe(r.answer);
    expect(model.state).toMatchObject({ q: '滇池', chapter: ['17', '30'], sort: 'order', page: 2 });
  });

  it('a request that cannot be read is refused with its reason and keeps what it asked for', async () => {
    const r = recording();
    const q = 'x'.repeat(1001);
    const model = await searchPageModel('en', { q, district: 'wuhua' }, r.search);
    expect(r.asked).toEqual([]);
    expect(model.error?.code).toBe('query_too_long');
    expect(model.result).toBeNull();
    expect(model.state).toMatchObject({ q, district: ['wuhua'] });
  });

  it("the search's own refusal (a filter naming nothing) is an error to show; anything else is thrown", async () => {
    const refused = await searchPageModel('en', { q: 'water', chapter: '99' }, async () => {
      throw new SearchInputError('unknown_filter', 'no chapter 99');
    });
    expect(refused.error?.code).toBe('unknown_filter');
    expect(refused.state.chapter).toEqual(['99']);
    await expect(
      searchPageModel('en', { q: 'water' }, async () => {
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
  });

  it('only a page in another language than the plan’s shows the original text alone', async () => {
    expect((await searchPageModel('en', { q: 'a', text: 'original' }, recording().search)).state.original).toBe(true);
    expect((await searchPageModel('zh', { q: 'a', text: 'original' }, recording().search)).state.original).toBe(false);
    expect((await searchPageModel('en', { q: 'a' }, recording().search)).state.original).toBe(false);
  });
});
