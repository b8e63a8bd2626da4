import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinWrapped, readText } from './wrapped';

// Source lines 1003 and 1005 of the plan: one section title the printed page wrapped.
const SOURCE = readFileSync('corpus/kunming-14th-five-year-plan.txt', 'utf8').split('\n');

describe('titles that wrap in the source', () => {
  it('joins Chinese lines without a space (km14-c13-s1)', () => {
    const [first, second] = [SOURCE[1002]!.trim(), SOURCE[1004]!.trim()];
    expect(first.endsWith('第十五次')).toBe(true);
    expect(second.startsWith('缔约方大会')).toBe(true);
    expect(joinWrapped(`${first}\n${second}`)).toBe('第一节　全力服务联合国《生物多样性公约》第十五次缔约方大会和中国国际友好城市大会');
  });

  it('keeps a space between two words of an alphabetic script, and none beside Chinese', () => {
    expect(joinWrapped('Conference of\nthe Parties')).toBe('Conference of the Parties');
    expect(joinWrapped('COP15\n大会')).toBe('COP15大会');
    expect(joinWrapped('大会\nCOP15')).toBe('大会COP15');
  });

  it('looks past <mark> tags in highlighted text', () => {
    expect(joinWrapped('第十五次\n<mark>缔约方大会</mark>')).toBe('第十五次<mark>缔约方大会</mark>');
    expect(joinWrapped('<mark>the</mark>\n<mark>Parties</mark>')).toBe('<mark>the</mark> <mark>Parties</mark>');
  });

  it('joins titles only: a paragraph or a table row keeps its lines', () => {
    expect(readText({ kind: 'heading' }, '第十五次\n缔约方大会')).toBe('第十五次缔约方大会');
    expect(readText({ kind: 'toc-entry' }, '第十五次\n缔约方大会')).toBe('第十五次缔约方大会');
    expect(readText({ kind: 'indicator' }, '18\n城镇居民人均可支配收入')).toBe('18\n城镇居民人均可支配收入');
  });
});
