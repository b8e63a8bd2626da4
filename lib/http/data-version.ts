/**
 * The version of what the answers are made from: the data written by ingest and the build that
 * renders it. It changes when either does, so cached answers and ETags never outlive their data.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnv } from '../env';
import { QUERY_DICTIONARY, SHARE_FONTS } from '../plan/store';
import { processWide } from '../process-wide';

const DATA_FILES = ['index.sqlite', 'documents.jsonl', 'outline.json', QUERY_DICTIONARY, SHARE_FONTS];

/** What tells one version of a file from the next: ingest renames a new file over the path (a new inode), with its size and time. Throws when the file is absent. */
export function fileStamp(file: string): string {
  const s = statSync(file);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

function stamp(file: string): string {
  try {
    return fileStamp(file);
  } catch {
    return 'absent';
  }
}

/** Next's build id, or null without a production build (tests, dev). */
export function buildId(buildDir = '.next'): string | null {
  try {
    return readFileSync(join(buildDir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return null;
  }
}

/** A short hash of the data files' inodes (ingest renames a new file over each), sizes and times and the build id; cheap enough to take per request. */
export function dataVersion(dataDir: string, buildDir = '.next'): string {
  const h = createHash('sha256').update(buildId(buildDir) ?? 'dev');
  // The data folder is read at run time: Next's build need not trace it (it would take in the whole project).
  for (const f of DATA_FILES) h.update(`\n${f}=${stamp(join(/*turbopackIgnore: true*/ dataDir, f))}`);
  return h.digest('hex').slice(0, 16);
}

/**
 * The data version this process serves (PLAN_DATA_DIR), looked at most once per `everyMs`: one
 * clock, process-wide, for the response cache's keys and ETags and for what is built from the data
 * (the lexicon), so that they turn over together within a second of an ingest's last rename.
 */
export function servedDataVersion(now = Date.now(), everyMs = 1000): string {
  const seen = processWide('served-data-version', () => ({ at: -Infinity, value: '' }));
  // A clock set back (or a test's own clock) looks again rather than trusting the last look for ever.
  if (now - seen.at >= everyMs || now < seen.at) {
    seen.at = now;
    seen.value = dataVersion(serverEnv().PLAN_DATA_DIR);
  }
  return seen.value;
}
