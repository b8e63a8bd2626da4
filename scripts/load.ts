/**
 * `npm run load`: the production server under a realistic mix, as ratios to its own ceiling.
 *
 * Starts a fresh production server (`next start` on a free port; run `npm run build` first), then:
 * 1. one request at a time, every query of the mix once, each seen for the first time: the API's
 *    latency (p50, p95, max) and the slowest queries;
 * 2. 32 connections for `--seconds` (20) each against the ceiling (/robots.txt, which does no work),
 *    /api/search, the search page and permalink pages, the queries and paragraphs drawn from the mix:
 *    requests/s and its ratio to the ceiling, p50/p97.5/p99, errors and non-2xx;
 * 3. the server's memory (the largest process, RSS) after each phase.
 * `--queries FILE` for another mix (one query per line); `--url BASE --pid PID` to measure a server
 * that is already running. Figures, not assertions.
 */
import { Agent, get as httpGet } from 'node:http';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { documentIds, loadMix, memory, startServer as start } from './server-under-test';

const { values: args } = parseArgs({
  options: {
    queries: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});

const { file: queriesFile, queries } = loadMix(args.queries);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function startServer(): Promise<{ base: string; pid: number; stop: () => void }> {
  if (args.url) return { base: args.url, pid: Number(args.pid ?? 0), stop: () => undefined };
  return start();
}

/** One request at a time, each query once: first-seen latency as a client sees it. */
async function oneAtATime(base: string) {
  const times: [number, string][] = [];
  const server: number[] = [];
  const stages = new Map<string, number[]>();
  let failed = 0;
  // A plain keep-alive HTTP client: fetch's own machinery costs milliseconds per request here.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<{ status: number; timing: string }>((resolve, reject) => {
      httpGet(`${base}${path}`, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, timing: String(res.headers['server-timing'] ?? '') }));
      }).on('error', reject);
    });
  // The floor, in the same run and the same noise: before each query, an answer the server has
  // stored (asked once before), which costs the round trip and no work.
  const floor: number[] = [];
  await get('/api/search?q=warm');
  for (const q of queries) {
    const f0 = performance.now();
    await get('/api/search?q=warm');
    floor.push(performance.now() - f0);
    const t0 = performance.now();
    const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
    times.push([performance.now() - t0, q]);
    // The server's own share, from its Server-Timing header (server/worker.ts).
    const durs = [...r.timing.matchAll(/(\w+);dur=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])] as const);
    for (const [stage, d] of durs) stages.set(stage, [...(stages.get(stage) ?? []), d]);
    if (durs.length > 0) server.push(durs.reduce((a, [, d]) => a + d, 0));
    if (r.status !== 200) failed++;
  }
  agent.destroy();
  const sorted = times.map(([t]) => t).sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  return {
    floor: { p50: percentile(floor, 50), p95: percentile(floor, 95), max: floor[floor.length - 1]! },
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
    server: { p50: percentile(server, 50), p95: percentile(server, 95), max: server[server.length - 1] ?? NaN },
    stages: Object.fromEntries(
      [...stages].map(([stage, ds]) => {
        ds.sort((a, b) => a - b);
        return [stage, { p50: percentile(ds, 50), p95: percentile(ds, 95), max: ds[ds.length - 1]! }];
      }),
    ),
    failed,
    slowest: times.sort((a, b) => b[0] - a[0]).slice(0, 5),
  };
}

interface Phase {
  name: string;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

function load(base: string, name: string, paths: string[]): Promise<Phase> {
  let k = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[k++ % paths.length]! }) }],
      },
      (err: Error | null, result: autocannon.Result) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        resolve({
          name,
          rps: result.requests.total / SECONDS,
          p50: percentile(times, 50),
          p975: percentile(times, 97.5),
          p99: percentile(times, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          requests: result.requests.total,
        });
      },
    );
    // Every response's time, so that percentiles are exact rather than autocannon's buckets.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, t: number) => times.push(t));
  });
}

/** Shuffled with a fixed seed: the same mix every run, in an order no cache can lean on. */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  let seed = 20261129;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function main() {
  const { base, pid, stop } = await startServer();
  try {
    console.log(`server ${base} (pid ${pid || 'unknown'}), ${queries.length} queries from ${queriesFile}, ${CONNECTIONS} connections, ${SECONDS} s per phase`);
    const first = await oneAtATime(base);
    console.log(
      `one at a time, first-seen /api/search: p50 ${ms(first.p50)}  p95 ${ms(first.p95)}  max ${ms(first.max)}  failed ${first.failed}\n  a stored answer (the floor: round trip, no work), between them: p50 ${ms(first.floor.p50)}  p95 ${ms(first.floor.p95)}  max ${ms(first.floor.max)}\n  of which in the server (Server-Timing): p50 ${ms(first.server.p50)}  p95 ${ms(first.server.p95)}  max ${ms(first.server.max)}\n${Object.entries(
        first.stages,
      )
        .map(([stage, t]) => `    ${stage.padEnd(8)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  max ${ms(t.max)}`)
        .join('\n')}\n  slowest: ${first.slowest.map(([t, q]) => `${JSON.stringify(q)} ${ms(t)}`).join(', ')}`,
    );
    if (pid) console.log(`  memory: largest process ${memory(pid).largest.toFixed(0)} MiB`);

    const ids = documentIds(process.env.PLAN_DATA_DIR || 'data');
    const mix = shuffled(queries).map(encodeURIComponent);
    const phases: [string, string[]][] = [
      ['/robots.txt', ['/robots.txt']],
      ['/api/search', mix.map((q) => `/api/search?q=${q}`)],
      ['search page', mix.map((q, k) => `/${k % 2 ? 'en' : 'zh'}/search?q=${q}`)],
      ['permalink', shuffled(ids).map((id, k) => `/${k % 2 ? 'en' : 'zh'}/p/${id}`)],
    ];
    const results: Phase[] = [];
    for (const [name, paths] of phases) results.push(await load(base, name, paths));
    const ceiling = results[0]!.rps;
    console.log(
      `\n${'target'.padEnd(14)}${'req/s'.padStart(8)}${'× ceiling'.padStart(11)}${'p50'.padStart(10)}${'p97.5'.padStart(10)}${'p99'.padStart(10)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}`,
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(14)}${r.rps.toFixed(0).padStart(8)}${(r.rps / ceiling).toFixed(2).padStart(11)}${ms(r.p50).padStart(10)}${ms(r.p975).padStart(10)}${ms(r.p99).padStart(10)}${String(r.errors).padStart(8)}${String(r.non2xx).padStart(9)}`,
      );
    }
    const mem = pid ? memory(pid) : null;
    if (mem) console.log(`\nserver memory after the load: largest process ${mem.largest.toFixed(0)} MiB, all processes ${mem.total.toFixed(0)} MiB`);
    console.log(JSON.stringify({ base, queries: queries.length, first, phases: results, memory: mem }));
  } finally {
    stop();
  }
}

main().catch((e: Error) => {
  console.error(`load: ${e.message}`);
  process.exit(1);
});
