import { describe, expect, it } from 'vitest';
import { docWith } from '../../test/helpers';
import { crumbs, levelLabel, locator, placeLine, precisePlace, roman, zhNumeral } from './place';

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

  it('pinpoints a paragraph by chapter, section and number, a box item by box and item (checked against the source)', () => {
    // Chapter 30 (line 1703), section 1 (1707): 坚持将滇池保护治理 (1709) is its first paragraph.
    const p = docWith('坚持将滇池保护治理作为“一把手”工程');
    expect(locator(p, 'zh')).toBe('第三十章第一节第1段');
    expect(locator(p, 'en')).toBe('ch. 30, sec. 1, para. 1');
    // Chapter 17, section 1 (1222): paragraphs on 1224, 1226, 1240, 1250, boxes 23 and 24 between them.
    expect(locator(docWith('提升城市排涝能力。推进海绵城市建设'), 'zh')).toBe('第十七章第一节第4段');
    // Box 38 (1711): 控源截污工程 (1713), 水资源管理工程 (1715).
    const item = docWith('水资源管理工程：实施第九水质净化厂');
    expect(locator(item, 'zh')).toBe('专栏38第2项');
    expect(locator(item, 'en')).toBe('box 38, item 2');
    // Chapter 30's introduction (1705) and part IX's (before chapter 30's part heading).
    expect(locator(docWith('切实推进以滇池、阳宗海为重点的流域水环境治理'), 'en')).toBe('ch. 30, para. 1');
    expect(locator(docWith('树牢绿水青山就是金山银山的理念'), 'en')).toBe('pt. IX, para. 1');
    // The main-indicator table, row 5: 户籍人口城镇化率; and the front matter.
    expect(locator(docWith('户籍人口城镇化率\n%'), 'zh')).toBe('第二章第四节主要指标表第5行');
    expect(locator(docWith('户籍人口城镇化率\n%'), 'en')).toBe('ch. 2, sec. 4, main indicators table, row 5');
    expect(locator(docWith('根据《中共中央关于制定国民经济和社会发展第十四个五年'), 'zh')).toBe('序言第2段');
  });

  it('names the place with its titles and then the number', () => {
    expect(precisePlace(docWith('水资源管理工程：实施第九水质净化厂'), 'zh', 'chapter', ' ')).toBe(
      '第三十章 实施碧水行动 第一节 重点推进滇池流域治理 专栏38 滇池治理重大工程 第2项',
    );
    expect(precisePlace(docWith('坚持将滇池保护治理作为“一把手”工程'), 'en', 'chapter', ', ')).toMatch(/^Chapter 30: .+, Section 1: .+, para\. 1$/);
  });
});
