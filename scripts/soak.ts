/**
 * `npm run soak`: the production server under steady traffic for a set time, to show that it keeps
 * answering and that its memory levels off.
 *
 * Starts a fresh production server (run `npm run build` and `npm run ingest` first) and sends, over
 * 16 connections for `--seconds` (300), the shared load mix (../shared/eval/load-queries.txt, else
 * test/eval/load-queries.txt) as /api/search and search pages, and the plan's paragraphs as
 * permalinks, /api/p and chapter pages. Every 30 s: requests, errors, non-2xx, and the server's
 * memory (the largest process's RSS and all its processes'). It stops by itself.
 *
 * Memory levels off when the highest total RSS of the run's second half is at most GROWTH_LIMIT
 * (10%) above the highest of its first half: warming up (code loaded, caches filled to their caps)
 * belongs to the first half; a leak keeps climbing through the second.
 *
 * Exit code 1 on any error or non-2xx answer, or on memory that did not level off.
 * `--url BASE --pid PID` soaks a server that is already running.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { documentIds, loadMix, memory, startServer } from './server-under-test';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    connections: { type: 'string', default: '16' },
    queries: { type: 'string' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});

const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
if (!Number.isInteger(SECONDS) || SECONDS < 10) {
  console.error('soak: --seconds must be a whole number, 10 or more');
  process.exit(2);
}
/** How often a report line is printed, and how often memory is read for the verdict. */
const REPORT_EVERY = 30;
const SAMPLE_EVERY = 5;
const GROWTH_LIMIT = 0.1;

const { file: queriesFile, queries: mixQueries } = loadMix(args.queries);
const DATA_DIR = process.env.PLAN_DATA_DIR || 'data';

/** The paths of the mix: searches (API and page) and reading (permalinks, /api/p, chapters), interleaved, both languages. */
function mix(): string[] {
  const queries = mixQueries.map(encodeURIComponent);
  const ids = documentIds(DATA_DIR);
  const outline = JSON.parse(readFileSync(join(DATA_DIR, 'outline.json'), 'utf8')) as { documents: { parts: { chapters: { no: number }[] }[] }[] };
  const chapters = outline.documents[0]!.parts.flatMap((p) => p.chapters.map((c) => c.no));
  const paths: string[] = [];
  const n = Math.max(queries.length, ids.length);
  for (let k = 0; k < n; k++) {
    const lang = k % 2 ? 'en' : 'zh';
    const q = queries[k % queries.length]!;
    const id = ids[(k * 7919) % ids.length]!;
    paths.push(`/api/search?q=${q}`, `/${lang}/search?q=${q}`, `/${lang}/p/${id}`, `/api/p/${id}`);
    if (k % 8 === 0) paths.push(`/${lang}/c/${chapters[k % chapters.length]}`);
  }
  return paths;
}

interface Tally {
  requests: number;
  errors: number;
  non2xx: number;
}

async function main(): Promise<number> {
  const server = args.url ? { base: args.url, pid: Number(args.pid ?? 0), stop: () => undefined } : await startServer();
  try {
    const paths = mix();
    console.log(`soak: ${server.base} (pid ${server.pid || 'unknown'}), ${CONNECTIONS} connections, ${SECONDS} s, ${paths.length} paths from ${queriesFile} and ${DATA_DIR}/`);
    const total: Tally = { requests: 0, errors: 0, non2xx: 0 };
    let since: Tally = { ...total };
    const statuses = new Map<number, number>();
    const samples: { t: number; total: number; largest: number }[] = [];
    const t0 = Date.now();
    const sample = () => {
      if (!server.pid) return;
      const m = memory(server.pid);
      samples.push({ t: (Date.now() - t0) / 1000, ...m });
      return m;
    };
    sample();
    const report = () => {
      const m = sample();
      const t = Math.round((Date.now() - t0) / 1000);
      const mem = m ? `  memory: largest ${m.largest.toFixed(0)} MiB, total ${m.total.toFixed(0)} MiB` : '';
      console.log(
        `${String(t).padStart(4)} s  requests ${String(total.requests - since.requests).padStart(6)} (${total.requests} in all)  errors ${total.errors - since.errors}  non-2xx ${total.non2xx - since.non2xx}${mem}`,
      );
      since = { ...total };
    };
    let k = 0;
    const sampler = setInterval(sample, SAMPLE_EVERY * 1000);
    const reporter = setInterval(report, REPORT_EVERY * 1000);
    await new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.base,
          connections: CONNECTIONS,
          duration: SECONDS,
          requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[k++ % paths.length]! }) }],
        },
        (err: Error | null) => (err ? reject(err) : resolve()),
      );
      instance.on('response', (_client: unknown, status: number) => {
        total.requests++;
        if (status < 200 || status > 299) {
          total.non2xx++;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      });
      instance.on('reqError', () => total.errors++);
    });
    clearInterval(sampler);
    clearInterval(reporter);
    report();

    const half = SECONDS / 2;
    const peak = (xs: typeof samples) => Math.max(...xs.map((s) => s.total));
    const first = samples.filter((s) => s.t <= half);
    const second = samples.filter((s) => s.t > half);
    let levelled = true;
    if (first.length > 0 && second.length > 0) {
      const growth = (peak(second) - peak(first)) / peak(first);
      levelled = growth <= GROWTH_LIMIT;
      console.log(
        `memory: peak ${peak(first).toFixed(0)} MiB in the first half, ${peak(second).toFixed(0)} MiB in the second (${(growth * 100).toFixed(1)}%; levelled off means at most ${GROWTH_LIMIT * 100}%): ${levelled ? 'levelled off' : 'STILL GROWING'}`,
      );
    } else {
      console.log('memory: not measured (no server pid)');
    }
    const codes = [...statuses].map(([s, n]) => `${s}×${n}`).join(', ');
    console.log(`soak: ${total.requests} requests (${(total.requests / SECONDS).toFixed(0)}/s), ${total.errors} errors, ${total.non2xx} non-2xx${codes ? ` (${codes})` : ''}`);
    return total.errors === 0 && total.non2xx === 0 && levelled ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`soak: ${e.message}`);
    process.exit(1);
  },
);
