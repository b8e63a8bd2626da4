/**
 * `npm run lighthouse`: Lighthouse (mobile, simulated throttling) on the pages issue 22 names, against
 * its targets: performance ≥ 95, accessibility 100, TBT ≤ 150 ms, LCP ≤ 2 s, CLS 0.
 *
 * Starts a fresh production server (run `npx next build` first; data/ is brought up to date with
 * `npm run ingest -- --if-stale`), or measures `--url BASE`. Runs each page `--runs` times (3), each
 * in a fresh page of one headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium), and reports the
 * median run by performance score: a table, the targets each page misses, and the audits that keep it
 * from them. Every report is written whole to artifacts/lighthouse/<time>/.
 *
 * A benchmark, not a test: exit 0 when targets are missed; exit 1 only when Lighthouse itself fails.
 * `--pages en,zh-p` (names or paths) measures some pages only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CATEGORIES, failingAudits, medianRun, missedTargets, rowOf, type Lhr, type Row } from '../lib/perf/lighthouse';
import { formatTable } from '../lib/perf/table';
import { selectPages, serverFor, type MeasuredPage } from './measured-pages';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    out: { type: 'string', default: 'artifacts/lighthouse' },
  },
});

const RUNS = Number(args.runs);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What to stop on the way out, however the script ends (process.exit runs 'exit' handlers synchronously). */
const cleanups: (() => void)[] = [];
process.on('exit', () => cleanups.splice(0).forEach((c) => c()));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function fail(message: string): never {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}

/** Headless Chromium with a DevTools port for Lighthouse; resolves with the port once it listens. */
function launchChromium(): Promise<{ port: number; child: ChildProcess; stop(): void }> {
  const profile = mkdtempSync(join(tmpdir(), 'plan-search-lh-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    // Chromium may still be writing to its profile as it exits: retried rather than failing the run.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // A temporary folder left behind is not worth failing a finished run for.
    }
  };
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${CHROMIUM} did not open its DevTools port within 30 s: ${err.trim().split('\n').pop() ?? ''}`));
    }, 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${CHROMIUM} (${e.message}): install chromium or set CHROMIUM_PATH`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${CHROMIUM} exited (${code}) before it listened: ${err.trim().split('\n').pop() ?? ''}`));
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        child.stderr!.removeAllListeners('data');
        child.stderr!.resume();
        child.removeAllListeners('exit');
        resolve({ port: Number(m[1]), child, stop });
      }
    });
  });
}

const fmt = (v: number | null, digits = 0) => (v === null ? '?' : v.toFixed(digits));
const kb = (v: number | null) => (v === null ? '?' : `${(v / 1024).toFixed(1)} KB`);

function table(rows: { page: MeasuredPage; row: Row; missed: string[] }[]): string {
  const head = ['page', 'perf', 'a11y', 'SEO', 'BP', 'TBT ms', 'LCP ms', 'CLS', 'FCP ms', 'total', 'script', 'targets missed'];
  const body = rows.map(({ page, row: r, missed }) => [
    decodeURIComponent(page.path),
    fmt(r.performance),
    fmt(r.accessibility),
    fmt(r.seo),
    fmt(r.bestPractices),
    fmt(r.tbtMs),
    fmt(r.lcpMs),
    fmt(r.cls, 3),
    fmt(r.fcpMs),
    kb(r.totalBytes),
    kb(r.scriptBytes),
    missed.length ? missed.join('; ') : 'none',
  ]);
  return formatTable(head, body, (i) => i === 0 || i === head.length - 1);
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be a whole number, 1 or more');
  let pages: MeasuredPage[];
  try {
    pages = selectPages(args.pages);
  } catch (e) {
    fail((e as Error).message);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(args.out!, stamp);
  mkdirSync(outDir, { recursive: true });

  const target = await serverFor(args.url, (l) => console.error(l)).catch((e: Error) => fail(e.message));
  cleanups.push(() => target.stop());
  try {
    const chrome = await launchChromium();
    cleanups.unshift(() => chrome.stop());
    const results: { page: MeasuredPage; row: Row; missed: string[]; lhr: Lhr; runs: Row[] }[] = [];
    for (const page of pages) {
      const url = `${target.base}${page.path}`;
      // Once before measuring, as a visitor after the first would find it (the server keeps what it rendered).
      const warm = await fetch(url).catch((e: Error) => fail(`${url}: ${e.message}`));
      if (!warm.ok) fail(`${url} answered ${warm.status}`);
      await warm.arrayBuffer();
      const runs: Lhr[] = [];
      for (let i = 1; i <= RUNS; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) fail(`${url}: Lighthouse returned no result`);
        const lhr = result.lhr as unknown as Lhr;
        if (lhr.runtimeError) fail(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        writeFileSync(join(outDir, `${page.name}-run${i}.json`), result.report as string);
        runs.push(lhr);
        const r = rowOf(lhr);
        console.error(`${decodeURIComponent(page.path)} run ${i}/${RUNS}: perf ${fmt(r.performance)}, TBT ${fmt(r.tbtMs)} ms, LCP ${fmt(r.lcpMs)} ms`);
      }
      const lhr = medianRun(runs);
      const row = rowOf(lhr);
      results.push({ page, row, missed: missedTargets(row), lhr, runs: runs.map(rowOf) });
    }

    console.log(`\nLighthouse ${pages.length} page(s), median of ${RUNS} run(s) by performance score, mobile, simulated throttling (${target.base})\n`);
    console.log(table(results));
    console.log('\nWhat keeps each page from its targets (performance: top opportunities and diagnostics; other categories: audits scoring under 0.9):');
    for (const { page, lhr } of results) {
      const failing = failingAudits(lhr);
      console.log(`\n${decodeURIComponent(page.path)}${failing.length ? '' : ': nothing'}`);
      for (const f of failing) console.log(`  [${f.category}] ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`);
    }
    const missedPages = results.filter((r) => r.missed.length).length;
    console.log(`\n${missedPages ? `${missedPages} of ${results.length} page(s) miss a target` : 'every page meets every target'}; reports in ${outDir}/`);
    writeFileSync(
      join(outDir, 'summary.json'),
      JSON.stringify(
        {
          base: target.base,
          runs: RUNS,
          pages: results.map(({ page, row, missed, lhr, runs }) => ({ ...page, median: row, missed, runs, failing: failingAudits(lhr) })),
        },
        null,
        2,
      ),
    );
  } catch (e) {
    fail((e as Error).message.split('\n')[0]!);
  }
}

await main();
process.exit(0);
