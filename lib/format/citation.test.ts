import { describe, expect, it } from 'vitest';
import { docWith, ingested } from '../../test/helpers';
import { apa, bibtex, chicago, cite, CITATION_STYLES, gbt7714, shortSource } from './citation';
import { rowTranslation } from './table-translation';

const plan = () => ingested().outline.documents[0]!;
const input = (lang: 'zh' | 'en' = 'zh') => ({
  doc: docWith('推进海绵城市建设'),
  plan: plan(),
  url: 'https://example.org/zh/p/km14-c17-s1-p4',
  accessed: '2026-11-29',
  lang,
});

describe('citations', () => {
  // Chapter 17, section 1 (source line 1222) has its own paragraphs on lines 1224, 1226, 1240 and
  // 1250, with boxes 23 and 24 between them: 推进海绵城市建设 (line 1250) is its 4th paragraph.
  it('GB/T 7714-2015: issuer, title, place down to the paragraph, [EB/OL], dates and URL in order', () => {
    expect(gbt7714(input())).toBe(
      '昆明市人民政府. 昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要: 第五篇 构筑区域协调发展新格局 第十七章 培育发展昆明都市圈 第一节 提升中心城区功能 第4段[EB/OL]. (2021-03-29)[2026-11-29]. https://example.org/zh/p/km14-c17-s1-p4.',
    );
  });

  it('APA and Chicago name the issuer, date, both titles and the chapter, section and paragraph', () => {
    const a = apa(input('en'));
    expect(a).toMatch(/^Kunming Municipal People's Government\. \(2021, March 29\)\. 昆明市国民经济/);
    expect(a).toMatch(/\(Chapter 17: [^()]+, Section 1: [^()]+, para\. 4\)\. https:/);
    expect(a.endsWith('https://example.org/zh/p/km14-c17-s1-p4')).toBe(true);
    const c = chicago(input('en'));
    expect(c).toContain('March 29, 2021');
    expect(c).toMatch(/, para\. 4\. Accessed November 29, 2026\./);
  });

  it('a box item is cited by its box and item, the preface by its paragraph', () => {
    // Box 38 (line 1711): 控源截污工程 (1713) is item 1, 水资源管理工程 (1715) item 2.
    const item = { ...input(), doc: docWith('水资源管理工程：实施第九水质净化厂') };
    expect(gbt7714(item)).toContain(': 第九篇 打造绿色低碳的美丽昆明 第三十章 实施碧水行动 第一节 重点推进滇池流域治理 专栏38 滇池治理重大工程 第2项[EB/OL]');
    expect(shortSource(item).source).toBe('昆明市人民政府《昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》专栏38第2项');
    expect(shortSource({ ...item, lang: 'en' }).source).toMatch(/^Kunming Municipal People's Government, 昆明市.+纲要 \[.+\], box 38, item 2$/);
    // The preface's second paragraph (line 153) names the plan in 《》.
    const preface = { ...input('en'), doc: docWith('根据《中共中央关于制定国民经济和社会发展第十四个五年') };
    expect(apa(preface)).toContain('(preface, para. 2)');
    expect(chicago(preface)).toContain('. Preface, para. 2. Accessed');
  });

  it('BibTeX is a @misc entry keyed by the id, with braces balanced and specials escaped', () => {
    const b = bibtex(input());
    expect(b.startsWith('@misc{km14-c17-s1-p4,\n')).toBe(true);
    expect(b).toContain('year = 2021');
    expect(b).toContain('month = mar');
    expect(b).toContain('url = {https://example.org/zh/p/km14-c17-s1-p4}');
    expect((b.match(/{/g) ?? []).length).toBe((b.match(/}/g) ?? []).length);
  });

  it('cites every style for every kind of document without throwing', () => {
    for (const d of ingested().documents.filter((_, k) => k % 37 === 0)) {
      for (const style of CITATION_STYLES) {
        expect(cite(style, { ...input(), doc: d })).toContain('https://example.org/');
      }
    }
  });
});

describe('quotations', () => {
  const labels = { translation: 'unofficial translation by Plan Search', original: 'original Chinese, not yet translated' };

  it('quote the English on English pages, labelled unofficial, with the printed and translated titles', () => {
    // Source (chapter 10, section 1): 更好地利用国内国际两个市场两种资源…
    const q = cite('quote', { ...input('en'), doc: ingested().documents.find((d) => d.id === 'km14-c10-s1-p1')!, quoteLabels: labels });
    expect(q).toMatch(
      /^“[A-Z][^“”]+” \(unofficial translation by Plan Search\)\. Kunming Municipal People's Government, 昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 \[/,
    );
    expect(q).not.toMatch(/更好地利用/);
    expect(q).toContain('], ch. 10, sec. 1, para. 1. https://example.org/');
  });

  it('quote the original where there is no translation yet, and say so', () => {
    // Every paragraph of the plan has English now; a document without it is quoted in the original.
    const q = cite('quote', { ...input('en'), doc: { ...docWith('坚持将滇池保护治理作为“一把手”工程'), translations: undefined }, quoteLabels: labels });
    expect(q).toContain('持续实施入湖河道水质目标');
    expect(q).toContain('(original Chinese, not yet translated)');
  });

  it('quote the Chinese on Chinese pages, with the issuer and the title in 《》', () => {
    const q = cite('quote', input('zh'));
    // The paragraph (chapter 17, section 1, its 4th) begins 提升城市排涝能力。推进海绵城市建设.
    expect(q).toMatch(
      /^“提升城市排涝能力。推进海绵城市建设[\s\S]*”（昆明市人民政府《昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第十七章第一节第4段）https:\/\/example\.org\/zh\/p\/km14-c17-s1-p4$/,
    );
  });

  const doc = (id: string) => ingested().documents.find((d) => d.id === id)!;

  it('quote an indicator row as labelled lines, in Chinese as printed and in English as translated', () => {
    // Source rows 319–331, indicator 5: 户籍人口城镇化率 | % | 68.7 | 72左右 | 预期性 | 市公安局 (category 经济发展 merged from row 1).
    const zh = cite('quote', { ...input('zh'), doc: doc('km14-ind-05') });
    expect(zh).toMatch(/^“序号：5\n类别：经济发展\n指标名称：户籍人口城镇化率\n单位：%\n2020年：68\.7\n2025年：72左右\n属性：预期性\n数据来源：市公安局”（昆明市人民政府/);
    const rows = ingested().documents.filter((d) => d.kind === 'indicator');
    const en = cite('quote', { ...input('en'), doc: doc('km14-ind-05'), quoteLabels: labels, cells: rowTranslation(rows, doc('km14-ind-05'), 'en') });
    expect(en).toMatch(/^“No\.: 5\nCategory: Economic Development\nIndicator: Urbanization rate of registered population\nUnit: %\n2020: 68\.7\n2025 target: About 72\n/);
    expect(en).toContain('Type: Anticipatory\nSource: Municipal Public Security Bureau” (unofficial translation by Plan Search). ');
    expect(en).not.toContain(' / ');
  });

  it('quote a title the source wraps over two lines as one line', () => {
    // Source lines 1003–1005: 第一节 全力服务联合国《生物多样性公约》第十五次 / 缔约方大会和中国国际友好城市大会.
    const q = cite('quote', { ...input('zh'), doc: doc('km14-c13-s1') });
    expect(q).toContain('第十五次缔约方大会');
    expect(q).not.toContain(' / ');
  });
});
