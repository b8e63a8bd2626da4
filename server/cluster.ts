/**
 * The production server (`npm start` runs it after ingest and build): one worker per core behind
 * one port (node:cluster), each running Next's request handler with rendered answers kept in
 * memory (server/worker.ts). This process only starts, replaces and stops the workers, so it
 * loads none of Next or the search code.
 *
 * WEB_CONCURRENCY (workers; the number of cores), SERVER_HEAP_MB (each worker's V8 heap limit,
 * 256: the collector works harder instead of letting an idle heap grow), RATE_LIMIT_PER_MINUTE and
 * TRUST_PROXY (server/rate-limit.ts); the workers read PORT, HOSTNAME, RESPONSE_CACHE_MB, PRERENDER and
 * SERVER_RENDERS.
 */
import cluster from 'node:cluster';
import { readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SharedCache } from './shared-cache';
import { rateLimitSettings, startRateLimitStore } from './rate-limit';

const WORKERS = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? availableParallelism()));
const HEAP_MB = Number(process.env.SERVER_HEAP_MB ?? 256);

if (cluster.isPrimary) {
  // Workers run this file too (tsx's loader flags are in execArgv), with a bounded heap.
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${HEAP_MB}`] });
  SharedCache.clear(SharedCache.dirFor(process.pid));
  process.on('exit', () => SharedCache.clear(SharedCache.dirFor(process.pid)));
  // Folders left by runs that were killed outright (their primary is gone) are removed too.
  for (const f of readdirSync(tmpdir())) {
    const pid = SharedCache.ownerOf(f);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      SharedCache.clear(join(tmpdir(), f));
    }
  }
  // Two malloc arenas instead of eight per core: the native side (SQLite, zlib, jieba) then holds
  // some 15 MB less per worker, for no measurable time.
  const workerEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  // The per-client counts live here, so that every worker counts against one total.
  try {
    if (rateLimitSettings(process.env).perMinute) startRateLimitStore();
  } catch (e) {
    console.error(`server: ${(e as Error).message}`);
    process.exit(2);
  }
  for (let i = 0; i < WORKERS; i++) cluster.fork(workerEnv);
  // A worker that dies is replaced; the others keep serving meanwhile.
  cluster.on('exit', (w, code, signal) => {
    if (signal === 'SIGTERM' || signal === 'SIGINT') return;
    console.error(`worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(workerEnv);
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exit(0);
    });
  }
} else {
  // tsx turns source maps on to map its own stack traces; left on, Node also reads and keeps the
  // source map of every module of Next it loads (tens of megabytes of mappings and sources per
  // worker). Stack traces then name the compiled files, which the server's logs can live with.
  process.setSourceMapsEnabled(false);
  // What `next start` sets: React (the worker renders search pages with it, server/own-pages.tsx)
  // and other libraries pick their production build when first loaded, which is below.
  Object.assign(process.env, { NODE_ENV: 'production' });
  import('./worker')
    .then(({ runWorker }) => runWorker(WORKERS))
    .catch((e: Error) => {
      console.error(`server: ${e.message}`);
      process.exit(1);
    });
}
