import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../lib/corpus/fingerprint';
import type { PlanDocument } from '../lib/plan/model';
import { ingested } from './helpers';

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
const glossary = JSON.parse(readFileSync('corpus/glossary.json', 'utf8')) as { zh: string; en: string[]; kind: string }[];

/** Translated so far: the front matter and parts 1–3 (chapters 1–10). Headings use the curated titles. */
const inScope = (d: PlanDocument) => d.kind !== 'heading' && d.kind !== 'toc-entry' && (d.chapter ? d.chapter.no <= 10 : !d.part || d.part.no <= 3);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Every Arabic number of the Chinese, as the English may write it: as printed, or converted exactly
 * (亿 → billion or 100 million, 万 → ×10,000 or million, 万亿 → trillion); a month as its name.
 * A unit after a range (1000—3000亿元) applies to both ends.
 */
function numbersMissing(zh: string, en: string): string[] {
  const plain = en.replace(/(\d),(\d{3})/g, '$1$2');
  const found = new Set((plain.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
  const has = (v: number) => [...found].some((e) => Math.abs(e - v) < 1e-9 * Math.max(1, Math.abs(v)));
  const missing: string[] = [];
  const re = /(\d+(?:\.\d+)?)(?:\s*[—\-－～~至到]\s*(\d+(?:\.\d+)?))?\s*(万亿|亿|万|月)?/g;
  for (const m of zh.matchAll(re)) {
    const unit = m[3];
    for (const raw of [m[1], m[2]]) {
      if (raw === undefined) continue;
      const n = Number(raw);
      const ok = [n];
      if (unit === '亿') ok.push(n / 10, n * 100, n * 1e8);
      if (unit === '万') ok.push(n * 1e4, n / 100, n * 10);
      if (unit === '万亿') ok.push(n * 1000, n * 1e12);
      const month = unit === '月' && n >= 1 && n <= 12 && en.includes(MONTHS[n - 1]!);
      if (!month && !ok.some(has)) missing.push(`${raw}${unit ?? ''}`);
    }
  }
  return missing;
}

describe('the English text', () => {
  const docs = ingested().documents;
  const scope = docs.filter(inScope);

  it('covers every document of the front matter and chapters 1–10', () => {
    expect(scope.length).toBeGreaterThan(170);
    expect(scope.filter((d) => !byId.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it('translates the Chinese as it is now: every fingerprint matches, no entry names an unknown document', () => {
    const text = new Map(docs.map((d) => [d.id, d.text]));
    expect(translations.filter((t) => !text.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(translations.filter((t) => fingerprint(text.get(t.id)!) !== t.zh).map((t) => t.id)).toEqual([]);
  });

  it('leaves no Chinese in the English', () => {
    const left = translations.filter((t) => /[\u3400-\u9fff\uf900-\ufaff]/.test(t.en)).map((t) => `${t.id}: ${t.en.match(/[\u3400-\u9fff]+/g)!.join(' ')}`);
    expect(left).toEqual([]);
  });

  it('keeps one English line per Chinese line in table rows', () => {
    const wrong = scope.filter((d) => d.text.includes('\n') && byId.get(d.id)!.en.split('\n').length !== d.text.split('\n').length);
    expect(wrong.map((d) => d.id)).toEqual([]);
  });

  it('keeps every figure, as printed or converted exactly', () => {
    const missing = scope.flatMap((d) => numbersMissing(d.text, byId.get(d.id)!.en).map((n) => `${d.id}: ${n}`));
    expect(missing).toEqual([]);
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

  it('renders named programmes, places and institutions as the glossary does', () => {
    // Names (four characters or more) are matched longest first, so 南亚东南亚 is not also checked as 南亚.
    const names = glossary.filter((g) => ['place', 'institution', 'programme'].includes(g.kind) && g.zh.length >= 4).sort((a, b) => b.zh.length - a.zh.length);
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/(ies|es|s)\b/g, '')
        .replace(/[^a-z0-9]+/g, ' ');
    const wrong: string[] = [];
    let checked = 0;
    for (const d of scope) {
      let zh = d.text;
      const en = norm(byId.get(d.id)!.en);
      for (const g of names) {
        if (!zh.includes(g.zh)) continue;
        zh = zh.split(g.zh).join('\u0000');
        checked++;
        if (!g.en.some((e) => en.includes(norm(e)))) wrong.push(`${d.id}: ${g.zh} → ${g.en[0]}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('ingest attaches the English', () => {
  const doc = (id: string) => ingested().documents.find((d) => d.id === id)!;

  it('to every translated document, the Chinese unchanged', () => {
    const d = doc('km14-c10-s1-p1');
    expect(d.translations?.en).toBe(byId.get('km14-c10-s1-p1')!.en);
    expect(d.text.startsWith('更好地利用国内国际两个市场两种资源')).toBe(true);
    // Not yet translated: no English at all, rather than anything made up.
    expect(doc('km14-c30-s1-p1').translations?.en).toBeUndefined();
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

describe('the figure check itself', () => {
  it('accepts exact conversions and catches a dropped or altered figure', () => {
    expect(numbersMissing('6733.79亿元', '673.379 billion yuan')).toEqual([]);
    expect(numbersMissing('12.5万人', '125,000 people')).toEqual([]);
    expect(numbersMissing('1000—3000亿元', '100 billion to 300 billion yuan')).toEqual([]);
    expect(numbersMissing('2021年3月29日', 'March 29, 2021')).toEqual([]);
    expect(numbersMissing('6733.79亿元', '673.38 billion yuan')).toEqual(['6733.79亿']);
    expect(numbersMissing('增长7.5%', 'growth of 8%')).toEqual(['7.5']);
  });
});
