/**
 * `npm run eval`: recall@k of the judged query sets (the shared sample and test/eval/extended-queries.json)
 * on the embedded engine built from data/, with the rank of every expected paragraph and the mean
 * reciprocal rank (MRR, 0 for a paragraph outside the top 50) of each set.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../lib/search/engine';
import { parseSearchParams } from '../lib/search/request';
import { sampleQueries, type SampleQuery } from '../test/sample-queries';
import { search } from '../lib/search/search';
import { shownHits } from '../lib/search/respond';

const sets: [string, SampleQuery[]][] = [
  ['sample', sampleQueries()],
  ['extended', JSON.parse(readFileSync('test/eval/extended-queries.json', 'utf8')) as SampleQuery[]],
  // English as analysts word it, over translated chapters (n01–n25) and untranslated ones (n26–n40).
  ['english', JSON.parse(readFileSync('test/eval/english-queries.json', 'utf8')) as SampleQuery[]],
];

const engine = createEngine();
for (const [name, queries] of sets) {
  let found = 0;
  let expected = 0;
  let reciprocal = 0;
  const byLang = new Map<string, [found: number, expected: number]>();
  const lines: string[] = [];
  for (const s of queries) {
    const r = await search(engine, parseSearchParams({ q: s.q, per: '50', ...(s.filters ?? {}) }));
    for (const e of s.expect) {
      expected++;
      const rank = shownHits(r).findIndex((h) => h.text.includes(e)) + 1;
      if (rank > 0) reciprocal += 1 / rank;
      const lang = byLang.get(s.lang) ?? [0, 0];
      byLang.set(s.lang, lang);
      lang[1]++;
      if (rank > 0 && rank <= s.k) {
        found++;
        lang[0]++;
      } else
        lines.push(
          `  miss ${s.id} [${s.lang}] ${JSON.stringify(s.q)} → ${r.query.terms.join(' ') || '(no terms)'}${r.query.relaxed ? ' (relaxed)' : ''}: ${rank > 0 ? `rank ${rank}` : 'not in top 50'} (k=${s.k}), total ${r.total}`,
        );
    }
  }
  console.log(`${name}: recall@k ${(found / expected).toFixed(3)} (${found}/${expected}), MRR ${(reciprocal / expected).toFixed(3)}`);
  // By the language the query is typed in: English, pinyin, simplified or traditional Chinese.
  for (const [lang, [f, n]] of [...byLang].sort()) console.log(`  ${lang.padEnd(8)} ${(f / n).toFixed(3)} (${f}/${n})`);
  for (const l of lines) console.log(l);
}
