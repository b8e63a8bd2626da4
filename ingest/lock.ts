/**
 * One ingest at a time per output folder: a lock file in the folder holding the holder's pid and
 * start time. A second ingest refuses with one line naming the holder; a lock whose process is
 * gone (killed, crashed) is stale and is taken over with a notice.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '../lib/process-alive';

export const LOCK_FILE = '.ingest.lock';

export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock. */
  started: string;
}

/** Another live process holds the lock. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly file: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      holder
        ? `${file}: another ingest (pid ${holder.pid}, started ${holder.started}) is writing this folder; wait for it to finish, or stop it`
        : `${file}: the lock file cannot be read; if no ingest is running, delete it`,
    );
  }
}

function readHolder(file: string): LockHolder | null | 'absent' {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw e;
  }
  try {
    const h = JSON.parse(raw) as LockHolder;
    return Number.isInteger(h.pid) && h.pid > 0 && typeof h.started === 'string' ? h : null;
  } catch {
    return null;
  }
}

/**
 * Creates `file` holding `content` only if it does not exist. The content is written to a file of
 * our own first and then hard-linked into place (link fails if the target exists), so no reader
 * ever sees a lock half written.
 */
function createExclusive(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Takes the lock on `dir` or throws LockHeldError. Returns the function that releases it.
 * `notice` hears about a stale lock taken over.
 */
export function acquireLock(dir: string, notice: (line: string) => void = () => {}, alive: (pid: number) => boolean = isAlive): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const content = JSON.stringify(me) + '\n';
  // Twice at most: the second try follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(file, content)) return () => release(file, content);
    const holder = readHolder(file);
    if (holder === 'absent') continue;
    if (holder === null || alive(holder.pid)) throw new LockHeldError(file, holder === null ? null : holder);
    if (!removeStale(file, holder)) throw new LockHeldError(file, null);
    notice(`ingest: ${file}: took over a stale lock (pid ${holder.pid}, started ${holder.started}, no longer running)`);
  }
  throw new LockHeldError(file, null);
}

/**
 * Removes a stale lock, unless someone else got there first. Recoverers take a second lock for the
 * moment of the check, so one of them cannot remove the fresh lock another has just taken.
 */
function removeStale(file: string, stale: LockHolder): boolean {
  const guard = `${file}.recover`;
  const guardContent = JSON.stringify({ pid: process.pid, started: new Date().toISOString() });
  if (!createExclusive(guard, guardContent)) {
    // A recoverer that died inside this instant leaves its guard behind: it is stale too.
    const g = readHolder(guard);
    if (g === 'absent' || g === null || isAlive(g.pid)) return false;
    rmSync(guard, { force: true });
    if (!createExclusive(guard, guardContent)) return false;
  }
  try {
    const now = readHolder(file);
    if (now === 'absent') return true;
    if (now === null || now.pid !== stale.pid || now.started !== stale.started) return false;
    unlinkSync(file);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Removes the lock if it is still ours. */
function release(file: string, content: string): void {
  try {
    if (readFileSync(file, 'utf8') === content) unlinkSync(file);
  } catch {
    // already gone
  }
}
