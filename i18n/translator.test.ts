import { describe, expect, it } from 'vitest';
import { translator } from './translator';

describe('translator', () => {
  it("formats the locale's messages (messages/*.json), plurals and arguments included", () => {
    // messages/en.json: "{total, plural, =0 {No results} one {# result} other {# results}}"
    expect(translator('en', 'SearchPage')('results', { total: 0 })).toBe('No results');
    expect(translator('en', 'SearchPage')('results', { total: 1 })).toBe('1 result');
    expect(translator('en', 'SearchPage')('results', { total: 1234 })).toBe('1,234 results');
    // messages/zh.json: "用时 {ms} 毫秒"
    expect(translator('zh', 'SearchPage')('took', { ms: 2.5 })).toBe('用时 2.5 毫秒');
    expect(translator('zh', 'Metadata')('siteName')).toBe('规划检索');
  });
  it('is made once per locale and namespace', () => {
    expect(translator('en', 'Facets')).toBe(translator('en', 'Facets'));
    expect(translator('en', 'Facets')).not.toBe(translator('zh', 'Facets'));
  });
});
