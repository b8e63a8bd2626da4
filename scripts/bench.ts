/**
 * `npm run bench`: latency of the embedded engine over the plan and over a synthetic corpus of
 * 100 copies of it (each copy its own manifest entry), with build times, index size and peak RSS.
 * Prints a table and writes data/bench.json. Figures, not assertions: nothing here can fail a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticCorpus } from './bench-corpus';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);

function measure(corpusDir: string, manifest: string) {
  const r = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/bench-engine.ts', corpusDir, manifest], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench-engine failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const f = (n: number, d = 2) => n.toFixed(d);

function main() {
  console.log('measuring the plan…');
  const plan = measure('corpus', 'manifest.json');
  console.log(`measuring ${COPIES} copies…`);
  const dir = syntheticCorpus(COPIES);
  const scale = measure(dir, 'manifest.json');
  rmSync(dir, { recursive: true, force: true });

  const rows = [
    ['', 'plan', `${COPIES}× plan`],
    ['documents', plan.documents, scale.documents],
    ['ingest (s)', f(plan.ingestMs / 1000), f(scale.ingestMs / 1000)],
    ['  of which jieba (s)', f(plan.jiebaMs / 1000), f(scale.jiebaMs / 1000)],
    ['index build (s)', f(plan.indexMs / 1000), f(scale.indexMs / 1000)],
    ['ingest + index (s)', f((plan.ingestMs + plan.indexMs) / 1000), f((scale.ingestMs + scale.indexMs) / 1000)],
    ['index size (MiB)', f(plan.indexBytes / 2 ** 20, 1), f(scale.indexBytes / 2 ** 20, 1)],
    ['first query, cold (ms)', f(plan.firstQueryMs, 1), f(scale.firstQueryMs, 1)],
    [`queries (with hits)`, `${plan.queries} (${plan.queriesWithHits})`, `${scale.queries} (${scale.queriesWithHits})`],
    ['p50 / p95 / p99 (ms)', `${f(plan.plain.p50)} / ${f(plan.plain.p95)} / ${f(plan.plain.p99)}`, `${f(scale.plain.p50)} / ${f(scale.plain.p95)} / ${f(scale.plain.p99)}`],
    [
      '  with chapter+topic filter',
      `${f(plan.filtered.p50)} / ${f(plan.filtered.p95)} / ${f(plan.filtered.p99)}`,
      `${f(scale.filtered.p50)} / ${f(scale.filtered.p95)} / ${f(scale.filtered.p99)}`,
    ],
    ['peak RSS (MiB)', f(plan.peakRssMiB, 0), f(scale.peakRssMiB, 0)],
  ];
  const mixRow = (m: { n: number; p50: number; p95: number; max: number } | null) => (m ? `${f(m.p50)} / ${f(m.p95)} / ${f(m.max)}` : 'no mix');
  rows.push(
    ['load mix, first seen (ms)', mixRow(plan.mix), mixRow(scale.mix)],
    ['did-you-mean (ms)', mixRow(plan.suggest), mixRow(scale.suggest)],
    ['did-you-mean index build (ms)', f(plan.spellIndexMs, 0), f(scale.spellIndexMs, 0)],
  );
  const width = [32, 24, 24];
  for (const r of rows) console.log(r.map((c, k) => String(c).padEnd(width[k]!)).join(''));
  // Where a first-seen query's time goes, summed over the mix (lib/search/stopwatch.ts).
  if (plan.mix) {
    const stages = Object.entries(plan.mix.stagesMs as Record<string, number>).sort((a, b) => b[1] - a[1]);
    console.log(`stages over the mix (plan, ms): ${stages.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }
  mkdirSync('data', { recursive: true });
  writeFileSync('data/bench.json', JSON.stringify({ date: new Date().toISOString(), engine: 'embedded', plan, scale: { copies: COPIES, ...scale } }, null, 2) + '\n');
  console.log('figures written to data/bench.json');
}

main();
