/**
 * `npm run load`: the production server under a realistic mix, as ratios to its own ceiling.
 *
 * Starts a fresh production server (server/cluster.ts on a free port; run `npm run build` first), then:
 * 1. one request at a time, every query of the mix once, each seen for the first time: the API's
 *    latency (p50, p95, max) and the slowest queries; then search pages never asked before (two
 *    queries of the mix as one, both languages) and permalinks no client asked for (rendered ahead
 *    by the server: that is the point; it waits for the server's prerender to end first), each
 *    with the floor (a stored answer of the same kind) measured between them;
 * 2. 32 connections for `--seconds` (20) each against the ceiling (/robots.txt, which does no work),
 *    /api/search, search pages and permalinks never seen (every URL asked once: pairs of the
 *    mix's queries, and each permalink of each language until the list ends), then the search page
 *    and permalink pages drawn from the mix over and over: requests/s over the phase's actual
 *    duration and its ratio to the ceiling, p50/p97.5/p99, errors and non-2xx;
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

interface Server {
  base: string;
  pid: number;
  stop: () => void;
  /** The server's line for a prerender pass that ended, or null (a server not started here: not known). */
  prerendered?: (timeoutMs: number) => Promise<string | null>;
}

async function startServer(): Promise<Server> {
  if (args.url) return { base: args.url, pid: Number(args.pid ?? 0), stop: () => undefined };
  const server = await start();
  return { ...server, prerendered: (timeoutMs) => server.line(/^prerender for .*: \d+ pages rendered/, timeoutMs) };
}

/**
 * One request at a time, each path once: first-seen latency as a client sees it. `floor`: an
 * answer of the same kind the server has stored (asked once before), asked before each path, in
 * the same run and the same noise: the round trip and no work.
 */
