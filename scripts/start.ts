/**
 * `npm start`: ingest if the corpus changed, build if the code changed, then serve (scripts/serve.ts).
 * The build is skipped when a fingerprint of everything it reads (sources, messages, config, lock
 * file) equals the one stored with the last build, so an unchanged checkout answers in seconds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `next build` reads. */
const INPUTS = [
  'app',
  'browser',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'next.config.js',
  'security-headers.mjs',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = '.next/plan-search-build-stamp';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)));
}

/** A hash of the build's inputs: their paths and contents. */
export function buildFingerprint(): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap(files)) h.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('node_modules/.bin/tsx', ['ingest/cli.ts', '--if-stale']);
const fingerprint = buildFingerprint();
const built = existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
if (built) {
  console.log('build is up to date (nothing it reads has changed): not rebuilding');
} else {
  run('node_modules/.bin/next', ['build']);
  run('node_modules/.bin/tsx', ['scripts/build-islands.ts']);
  writeFileSync(STAMP, fingerprint);
}
run('node_modules/.bin/tsx', ['scripts/serve.ts']);
