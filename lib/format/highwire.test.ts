import { describe, expect, it } from 'vitest';
import { docWith, ingested } from '../../test/helpers';
import { highwireTags } from './highwire';
import { referenceOf } from './reference';

const tags = (lang: 'zh' | 'en') =>
  highwireTags(
    referenceOf({ doc: docWith('推进海绵城市建设'), plan: ingested().outline.documents[0]!, url: `https://example.org/${lang}/p/km14-c17-s1-p4`, accessed: '2026-11-29', lang }),
  );

describe('Highwire Press tags', () => {
  it('name the issuer and the date the notice gives (昆明市人民政府, 2021年3月29日), and the permalink', () => {
    expect(tags('zh')).toMatchObject({
      citation_author: '昆明市人民政府',
      citation_publication_date: '2021/03/29',
      citation_public_url: 'https://example.org/zh/p/km14-c17-s1-p4',
      citation_language: 'zh-CN',
    });
    expect(tags('en')).toMatchObject({ citation_author: "Kunming Municipal People's Government", citation_public_url: 'https://example.org/en/p/km14-c17-s1-p4' });
  });

  it('title the item with the paragraph’s place and the plan’s title', () => {
    expect(tags('zh').citation_title).toBe('《昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第十七章 培育发展昆明都市圈 第一节 提升中心城区功能');
    expect(tags('en').citation_title).toMatch(
      /^Chapter 17: .+, Section 1: .+ — 昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 \[Outline of the 14th Five-Year Plan .+\]$/,
    );
  });

  it('make Zotero save a report of the issuing institution, not a web page: the report institution is there', () => {
    // Zotero's Embedded Metadata translator sets the item type to "report" on this tag, above any OpenGraph type.
    expect(tags('zh').citation_technical_report_institution).toBe('昆明市人民政府');
    // The notice prints no document number (文号): none is invented.
    expect(tags('zh')).not.toHaveProperty('citation_technical_report_number');
  });
});