async function oneAtATime(base: string, floorPath: string, paths: string[]) {
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
  const floor: number[] = [];
  await get(floorPath);
  for (const path of paths) {
    const f0 = performance.now();
    await get(floorPath);
    floor.push(performance.now() - f0);
    const t0 = performance.now();
    const r = await get(path);
    times.push([performance.now() - t0, decodeURIComponent(path)]);
    // The server's own share, from its Server-Timing header (server/worker.ts): `cache` for a stored answer.
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
        return [stage, { p50: percentile(ds, 50), p95: percentile(ds, 95), max: ds[ds.length - 1]!, count: ds.length }];
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
  seconds: number;
}

/**
 * 32 connections on `paths`: over and over for `--seconds`, or with `once`, each path at most once,
 * for `--seconds` or until the list ends (whichever comes first): requests/s over the actual duration.
 */
function load(base: string, name: string, paths: string[], once = false): Promise<Phase> {
  let k = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        // `amount` stops at the end of the list (and then no duration applies); a list longer than the phase stops at the duration.
        ...(once && paths.length < 50_000 ? { amount: paths.length } : { duration: SECONDS }),
        requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[k++ % paths.length]! }) }],
      },
      (err: Error | null, result: autocannon.Result) => {
        if (err) return reject(err);
        if (once && k > paths.length) console.error(`  ${name}: asked ${k} times of ${paths.length} paths: some were repeated`);
        times.sort((a, b) => a - b);
        resolve({
          name,
          rps: result.requests.total / result.duration,
          p50: percentile(times, 50),
          p975: percentile(times, 97.5),
          p99: percentile(times, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          requests: result.requests.total,
          seconds: result.duration,
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

type FirstSeen = Awaited<ReturnType<typeof oneAtATime>>;

/** How first-seen answers of one kind went, one at a time, beside their floor. */
function report(what: string, r: FirstSeen, slowest = false) {
  console.log(
    `one at a time, first-seen ${what}: p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  max ${ms(r.max)}  failed ${r.failed}\n  a stored answer (the floor: round trip, no work), between them: p50 ${ms(r.floor.p50)}  p95 ${ms(r.floor.p95)}  max ${ms(r.floor.max)}\n  of which in the server (Server-Timing): p50 ${ms(r.server.p50)}  p95 ${ms(r.server.p95)}  max ${ms(r.server.max)}\n${Object.entries(
      r.stages,
    )
      .map(([stage, t]) => `    ${stage.padEnd(8)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  max ${ms(t.max)}  (${t.count} answers)`)
      .join('\n')}${slowest ? `\n  slowest: ${r.slowest.map(([t, q]) => `${JSON.stringify(q)} ${ms(t)}`).join(', ')}` : ''}`,
  );
}

/**
 * The k-th search of two queries of the mix as one, every k below n·(n−1) a different pair (the
 * second query runs ahead of the first by 1 + ⌊k/n⌋), in either language: far more distinct
 * search pages than any run asks for.
 */
function pairedSearch(mix: string[], k: number): string {
  const n = mix.length;
  const i = k % n;
  const j = (i + 1 + Math.floor(k / n)) % n;
  return `/${k % 2 ? 'en' : 'zh'}/search?q=${encodeURIComponent(`${mix[i]} ${mix[j]}`)}`;
}

/** Search pages and permalinks asked one at a time; the rest of each list is left for the 32-connection phases. */
const FIRST_SEARCH_PAGES = 100;
const FIRST_PERMALINKS = 200;

async function main() {
  const { base, pid, stop, prerendered } = await startServer();
  try {
    console.log(`server ${base} (pid ${pid || 'unknown'}), ${queries.length} queries from ${queriesFile}, ${CONNECTIONS} connections, ${SECONDS} s per phase`);
    const first = await oneAtATime(
      base,
      '/api/search?q=warm',
      queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    );
    report('/api/search', first, true);
    if (pid) console.log(`  memory: largest process ${memory(pid).largest.toFixed(0)} MiB`);

    const ids = documentIds(process.env.PLAN_DATA_DIR || 'data');
    const shuffledMix = shuffled(queries);
    // Search pages of pairs of queries, and permalinks: each asked once, in the one-at-a-time phase or the 32-connection one.
    const pairs = Array.from({ length: 200_000 }, (_, k) => k)
      .filter((k) => k < shuffledMix.length * (shuffledMix.length - 1))
      .map((k) => pairedSearch(shuffledMix, k));
    const permalinks = shuffled(ids.flatMap((id) => ['zh', 'en'].map((l) => `/${l}/p/${id}`)));
    // The floors: a stored page of each kind, asked once before (the first of each list, which no phase asks again).
    const firstPages = await oneAtATime(base, pairs[0]!, pairs.slice(1, 1 + FIRST_SEARCH_PAGES));
    report(`search page (${FIRST_SEARCH_PAGES} pairs of queries)`, firstPages);
    if (prerendered) {
      const t0 = performance.now();
      const line = await prerendered(600_000);
      console.log(
        line
          ? `server: ${line} (waited ${((performance.now() - t0) / 1000).toFixed(1)} s)`
          : 'server: no prerender pass ended within 10 minutes (PRERENDER=0?): permalinks are rendered on request',
      );
    }
    const firstPermalinks = await oneAtATime(base, permalinks[0]!, permalinks.slice(1, 1 + FIRST_PERMALINKS));
    report(`permalink (${FIRST_PERMALINKS}, never asked by a client)`, firstPermalinks);

    const mix = shuffledMix.map(encodeURIComponent);
    const phases: [string, string[], boolean][] = [
      ['/robots.txt', ['/robots.txt'], false],
      ['/api/search', mix.map((q) => `/api/search?q=${q}`), false],
      ['search page (never seen)', pairs.slice(1 + FIRST_SEARCH_PAGES), true],
      ['permalink (never seen)', permalinks.slice(1 + FIRST_PERMALINKS), true],
      ['search page', mix.map((q, k) => `/${k % 2 ? 'en' : 'zh'}/search?q=${q}`), false],
      ['permalink', shuffled(ids).map((id, k) => `/${k % 2 ? 'en' : 'zh'}/p/${id}`), false],
    ];
    const results: Phase[] = [];
    for (const [name, paths, once] of phases) results.push(await load(base, name, paths, once));
    const ceiling = results[0]!.rps;
    console.log(
      `\n${'target'.padEnd(26)}${'req/s'.padStart(8)}${'× ceiling'.padStart(11)}${'p50'.padStart(10)}${'p97.5'.padStart(10)}${'p99'.padStart(10)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}${'requests'.padStart(10)}${'s'.padStart(6)}`,
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(26)}${r.rps.toFixed(0).padStart(8)}${(r.rps / ceiling).toFixed(2).padStart(11)}${ms(r.p50).padStart(10)}${ms(r.p975).padStart(10)}${ms(r.p99).padStart(10)}${String(r.errors).padStart(8)}${String(r.non2xx).padStart(9)}${String(r.requests).padStart(10)}${r.seconds.toFixed(1).padStart(6)}`,
      );
    }
    const mem = pid ? memory(pid) : null;
    if (mem) console.log(`\nserver memory after the load: largest process ${mem.largest.toFixed(0)} MiB, all processes ${mem.total.toFixed(0)} MiB`);
    console.log(JSON.stringify({ base, queries: queries.length, first, firstPages, firstPermalinks, phases: results, memory: mem }));
  } finally {
    stop();
  }
}

main().catch((e: Error) => {
  console.error(`load: ${e.message}`);
  process.exit(1);
});
