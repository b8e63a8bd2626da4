/**
 * `npm start`: ingest if the corpus changed, build if anything the build reads changed
 * (server/build.ts), then serve (server/cluster.ts). An unchanged checkout is serving in seconds.
 */
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build';

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('node_modules/.bin/tsx', ['ingest/cli.ts', '--if-stale']);
try {
  buildIfStale();
} catch (e) {
  console.error(`start: ${(e as Error).message}`);
  process.exit(1);
}
run('node_modules/.bin/tsx', ['server/cluster.ts']);
