import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../lib/search/query';
import { ingested } from './helpers';

const table = JSON.parse(readFileSync('corpus/abbreviations.json', 'utf8')) as { zh: string; forms: string[] }[];

describe('the table of everyday and short words (corpus/abbreviations.json)', () => {
  const texts = ingested().documents.map((d) => d.text.replace(/\s+/g, ''));

  it('maps each word to forms the text uses that the word alone would not find', () => {
    expect(table.length).toBeGreaterThan(8);
    // Most are absent from the text (共享单车, 两山理论); a few occur once and stand for more (双创, 新基建).
    expect(table.filter((a) => !texts.some((t) => t.includes(a.zh))).length).toBeGreaterThan(table.length / 2);
    expect(table.flatMap((a) => a.forms.filter((f) => f.includes(a.zh)))).toEqual([]);
    expect(table.flatMap((a) => a.forms.filter((f) => !texts.some((t) => t.includes(f))).map((f) => `${a.zh} → ${f}`))).toEqual([]);
  });

  it('searches a short word as the forms of the text, the rest of the query as jieba cuts it', () => {
    const q = parseQuery('支持双创');
    const short = q.terms.find((t) => t.input === '双创')!;
    expect(short.alternatives).toEqual(expect.arrayContaining(['大众创业', '万众创新', '双创']));
    expect(q.terms.map((t) => t.input)).toContain('支持');
    expect(parseQuery('国企混改').terms.map((t) => t.input)).toEqual(['国企混改']);
  });
});
