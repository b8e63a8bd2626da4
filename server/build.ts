/**
 * The one build step: `npm run build`, `npm start` and the end-to-end tests' server all build through
 * here, so whoever built last left the stamp the others read, and none of them rebuilds what is built.
 *
 * The build is skipped when a fingerprint of everything it reads (sources, messages, config, lock
 * file, and these steps themselves) equals the one stored with the last build, so an unchanged
 * checkout is ready in a second. `tsx server/build.ts` builds when stale; `--force` builds anyway.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** What the build steps read, relative to the project; a path that does not exist counts as empty. */
export const INPUTS = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  // The browser scripts, bundled into .next/static/islands/ by a step after `next build`.
  'browser',
  'next.config.js',
  'security-headers.mjs',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** The build's commands, run in order from the project folder; a step that fails stops the build. */
export const STEPS: readonly (readonly [command: string, ...args: string[]])[] = [
  ['node_modules/.bin/next', 'build'],
  // The browser's script (browser/main.ts), into .next/static/islands/ (which next build empties).
  ['node_modules/.bin/tsx', 'server/build-islands.ts'],
];

/** Where the fingerprint of the last whole build is kept: inside `.next/`, so removing the build removes it. */
export const STAMP = '.next/plan-search-build-stamp';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)));
}

/** A hash of the build's inputs under `root` (their paths and contents) and of the steps that build them. */
export function buildFingerprint(root = '.', inputs: readonly string[] = INPUTS, steps = STEPS): string {
  const h = createHash('sha256').update(JSON.stringify(steps));
  for (const f of inputs.flatMap((i) => files(join(root, i)))) h.update(`\0${relative(root, f)}\0`).update(readFileSync(f));
  return h.digest('hex');
}

/** Why the build under `root` must be made again, or null when it is up to date. */
export function staleness(root = '.', fingerprint = buildFingerprint(root)): string | null {
  if (!existsSync(join(root, '.next/BUILD_ID'))) return 'no build yet';
  let stamp: string;
  try {
    stamp = readFileSync(join(root, STAMP), 'utf8');
  } catch {
    return 'the build has no stamp (made by another command)';
  }
  return stamp === fingerprint ? null : 'something the build reads has changed';
}

/** Runs the steps when the build is stale (or `force`), then stamps it; throws when a step fails. */
export function buildIfStale({ force = false, log = console.log } = {}): 'up to date' | 'built' {
  const fingerprint = buildFingerprint();
  const why = force ? 'asked to (--force)' : staleness('.', fingerprint);
  if (why === null) {
    log('build is up to date (nothing it reads has changed): not rebuilding');
    return 'up to date';
  }
  log(`building: ${why}`);
  // A build stopped half-way must not keep the last whole build's stamp.
  rmSync(STAMP, { force: true });
  for (const [command, ...args] of STEPS) {
    const r = spawnSync(command, args, { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed (${r.signal ?? `exit code ${r.status}`})`);
  }
  writeFileSync(STAMP, fingerprint);
  return 'built';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
    buildIfStale({ force: values.force });
  } catch (e) {
    console.error(`build: ${(e as Error).message}`);
    process.exit(1);
  }
}
