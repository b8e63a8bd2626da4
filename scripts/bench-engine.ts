/**
 * Measures one corpus on the embedded engine: ingest, index build, index size, query latency with
 * and without facet filters, and peak RSS. Run as its own process by bench.ts so RSS is its own.
 * Prints one JSON object on stdout.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load';
import { ingest } from '../ingest/pipeline';
import { EmbeddedEngine } from '../lib/search/embedded';
import { parseSearchParams } from '../lib/search/request';
import { districtAliases } from '../lib/search/vocabulary';
import { benchQueries } from './bench-queries';
import { search } from '../lib/search/search';
import { Stopwatch } from '../lib/search/stopwatch';
import { spellIndex, suggest } from '../lib/search/suggest';
import { lexicon } from '../lib/search/lexicon';

/** The shared load mix (376 queries of every kind users type), where the checkout sits beside it. */
const LOAD_MIX = process.env.LOAD_QUERIES ?? '../shared/eval/load-queries.txt';

const [corpusDir = 'corpus', manifest = 'manifest.json'] = process.argv.slice(2);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1]! };
};

async function main() {
  const t0 = performance.now();
  const result = ingest(loadCorpus(corpusDir, manifest));
  const ingestMs = performance.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const engine = new EmbeddedEngine(join(dir, 'index.sqlite'), districtAliases());
  const t1 = performance.now();
  await engine.index(result.documents);
  const indexMs = performance.now() - t1;
  const stats = await engine.stats();
  const t2 = performance.now();
  await search(engine, parseSearchParams({ q: '滇池' }));
  const firstQueryMs = performance.now() - t2;

  // The load mix, each query once and first seen: latency, where the time goes, and the did-you-mean alone.
  const mix = existsSync(LOAD_MIX)
    ? readFileSync(LOAD_MIX, 'utf8')
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean)
    : [];
  // Built once at start-up in the server (warmUp), so timed apart from the queries.
  const t3 = performance.now();
  spellIndex(lexicon());
  const spellIndexMs = performance.now() - t3;
  const mixTimes: number[] = [];
  const stages: Record<string, number> = {};
  const suggestTimes: number[] = [];
  for (const q of mix) {
    const watch = new Stopwatch();
    const s = performance.now();
    await search(engine, parseSearchParams({ q }), watch);
    mixTimes.push(performance.now() - s);
    for (const [k, v] of watch.stages) stages[k] = (stages[k] ?? 0) + v;
  }
  for (const q of mix) {
    const s = performance.now();
    suggest(q);
    suggestTimes.push(performance.now() - s);
  }

  const queries = benchQueries();
  const plain: number[] = [];
  const filtered: number[] = [];
  let hits = 0;
  for (const round of [0, 1]) {
    for (const { q } of queries) {
      const s = performance.now();
      const r = await search(engine, parseSearchParams({ q }));
      const ms = performance.now() - s;
      if (round === 1) plain.push(ms);
      if (r.total > 0) hits++;
      const chapter = r.facets.chapter[0]?.value;
      const topic = r.facets.topic[0]?.value;
      if (round === 1 && chapter && topic) {
        const f = performance.now();
        await search(engine, parseSearchParams({ q, chapter, topic }));
        filtered.push(performance.now() - f);
      }
    }
  }
  engine.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      documents: result.documents.length,
      plans: result.outline.documents.length,
      ingestMs,
      jiebaMs: result.jiebaMs,
      indexMs,
      indexBytes: stats.bytes,
      firstQueryMs,
      queries: queries.length,
      queriesWithHits: hits / 2,
      plain: summary(plain),
      filtered: summary(filtered),
      mix: mix.length ? { ...summary(mixTimes), stagesMs: stages } : null,
      suggest: mix.length ? summary(suggestTimes) : null,
      spellIndexMs,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
