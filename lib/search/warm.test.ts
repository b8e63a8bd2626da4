import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { EmbeddedEngine } from './embedded';
import { WARM_QUERIES } from './engine';
import { search } from './search';
import type { SearchRequest, SearchResponse } from './types';
import { districtAliases } from './vocabulary';

describe('warm-up queries', () => {
  let answers: SearchResponse[];
  beforeAll(async () => {
    const engine = new EmbeddedEngine(join(mkdtempSync(join(tmpdir(), 'warm-')), 'index.sqlite'), districtAliases());
    await engine.index(ingested().documents);
    const base: SearchRequest = { q: '', chapter: [], district: [], topic: [], page: 1, per: 20, sort: 'relevance' };
    answers = await Promise.all(WARM_QUERIES.map((q) => search(engine, { ...base, ...q })));
  });

  it('stay out of the load mix, so that npm run load measures queries seen for the first time', () => {
    const mix = new Set(
      readFileSync('test/eval/load-queries.txt', 'utf8')
        .split('\n')
        .map((q) => q.trim()),
    );
    for (const q of WARM_QUERIES) expect(mix.has(q.q!), q.q).toBe(false);
  });

  it('take every path a visitor’s query can take', () => {
    const by = (q: string) => answers[WARM_QUERIES.findIndex((w) => w.q === q)]!;
    // Traditional characters, pinyin and English reach Chinese text.
    expect(by('長水機場 航空樞紐').total).toBeGreaterThan(0);
    expect(by('dianchi hu shuizhi').query.expanded).toBe(true);
    expect(by('how will the city protect plateau lakes').total).toBeGreaterThan(0);
    // A misspelling gets a correction; junk gets nothing.
    expect(by('ecologcal protecton').query.suggestion).toBe('ecological protection');
    expect(by('qwzx vbnm').total).toBe(0);
    // An exclusion, a filter, the second page in plan order, a word being typed.
    expect(by('滇池 -蓝藻').query.excluded).toEqual(['蓝藻']);
    expect(by('旅游 民族文化').total).toBeGreaterThan(0);
    expect(by('旅游 民族文化').hits.every((h) => h.chapter?.no === 20)).toBe(true);
    expect(by('tourism').page).toBe(2);
    expect(by('infant mort').total).toBeGreaterThan(0);
  });
});
