/**
 * `npm run eval`: the judged query sets (the shared sample, test/eval/extended-queries.json,
 * english-queries.json and quality-queries.json) on the engine built from data/: recall@k (each
 * expected paragraph within the query's k) and MRR@10 (per query, 1 / the rank of the first paragraph
 * that states the answer, 0 past 10), each by the language typed; negatives (a query for what the
 * plan does not contain) pass when nothing is counted as a match. Every miss and low rank is listed.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../lib/search/engine';
import { parseSearchParams } from '../lib/search/request';
import { sampleQueries, type SampleQuery } from '../test/sample-queries';
import { search } from '../lib/search/search';
import { shownHits } from '../lib/search/respond';
import { judge, summarize } from '../test/eval/judge';

const sets: [string, SampleQuery[]][] = [
  ['sample', sampleQueries()],
  ['extended', JSON.parse(readFileSync('test/eval/extended-queries.json', 'utf8')) as SampleQuery[]],
  ['english', JSON.parse(readFileSync('test/eval/english-queries.json', 'utf8')) as SampleQuery[]],
  // Analysts' English, questions, figures written the other way, abbreviations, negatives (issue 19).
  ['quality', JSON.parse(readFileSync('test/eval/quality-queries.json', 'utf8')) as SampleQuery[]],
];

const engine = createEngine();
const f = (n: number) => n.toFixed(3);
for (const [name, queries] of sets) {
  const results = [];
  for (const s of queries) {
    const r = await search(engine, parseSearchParams({ q: s.q, per: '50', ...(s.filters ?? {}) }));
    results.push(judge(s, r.total, shownHits(r), r.sections));
  }
  const all = summarize(results);
  console.log(
    `${name}: recall@k ${f(all.recall)} (${all.found}/${all.expected}), MRR@10 ${f(all.mrr10)} over ${all.queries} queries${all.negatives ? `, negatives ${all.negativesPassed}/${all.negatives}` : ''}`,
  );
  // By the language the query is typed in: English, pinyin, simplified or traditional Chinese.
  const langs = [...new Set(queries.map((q) => q.lang))].sort();
  for (const lang of langs) {
    const s = summarize(results.filter((r) => r.query.lang === lang));
    if (s.queries) console.log(`  ${lang.padEnd(8)} recall ${f(s.recall)} (${s.found}/${s.expected})  MRR@10 ${f(s.mrr10)}`);
  }
  for (const r of results) if (r.problem) console.log(`  ${r.problem}`);
}
