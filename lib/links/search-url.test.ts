import { describe, expect, it } from 'vitest';
import { looseState, searchHref, toggleFacet, withoutFilters, type SearchState } from './search-url';

const state: SearchState = { q: '滇池 水质', chapter: ['30'], district: [], topic: [], sort: 'relevance', page: 3 };

describe('search URLs', () => {
  it('keep the query and filters, and leave defaults out', () => {
    expect(searchHref('zh', state)).toBe('/zh/search?q=%E6%BB%87%E6%B1%A0+%E6%B0%B4%E8%B4%A8&chapter=30&page=3');
    expect(searchHref('en', { ...state, q: '', chapter: [], page: 1 })).toBe('/en/search');
  });

  it('toggle one facet value and go back to page 1', () => {
    const added = toggleFacet(state, 'district', 'chenggong');
    expect(added).toMatchObject({ district: ['chenggong'], chapter: ['30'], page: 1 });
    expect(toggleFacet(added, 'district', 'chenggong').district).toEqual([]);
    expect(withoutFilters(added)).toMatchObject({ q: '滇池 水质', chapter: [], district: [], topic: [], page: 1 });
  });

  it('escape what the user typed', () => {
    expect(searchHref('zh', { ...state, q: '<b>&"', chapter: [], page: 1 })).toBe('/zh/search?q=%3Cb%3E%26%22');
  });

  it('read a request that could not be run as it was asked, so that its way out changes one thing', () => {
    const asked = looseState({ q: '滇池', district: ['mars', ' 呈贡区 ', 'mars'], chapter: 'abc', sort: 'order', page: '0' });
    expect(asked).toEqual({ q: '滇池', chapter: ['abc'], district: ['mars', '呈贡区'], topic: [], sort: 'order', page: 1 });
    expect(searchHref('en', toggleFacet(asked, 'district', 'mars'))).toBe('/en/search?q=%E6%BB%87%E6%B1%A0&chapter=abc&district=%E5%91%88%E8%B4%A1%E5%8C%BA&sort=order');
  });
});
