/**
 * `npm run bench:engines`: the embedded engine and Meilisearch (MEILI_URL, MEILI_MASTER_KEY) side by
 * side, in one run, on the plan and on a corpus of BENCH_COPIES copies of it (100 by default):
 * index build time; the shared load mix (../shared/eval/load-queries.txt, 376 queries of every kind)
 * through the search path `/api/search` answers with, one request at a time, first seen (p50, p95,
 * max, and Meilisearch's p50 as a ratio of the embedded p50 taken in the same run); on the plan,
 * recall@k and MRR@10 of the judged sets on both engines (scored as npm run eval scores them), with every query where they differ; the
 * resident memory of the Meilisearch server (MEILI_PID, or the process listening on MEILI_URL's
 * port) and of this process. Figures, not assertions. Writes data/bench-engines.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load';
import { ingest } from '../ingest/pipeline';
import { EmbeddedEngine } from '../lib/search/embedded';
import type { SearchEngine } from '../lib/search/engine-types';
import { MeiliEngine } from '../lib/search/meili';
import { parseSearchParams } from '../lib/search/request';
import { search } from '../lib/search/search';
import { shownHits } from '../lib/search/respond';
import { judge, summarize } from '../test/eval/judge';
import { districtAliases } from '../lib/search/vocabulary';
import { sampleQueries, type SampleQuery } from '../test/sample-queries';
import { syntheticCorpus } from './bench-corpus';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);
const LOAD_MIX = process.env.LOAD_QUERIES ?? (existsSync('../shared/eval/load-queries.txt') ? '../shared/eval/load-queries.txt' : 'test/eval/load-queries.txt');
const url = process.env.MEILI_URL;
const master = process.env.MEILI_MASTER_KEY;
if (!url || !master) {
  console.error('bench:engines: set MEILI_URL and MEILI_MASTER_KEY to a running Meilisearch (README § Engines)');
  process.exit(2);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1]! };
};

/** Resident memory (MiB) of the Meilisearch server: MEILI_PID, or the process listening on its port. */
function serverRssMiB(): number | null {
  try {
    const pid =
      process.env.MEILI_PID ??
      execFileSync('sh', ['-c', `ss -ltnpH 'sport = :${new URL(url!).port || 7700}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: 'utf8' }).trim();
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return null;
  }
}
const ownRssMiB = () => process.memoryUsage().rss / 2 ** 20;

async function timeMix(engine: SearchEngine, mix: string[]) {
  const times: number[] = [];
  for (const q of mix) {
    const s = performance.now();
    try {
      await search(engine, parseSearchParams({ q }));
    } catch {
      // A query the API refuses (400) is timed like any other answer.
    }
    times.push(performance.now() - s);
  }
  return summary(times);
}

/** recall@k and MRR@10 of one judged set, scored as `npm run eval` scores it (test/eval/judge.ts). */
async function judged(engine: SearchEngine, queries: SampleQuery[]) {
  const results = [];
  for (const s of queries) {
    const r = await search(engine, parseSearchParams({ q: s.q, per: '50', ...(s.filters ?? {}) }));
    results.push(judge(s, r.total, shownHits(r), r.sections));
  }
  const { recall, mrr10, expected } = summarize(results);
  const ranks = Object.fromEntries(results.flatMap((r) => r.ranks.map((rank, k) => [`${r.query.id}#${k}`, rank])));
  return { recall, mrr10, expected, ranks };
}

async function measure(label: string, corpusDir: string, withJudged: boolean) {
  const { documents } = ingest(loadCorpus(corpusDir));
  const dir = mkdtempSync(join(tmpdir(), 'bench-engines-'));
  const embedded = new EmbeddedEngine(join(dir, 'index.sqlite'), districtAliases());
  let t = performance.now();
  await embedded.index(documents);
  const embeddedBuildMs = performance.now() - t;
  const meili = new MeiliEngine({
    host: url!,
    adminKey: master,
    searchKey: process.env.MEILI_SEARCH_KEY ?? master,
    index: `plan-search-bench-${label}`,
    aliases: districtAliases(),
  });
  t = performance.now();
  await meili.index(documents);
  const meiliBuildMs = performance.now() - t;

  const mix = readFileSync(LOAD_MIX, 'utf8')
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
  // Alternating engines over the same mix, so that the machine's load falls on both alike.
  const e1 = await timeMix(embedded, mix);
  const m1 = await timeMix(meili, mix);
  const out: Record<string, unknown> = {
    documents: documents.length,
    build: { embeddedMs: embeddedBuildMs, meiliMs: meiliBuildMs },
    mix: { embedded: e1, meili: m1, meiliOverEmbeddedP50: m1.p50 / e1.p50 },
    rssMiB: { meiliServer: serverRssMiB(), thisProcess: ownRssMiB() },
  };
  if (withJudged) {
    const sets: [string, SampleQuery[]][] = [
      ['sample', sampleQueries()],
      ['extended', JSON.parse(readFileSync('test/eval/extended-queries.json', 'utf8')) as SampleQuery[]],
      ['english', JSON.parse(readFileSync('test/eval/english-queries.json', 'utf8')) as SampleQuery[]],
    ];
    const quality: Record<string, unknown> = {};
    for (const [name, qs] of sets) {
      const a = await judged(embedded, qs);
      const b = await judged(meili, qs);
      const differ = Object.keys(a.ranks)
        .filter((k) => a.ranks[k] !== b.ranks[k])
        .map((k) => `${k} "${qs.find((q) => q.id === k.split('#')[0])!.q}": embedded ${a.ranks[k] || '-'}, meili ${b.ranks[k] || '-'}`);
      quality[name] = { embedded: { recall: a.recall, mrr10: a.mrr10 }, meili: { recall: b.recall, mrr10: b.mrr10 }, expected: a.expected, differ };
    }
    out.quality = quality;
  }
  embedded.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}

const f = (n: number, d = 1) => n.toFixed(d);

async function main() {
  console.log('measuring the plan on both engines…');
  const plan = await measure('plan', 'corpus', true);
  console.log(`measuring ${COPIES} copies on both engines…`);
  const dir = syntheticCorpus(COPIES);
  const scale = await measure(`x${COPIES}`, dir, false);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, r] of [
    ['plan', plan],
    [`${COPIES}× plan`, scale],
  ] as const) {
    const b = r.build as { embeddedMs: number; meiliMs: number };
    const m = r.mix as { embedded: ReturnType<typeof summary>; meili: ReturnType<typeof summary>; meiliOverEmbeddedP50: number };
    const mem = r.rssMiB as { meiliServer: number | null; thisProcess: number };
    console.log(`${name}: ${r.documents as number} documents`);
    console.log(`  index build (s)        embedded ${f(b.embeddedMs / 1000, 2)}   meilisearch ${f(b.meiliMs / 1000, 2)}`);
    console.log(
      `  load mix p50/p95/max   embedded ${f(m.embedded.p50)} / ${f(m.embedded.p95)} / ${f(m.embedded.max)} ms   meilisearch ${f(m.meili.p50)} / ${f(m.meili.p95)} / ${f(m.meili.max)} ms   (p50 ratio ${f(m.meiliOverEmbeddedP50, 2)})`,
    );
    console.log(`  memory (MiB)           meilisearch server ${mem.meiliServer === null ? 'unknown' : f(mem.meiliServer, 0)}   this process ${f(mem.thisProcess, 0)}`);
  }
  for (const [name, q] of Object.entries(
    plan.quality as Record<string, { embedded: { recall: number; mrr10: number }; meili: { recall: number; mrr10: number }; differ: string[] }>,
  )) {
    console.log(
      `  ${name.padEnd(9)} recall ${f(q.embedded.recall, 3)} / ${f(q.meili.recall, 3)}   MRR@10 ${f(q.embedded.mrr10, 3)} / ${f(q.meili.mrr10, 3)}   (embedded / meilisearch)`,
    );
    for (const d of q.differ) console.log(`    ${d}`);
  }
  mkdirSync('data', { recursive: true });
  writeFileSync('data/bench-engines.json', JSON.stringify({ date: new Date().toISOString(), url, plan, scale: { copies: COPIES, ...scale } }, null, 2) + '\n');
  console.log('figures written to data/bench-engines.json');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
