import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * The live index swap against a real production server of its own (scripts/swap-check.ts, on the
 * build the other specs use, with its own data folder): an ingest into the data folder of the running
 * server, under traffic, fails no request and is then served, with a new data version and ETag. The
 * script waits on what it observes, never on a fixed time, and reports failure only after 30 s
 * without the new data.
 */
test('an ingest into a running server is served without a failed request, with a new data version and ETag', () => {
  test.setTimeout(150_000);
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/swap-check.ts'], { encoding: 'utf8', timeout: 140_000 });
  expect(run.stdout).toMatch(/\d+ requests, 0 failed/);
  expect(run.stdout).not.toContain('UNCHANGED');
  expect(run.stdout).toContain('swap-check: ok');
  expect(run.status, run.stderr).toBe(0);
});
