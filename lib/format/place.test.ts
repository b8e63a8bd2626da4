import { describe, expect, it } from 'vitest';
import { docWith } from '../../test/helpers';
import { crumbs, levelLabel, placeLine, roman, zhNumeral } from './place';

describe('outline labels', () => {
  it('numbers levels the way the plan does, and in English', () => {
    expect([1, 10, 12, 20, 30, 41, 45].map(zhNumeral)).toEqual(['一', '十', '十二', '二十', '三十', '四十一', '四十五']);
    expect([1, 4, 9, 12, 13].map(roman)).toEqual(['I', 'IV', 'IX', 'XII', 'XIII']);
    expect(levelLabel('chapter', 30, 'zh')).toBe('第三十章');
    expect(levelLabel('box', 38, 'zh')).toBe('专栏38');
    expect(levelLabel('part', 9, 'en')).toBe('Part IX');
  });

  it('names a paragraph’s place from part to box, in each language', () => {
    const d = docWith('控源截污工程：');
    expect(crumbs(d, 'zh').map((c) => c.label)).toEqual(['第九篇', '第三十章', '第一节', '专栏38']);
    expect(placeLine(d, 'zh')).toBe('第三十章 实施碧水行动 › 第一节 重点推进滇池流域治理 › 专栏38 滇池治理重大工程');
    expect(placeLine(d, 'en', 'chapter', ', ')).toMatch(/^Chapter 30: .+, Section 1: .+, Box 38: .+$/);
  });
});
