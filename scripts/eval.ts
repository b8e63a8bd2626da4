/**
 * `npm run eval`: recall@k of the judged query sets (the shared sample and test/eval/extended-queries.json)
 * on the embedded engine built from data/, with the rank of every expected paragraph.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../lib/search/engine';
import { parseSearchParams } from '../lib/search/request';
import { sampleQueries, type SampleQuery } from '../test/sample-queries';
import { search } from '../lib/search/search';

const sets: [string, SampleQuery[]][] = [
  ['sample', sampleQueries()],
  ['extended', JSON.parse(readFileSync('test/eval/extended-queries.json', 'utf8')) as SampleQuery[]],
];

const engine = createEngine();
for (const [name, queries] of sets) {
  let found = 0;
  let expected = 0;
  const lines: string[] = [];
  for (const s of queries) {
    const r = await search(engine, parseSearchParams({ q: s.q, per: '50', ...(s.filters ?? {}) }));
    for (const e of s.expect) {
      expected++;
      const rank = r.hits.findIndex((h) => h.text.includes(e)) + 1;
      if (rank > 0 && rank <= s.k) found++;
      else
        lines.push(
          `  miss ${s.id} [${s.lang}] ${JSON.stringify(s.q)} → ${r.query.terms.join(' ') || '(no terms)'}${r.query.relaxed ? ' (relaxed)' : ''}: ${rank > 0 ? `rank ${rank}` : 'not in top 50'} (k=${s.k}), total ${r.total}`,
        );
    }
  }
  console.log(`${name}: recall@k ${(found / expected).toFixed(3)} (${found}/${expected})`);
  for (const l of lines) console.log(l);
}
