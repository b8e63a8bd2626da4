import { describe, expect, it } from 'vitest';
import { chineseNumber, writtenNumbers } from './numbers';

describe('numbers written the other way', () => {
  it('reads plain Chinese numbers', () => {
    expect([chineseNumber('九十八'), chineseNumber('十五'), chineseNumber('一百'), chineseNumber('七'), chineseNumber('一百零五'), chineseNumber('7.5')]).toEqual([
      98, 15, 100, 7, 105, 7.5,
    ]);
    expect(chineseNumber('万')).toBeNull();
  });

  it('rewrites years spelled digit by digit and percentages in words, as the plan prints them', () => {
    expect(writtenNumbers('二〇二五年农村自来水普及率百分之九十八')).toBe('2025年农村自来水普及率98%');
    expect(writtenNumbers('百分之7.5')).toBe('7.5%');
    // Not a year: no 年 after it; not a number: left as typed.
    expect(writtenNumbers('一二三四')).toBe('一二三四');
    expect(writtenNumbers('百分之多少')).toBe('百分之多少');
  });
});
