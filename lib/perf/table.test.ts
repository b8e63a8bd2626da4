import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from './table';

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('滇池')).toBe(4);
    expect(displayWidth('q=滇池，')).toBe(8);
  });
});

describe('formatTable', () => {
  it('aligns columns by display width, first column left, others right', () => {
    const t = formatTable(
      ['page', 'n'],
      [
        ['/zh/滇池', '1'],
        ['/en/lake', '10'],
      ],
    );
    const lines = t.split('\n');
    expect(lines).toHaveLength(4);
    // Every line ends at the same terminal column.
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    expect(lines[2]).toBe('/zh/滇池   1');
    expect(lines[3]).toBe('/en/lake  10');
  });

  it('takes other left-aligned columns', () => {
    expect(formatTable(['a', 'b'], [['x', 'yy']], () => true).split('\n')[2]).toBe('x  yy');
  });
});
