import { describe, expect, it } from 'vitest';
import { docWith } from '../../test/helpers';
import { cutAtSentence, emWidth } from './excerpt';

// Chapter 30, section 1, paragraph 1 (source line 1709): its first sentence ends 初步恢复水生态系统功能。
// (63 characters), its second 逐步降低流域生态环境压力。; the paragraph runs to some 460 characters.
const p = docWith('坚持将滇池保护治理作为“一把手”工程');

describe('cutting a paragraph at a sentence', () => {
  it('measures Chinese characters as a full em and Latin as about half', () => {
    expect(emWidth('滇池')).toBe(2);
    expect(emWidth('“一把手”')).toBe(5);
    expect(emWidth('Dianchi')).toBeCloseTo(3.85);
  });

  it('keeps a text that fits as it is, its lines on one line', () => {
    const item = docWith('水资源管理工程：实施第九水质净化厂');
    expect(cutAtSentence(item.text, 200, 'zh-CN')).toEqual({ text: item.text, cut: false });
    expect(cutAtSentence('5\n户籍人口城镇化率\n%', 50, 'zh-CN').text).toBe('5 / 户籍人口城镇化率 / %');
  });

  it('cuts Chinese after the last whole sentence that fits, marked ……', () => {
    const two = p.text.slice(0, p.text.indexOf('逐步降低流域生态环境压力。') + '逐步降低流域生态环境压力。'.length);
    expect(cutAtSentence(p.text, 140, 'zh-CN')).toEqual({ text: `${two}……`, cut: true });
    expect(cutAtSentence(p.text, 70, 'zh-CN').text).toBe(
      '坚持将滇池保护治理作为“一把手”工程，持续实施入湖河道水质目标和污染削减目标双管控，改善流域水环境质量，初步恢复水生态系统功能。……',
    );
  });

  it('cuts a sentence too long for the room after a clause, and a clause too long between characters', () => {
    expect(cutAtSentence(p.text, 40, 'zh-CN').text).toBe('坚持将滇池保护治理作为“一把手”工程……');
    expect(cutAtSentence('一二三四五六七八九十一二三四五六七八九十', 10, 'zh-CN').text).toBe('一二三四五六七八……');
  });

  it('cuts English at a sentence, else after a clause, else between words, with ...', () => {
    const en = p.translations!.en!;
    // "We will continue to treat the protection and management of Dianchi Lake as a "top leader" project, keep applying …"
    expect(cutAtSentence(en, 60, 'en').text).toBe('We will continue to treat the protection and management of Dianchi Lake as a "top leader" project ...');
    // Box 38, item 2 names "the No. 9 Water Purification Plant" and "the No. 14 …": no sentence ends there.
    const item = docWith('水资源管理工程：实施第九水质净化厂').translations!.en!;
    expect(item).toContain('of the No. 14 Water Purification Plant');
    expect(cutAtSentence(item, 150, 'en').text).not.toMatch(/No\. \.\.\.$/);
    expect(cutAtSentence('It is No. 9 of them. And more after it.', 14, 'en').text).toBe('It is No. 9 of them. ...');
    const words = cutAtSentence('Urbanization rate of registered population', 12, 'en').text;
    expect(words).toBe('Urbanization rate ...');
    expect(emWidth(words)).toBeLessThanOrEqual(12);
  });
});
