/**
 * The version of what the answers are made from: the data written by ingest and the build that
 * renders it. It changes when either does, so cached answers and ETags never outlive their data.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { QUERY_DICTIONARY } from '../plan/store';

const DATA_FILES = ['index.sqlite', 'documents.jsonl', 'outline.json', QUERY_DICTIONARY];

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'absent';
  }
}

/** A short hash of the data files' sizes and times and the build id; cheap enough to take per request. */
export function dataVersion(dataDir: string, buildDir = '.next'): string {
  let build = 'dev';
  try {
    build = readFileSync(join(buildDir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    // no production build (tests, dev)
  }
  const h = createHash('sha256').update(build);
  for (const f of DATA_FILES) h.update(`\n${f}=${stamp(join(dataDir, f))}`);
  return h.digest('hex').slice(0, 16);
}
