import { describe, expect, it } from 'vitest';
import { cellHref, compareCsvHref, compareHref } from './compare-url';

describe('comparison URLs', () => {
  it('leave the default view and an empty query out', () => {
    expect(compareHref('zh', { view: 'topics', q: '' })).toBe('/zh/compare');
    expect(compareHref('en', { view: 'chapters', q: '数字经济' })).toBe('/en/compare?view=chapters&q=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E');
  });

  it('download the same table as CSV from the API', () => {
    expect(compareCsvHref({ view: 'topics', q: '' })).toBe('/api/compare?format=csv');
    expect(compareCsvHref({ view: 'chapters', q: 'a&b' })).toBe('/api/compare?view=chapters&q=a%26b&format=csv');
  });

  it('open a cell as the search page filtered on its row and column, with the query', () => {
    const chenggong = { facet: 'district', value: 'chenggong', label: { zh: '呈贡区', en: 'Chenggong District' } } as const;
    const digital = { facet: 'topic', value: 'digital', label: { zh: '数字经济', en: 'Digital Economy' } } as const;
    const c30 = { facet: 'chapter', value: '30', label: { zh: '', en: '' } } as const;
    expect(cellHref('zh', '', [chenggong, digital])).toBe('/zh/search?district=chenggong&topic=digital');
    expect(cellHref('en', '5G', [c30, chenggong])).toBe('/en/search?q=5G&chapter=30&district=chenggong');
  });
});
