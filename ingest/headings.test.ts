import { describe, expect, it } from 'vitest';
import { arabicNumber, chineseNumber, endsSentence, isHeadingContinuation, matchHeading } from './headings';

describe('heading recognisers', () => {
  it('reads Chinese and full-width numerals', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十'), chineseNumber('四十五'), chineseNumber('一百零三')]).toEqual([
      1, 10, 12, 20, 45, 103,
    ]);
    expect(chineseNumber('abc')).toBeNull();
    expect([arabicNumber('３'), arabicNumber('12'), arabicNumber('１２')]).toEqual([3, 12, 12]);
  });

  it('recognises parts, chapters, sections, boxes and appendices with any separator', () => {
    expect(matchHeading('第二篇 坚持创新驱动塑造发展新优势')).toEqual({ level: 'part', no: 2, title: '坚持创新驱动塑造发展新优势' });
    expect(matchHeading('第三十章\u3000实施碧水行动')).toEqual({ level: 'chapter', no: 30, title: '实施碧水行动' });
    expect(matchHeading('第四节 提升产业链供应链现代化水平')).toMatchObject({ level: 'section', no: 4 });
    expect(matchHeading('专栏３\u3000千亿级产业重点发展方向')).toEqual({ level: 'box', no: 3, title: '千亿级产业重点发展方向' });
    expect(matchHeading('附件2.名词解释')).toEqual({ level: 'appendix', no: 2, title: '名词解释' });
  });

  it('does not take a sentence that starts like a heading for one', () => {
    expect(matchHeading('第一章')).toBeNull();
    expect(matchHeading('第一节' + '这是一段很长的正文'.repeat(10))).toBeNull();
    expect(matchHeading('专栏内容如下')).toBeNull();
  });

  it('tells a wrapped heading tail and a cut-off sentence', () => {
    expect(isHeadingContinuation('缔约方大会和中国国际友好城市大会')).toBe(true);
    expect(isHeadingContinuation('坚持最高标准、最严要求，全力保障。')).toBe(false);
    expect(endsSentence('建立健全党委领导、政府负责、民主协商、')).toBe(false);
    expect(endsSentence('提升城市排涝能力。')).toBe(true);
  });
});
