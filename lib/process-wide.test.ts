import { describe, expect, it } from 'vitest';
import { processWideLatest } from './process-wide';

describe('processWideLatest', () => {
  it('builds once per version and hands out the newest, not one per version ever seen', () => {
    const key = `test-${Math.random()}`;
    const built: string[] = [];
    const make = (v: string) => processWideLatest(key, v, () => (built.push(v), { v }));
    const a = make('a');
    expect(make('a')).toBe(a);
    const b = make('b');
    expect(b).not.toBe(a);
    expect(b.v).toBe('b');
    // Going back to a version builds it again: only the latest is held.
    expect(make('a')).not.toBe(a);
    expect(built).toEqual(['a', 'b', 'a']);
  });
});
