import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../lib/corpus/fingerprint';
import type { PlanDocument } from '../lib/plan/model';
import { ingested } from './helpers';
import {
  approvedTerms,
  approvedTermsMissing,
  extraParentheses,
  houseStyleProblems,
  numbersMissing,
  qualifiersMissing,
  translationProblems,
} from '../lib/corpus/translation-checks';
import type { Glossary } from '../lib/corpus/schemas';

/**
 * Mechanical checks of the English text (corpus/kunming-14th-five-year-plan.en.jsonl), the project's
 * own translation. Its quality is reviewed by people; these checks catch what a reviewer can miss:
 * a paragraph left out, Chinese left in, a figure dropped or converted wrongly, a term rendered two ways.
 */

interface Translation {
  id: string;
  /** The first 16 hex digits of the SHA-256 of the Chinese text it translates. */
  zh: string;
  en: string;
}

const translations: Translation[] = readFileSync('corpus/kunming-14th-five-year-plan.en.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Translation);
const byId = new Map(translations.map((t) => [t.id, t]));
const glossary = JSON.parse(readFileSync('corpus/glossary.json', 'utf8')) as Glossary;
const districts = (JSON.parse(readFileSync('corpus/districts.json', 'utf8')) as { districts: { zh: string; en: string }[] }).districts;
const titles = JSON.parse(readFileSync('corpus/kunming-14th-five-year-plan.titles.json', 'utf8')) as Record<string, Record<string, { zh: string; en: string }>>;
const terms = approvedTerms(glossary);

/** Every document with text of its own; headings and contents entries use the curated titles. */
const inScope = (d: PlanDocument) => d.kind !== 'heading' && d.kind !== 'toc-entry';

describe('the English text', () => {
  const docs = ingested().documents;
  const scope = docs.filter(inScope);

  it('covers every document of the plan, headings and contents entries included', () => {
    expect(scope.length).toBeGreaterThan(500);
    expect(docs.filter((d) => !d.translations?.en).map((d) => d.id)).toEqual([]);
    expect(scope.filter((d) => !byId.has(d.id)).map((d) => d.id)).toEqual([]);
    // 目录, 序言, the indicator table's heading and the contents entries of chapters 42–45 and the appendices.
    expect(docs.filter((d) => !d.part && !d.chapter && !d.translations?.en).map((d) => d.id)).toEqual([]);
    expect(docs.find((d) => d.text === '目　录')!.translations?.en).toBe('Contents');
    expect(docs.find((d) => d.kind === 'toc-entry' && d.text.startsWith('第四十五章'))!.translations?.en).toMatch(/^Chapter 45: /);
    expect(docs.find((d) => d.kind === 'toc-entry' && d.text.startsWith('附件2'))!.translations?.en).toBe('Appendix 2: Glossary of Terms');
  });

  it('translates the Chinese as it is now: every fingerprint matches, no entry names an unknown document', () => {
    const text = new Map(docs.map((d) => [d.id, d.text]));
    expect(translations.filter((t) => !text.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(translations.filter((t) => fingerprint(text.get(t.id)!) !== t.zh).map((t) => t.id)).toEqual([]);
  });

  it('passes every mechanical check: no Chinese, figures, qualifiers, marked notes, approved terms, table lines, house style', () => {
    const problems = docs.filter((d) => byId.has(d.id)).flatMap((d) => translationProblems(d, byId.get(d.id)!.en, terms));
    expect(problems).toEqual([]);
  });

  it('gives no two documents the same English', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const t of translations) {
      if (seen.has(t.en)) dupes.push(`${t.id} = ${seen.get(t.en)}`);
      seen.set(t.en, t.id);
    }
    expect(dupes).toEqual([]);
  });

  it('renders every term of the glossary in its one approved English wherever the Chinese has it', () => {
    // Counted here, so that a check that silently matched nothing would fail.
    let checked = 0;
    for (const d of scope) {
      const { text } = d;
      checked += terms.filter((t) => text.includes(t.zh)).length;
    }
    expect(checked).toBeGreaterThan(800);
    expect(scope.flatMap((d) => approvedTermsMissing(d.text, byId.get(d.id)!.en, terms, d.tokens).map((m) => `${d.id}: ${m}`))).toEqual([]);
  });

  it('words the outline titles with the approved terms and the house style too', () => {
    const problems: string[] = [];
    for (const [group, entries] of Object.entries(titles)) {
      for (const [key, t] of Object.entries(entries)) {
        for (const m of approvedTermsMissing(t.zh, t.en, terms)) problems.push(`${group} ${key}: ${m}`);
        for (const m of houseStyleProblems({ kind: 'title', en: t.en })) problems.push(`${group} ${key}: ${m}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every district, county and zone as the gazetteer does, in the glossary too', () => {
    const first = new Map(glossary.map((g) => [g.zh, g.en[0]]));
    const differ = districts.filter((d) => first.has(d.zh) && first.get(d.zh) !== d.en).map((d) => `${d.zh}: ${d.en} ≠ ${first.get(d.zh)}`);
    expect(differ).toEqual([]);
    expect(districts.find((d) => d.zh === '滇中新区')!.en).toBe('Central Yunnan New Area');
  });

  it('has one entry per Chinese term, so that no batch can pick between two approved forms', () => {
    // Two entries for the same Chinese would let a batch pick either.
    const zh = glossary.map((g) => g.zh);
    expect(zh.filter((z, i) => zh.indexOf(z) !== i)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('accepts exact conversions and catches a dropped or altered figure', () => {
    expect(numbersMissing('6733.79亿元', '673.379 billion yuan')).toEqual([]);
    expect(numbersMissing('12.5万人', '125,000 people')).toEqual([]);
    expect(numbersMissing('1000—3000亿元', '100 billion to 300 billion yuan')).toEqual([]);
    expect(numbersMissing('2021年3月29日', 'March 29, 2021')).toEqual([]);
    expect(numbersMissing('6733.79亿元', '673.38 billion yuan')).toEqual(['6733.79亿']);
    expect(numbersMissing('增长7.5%', 'growth of 8%')).toEqual(['7.5']);
  });

  it('catches a lost qualifier (km14-ind-11 once read "capital introduced" for 实际引进)', () => {
    expect(qualifiersMissing('实际引进市外资金累计', 'cumulative capital introduced from outside the city')).toEqual(['实际']);
    expect(qualifiersMissing('实际引进市外资金累计', 'capital actually brought in from outside the city, cumulatively')).toEqual([]);
    expect(qualifiersMissing('达到72%左右', 'reach 72%')).toEqual(['左右']);
    expect(qualifiersMissing('力争达到', 'strive to reach')).toEqual([]);
    // 以上市公司高管为目标: 以 + 上市公司, "targeting executives of listed companies".
    expect(qualifiersMissing('以上市公司高管为目标', 'targeting executives of listed companies')).toEqual([]);
    expect(qualifiersMissing('增长15%以上', 'grow by 15%')).toEqual(['以上']);
  });

  it("catches a translator's note in parentheses, and allows the source's own", () => {
    expect(extraParentheses('“5+8”产业', 'the "5+8" industries (eight key emerging industries)')).toBe(1);
    expect(extraParentheses('“5+8”产业', 'the "5+8" industries')).toBe(0);
    expect(extraParentheses('研究与试验发展（R&D）', 'research and experimental development (R&D)')).toBe(0);
  });

  it('requires the approved form, not any listed one, and skips a short term jieba did not cut as a word', () => {
    const t = approvedTerms([
      { zh: '高原特色农业', en: ['agriculture with plateau characteristics', 'plateau specialty agriculture'], kind: 'industry' },
      { zh: '电网', en: ['power grid'], kind: 'infrastructure' },
      { zh: '经济', en: ['economy'], kind: 'general' },
    ]);
    expect(approvedTermsMissing('发展高原特色农业', 'develop plateau specialty agriculture', t)).toEqual(['高原特色农业 → agriculture with plateau characteristics']);
    expect(approvedTermsMissing('发展高原特色农业', 'develop Agriculture with Plateau Characteristics', t)).toEqual([]);
    expect(approvedTermsMissing('建设充电网络', 'build charging networks', t, ['建设', '充电', '网络'])).toEqual([]);
    expect(approvedTermsMissing('建设电网', 'build the grid', t, ['建设', '电网'])).toEqual(['电网 → power grid']);
    expect(approvedTermsMissing('经济', 'economic', t)).toEqual([]);
  });

  it('holds one house style', () => {
    expect(houseStyleProblems({ kind: 'paragraph', en: 'the “Spring City Plan”' })).toHaveLength(1);
    expect(houseStyleProblems({ kind: 'paragraph', en: 'the "Spring City Plan," and' })).toHaveLength(1);
    expect(houseStyleProblems({ kind: 'paragraph', en: 'the "Spring City Plan", and' })).toEqual([]);
    expect(houseStyleProblems({ kind: 'box-item', en: 'Smart logistics. We will build hubs.' })).toHaveLength(1);
    expect(houseStyleProblems({ kind: 'paragraph', en: 'a regional centre' })).toHaveLength(1);
    expect(houseStyleProblems({ kind: 'paragraph', en: 'the Shanghai Cooperation Organisation' })).toEqual([]);
    expect(houseStyleProblems({ kind: 'paragraph', en: 'and the', truncated: true })).toHaveLength(1);
  });
});

describe('ingest attaches the English', () => {
  const doc = (id: string) => ingested().documents.find((d) => d.id === id)!;

  it('to every translated document, the Chinese unchanged', () => {
    const d = doc('km14-c10-s1-p1');
    expect(d.translations?.en).toBe(byId.get('km14-c10-s1-p1')!.en);
    expect(d.text.startsWith('更好地利用国内国际两个市场两种资源')).toBe(true);
  });

  it('to headings and the contents entries that repeat them, from the curated titles', () => {
    expect(doc('km14-c30').translations?.en).toMatch(/^Chapter 30: /);
    const toc = ingested().documents.find((d) => d.kind === 'toc-entry' && d.repeats === 'km14-c1')!;
    expect(toc.translations?.en).toBe(doc('km14-c1').translations?.en);
  });

  it('never a translation whose Chinese has changed: it is reported as stale', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadCorpus } = await import('../lib/corpus/load');
    const { ingest } = await import('../ingest/pipeline');
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    cpSync('corpus', dir, { recursive: true });
    // The translation of one paragraph was made from other Chinese: its fingerprint no longer matches.
    const lines = translations.map((t) => JSON.stringify(t.id === 'km14-c10-s1-p1' ? { ...t, zh: '0000000000000000' } : t));
    writeFileSync(join(dir, 'kunming-14th-five-year-plan.en.jsonl'), lines.join('\n') + '\n');
    const result = ingest(loadCorpus(dir));
    expect(result.stale).toEqual(['en km14-c10-s1-p1']);
    expect(result.documents.find((d) => d.id === 'km14-c10-s1-p1')!.translations).toBeUndefined();
    expect(result.documents.find((d) => d.id === 'km14-c10-s2-p1')!.translations?.en).toBe(byId.get('km14-c10-s2-p1')!.en);
  });
});
