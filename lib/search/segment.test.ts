import { readFileSync } from 'node:fs';
import { dict } from '@node-rs/jieba/dict';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { queryDictionary, segmenter } from './segment';

const corpus = loadCorpus('corpus');
const small = queryDictionary(corpus);
const whole = segmenter(corpus.userdict, dict);
const part = segmenter(corpus.userdict, Buffer.from(small, 'utf8'));

// Every query users type, of every kind (a copy of ../shared/eval/load-queries.txt), and the judged sets' queries.
const queries = [
  ...readFileSync('test/eval/load-queries.txt', 'utf8').split('\n').filter(Boolean),
  ...['sample', 'extended', 'english'].flatMap((set) => (JSON.parse(readFileSync(`test/eval/${set}-queries.json`, 'utf8')) as { q: string }[]).map((q) => q.q)),
];

describe('the query dictionary (the part of jieba’s dictionary the plans use)', () => {
  it('is a small part of the whole dictionary', () => {
    const words = small.trim().split('\n');
    expect(words.length).toBeLessThan(349_046 / 10);
    // Words the plan uses, from the whole dictionary, with their frequencies.
    expect(words).toContain('滇池 117 ns');
    expect(words.some((l) => l.startsWith('阿司匹林 '))).toBe(false);
  });

  it('cuts every line of the plans exactly as the whole dictionary does, in both modes', () => {
    const lines = corpus.plans.flatMap((p) => p.source.split('\n')).filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(700);
    for (const line of lines) {
      expect(part.forQuery(line), line).toEqual(whole.forQuery(line));
      expect(part.forIndex(line), line).toEqual(whole.forIndex(line));
    }
  });

  it('cuts the queries users type exactly as the whole dictionary does', () => {
    expect(queries.length).toBeGreaterThan(400);
    for (const q of queries) {
      expect(part.forQuery(q), q).toEqual(whole.forQuery(q));
      expect(part.forIndex(q), q).toEqual(whole.forIndex(q));
    }
  });
});
