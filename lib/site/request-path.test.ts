import { describe, expect, it } from 'vitest';
import { splitPath } from './request-path';

describe('splitPath', () => {
  it('splits the path from its query, keeping the query as written', () => {
    expect(splitPath('/zh/search?q=%E6%BB%87%E6%B1%A0&district=chenggong')).toEqual({ path: '/zh/search', query: '?q=%E6%BB%87%E6%B1%A0&district=chenggong' });
    expect(splitPath('/en/c/17')).toEqual({ path: '/en/c/17', query: '' });
  });
  it('a bare ? is no query; no header is no path', () => {
    expect(splitPath('/en/search?')).toEqual({ path: '/en/search', query: '' });
    expect(splitPath(null)).toEqual({ path: '', query: '' });
  });
});
