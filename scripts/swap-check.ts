/**
 * The live index swap, end to end: a production server on a data folder of its own keeps answering
 * while `npm run ingest` replaces that data, and then serves the new data without a restart.
 *
 * 1. Copies corpus/ to a temporary folder and ingests it into a temporary data folder.
 * 2. Starts the production server on them (PLAN_CORPUS_DIR, PLAN_DATA_DIR; `npm run build` first).
 * 3. Clients keep requesting /api/search (the load mix, and a probe for words the copy does not hold
 *    yet) and /api/health; meanwhile a line of the copy gets those words and `npm run ingest` runs
 *    into the server's data folder.
 * 4. Waits until the probe finds them, then a little longer.
 *
 * Prints the requests and the failed ones, the data version (/api/health) and the probe's ETag
 * before and after, and the time from the end of the ingest until the new data was served.
 * Exit code 0 when no request failed, both changed and the new data was served within 30 s.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMix, startServer } from './server-under-test';

/** Words no plan holds, added to one line of the copy. */
const NEW_WORDS = '琥珀蝴蝶';
const PROBE = `/api/search?q=${encodeURIComponent(NEW_WORDS)}`;
const CLIENTS = 4;
const PICKUP_LIMIT_MS = 30_000;
/** Traffic kept up after the new data is seen, to catch a failure as the old file is let go. */
const AFTER_MS = 3000;

const PLAN = 'kunming-14th-five-year-plan.txt';

/** `npm run ingest` from `corpus` into `out`; resolves when it has exited, rejects on failure. */
function ingest(corpus: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['ingest/cli.ts', '--corpus', corpus, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ingest exited with ${code}: ${err.trim()}`))));
  });
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'swap-check-'));
  const corpus = join(work, 'corpus');
  const data = join(work, 'data');
  cpSync('corpus', corpus, { recursive: true });
  await ingest(corpus, data);
  const server = await startServer({ PLAN_CORPUS_DIR: corpus, PLAN_DATA_DIR: data });
  try {
    const { queries } = loadMix();
    let requests = 0;
    const failures: string[] = [];
    const versions: string[] = [];
    const etags: string[] = [];
    let served: number | null = null;
    let running = true;

    const get = async (path: string): Promise<Response | null> => {
      requests++;
      try {
        const r = await fetch(server.base + path);
        if (r.status !== 200) failures.push(`${path}: ${r.status}`);
        return r;
      } catch (e) {
        failures.push(`${path}: ${(e as Error).message}`);
        return null;
      }
    };
    const remember = (list: string[], value: string | null | undefined) => {
      if (value && list[list.length - 1] !== value) list.push(value);
    };
    const client = async (k: number) => {
      for (let i = k; running; i += CLIENTS) {
        const health = await get('/api/health');
        remember(versions, ((await health?.json()) as { dataVersion?: string } | undefined)?.dataVersion);
        const probe = await get(PROBE);
        remember(etags, probe?.headers.get('etag'));
        const found = ((await probe?.json()) as { total?: number } | undefined)?.total ?? 0;
        if (found > 0 && served === null) served = performance.now();
        await (await get(`/api/search?q=${encodeURIComponent(queries[i % queries.length]!)}`))?.arrayBuffer();
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, k) => client(k));

    // Traffic on the old data first, then the new data written under it.
    await new Promise((r) => setTimeout(r, 2000));
    const before = { version: versions[versions.length - 1], etag: etags[etags.length - 1], found: served !== null };
    const source = join(corpus, PLAN);
    const lines = readFileSync(source, 'utf8').split('\n');
    const k = lines.findIndex((l) => l.includes('滇池'));
    lines[k] = lines[k]!.replace('滇池', `滇池${NEW_WORDS}`);
    writeFileSync(source, lines.join('\n'));
    const ingestStart = performance.now();
    await ingest(corpus, data);
    const ingestEnd = performance.now();
    while (served === null && performance.now() - ingestEnd < PICKUP_LIMIT_MS) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, AFTER_MS));
    running = false;
    await Promise.all(clients);

    const after = { version: versions[versions.length - 1], etag: etags[etags.length - 1] };
    const pickup = served === null ? null : (served as number) - ingestEnd;
    console.log(`swap-check: ${requests} requests, ${failures.length} failed${failures.length ? `: ${failures.slice(0, 5).join('; ')}` : ''}`);
    console.log(`  ingest took ${((ingestEnd - ingestStart) / 1000).toFixed(1)} s while the server kept answering`);
    console.log(`  data version (/api/health): ${before.version} → ${after.version}${before.version === after.version ? ' UNCHANGED' : ''}`);
    console.log(`  ETag of ${PROBE}: ${before.etag} → ${after.etag}${before.etag === after.etag ? ' UNCHANGED' : ''}`);
    console.log(
      pickup === null
        ? `  the new data was NOT served within ${PICKUP_LIMIT_MS / 1000} s of the ingest's end`
        : `  the new data was served ${pickup < 0 ? 'before the ingest process had exited (its renames come before)' : `${(pickup / 1000).toFixed(2)} s after the ingest's end`}`,
    );
    const ok = failures.length === 0 && !before.found && pickup !== null && before.version !== after.version && before.etag !== after.etag;
    console.log(`swap-check: ${ok ? 'ok' : 'FAILED'}`);
    return ok ? 0 : 1;
  } finally {
    server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`swap-check: ${e.message}`);
    process.exit(1);
  },
);
