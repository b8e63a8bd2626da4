/** Atomic output: write a temporary file beside the target, then rename it over the target. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** A file written beside its target and not yet renamed over it. */
export interface Staged {
  commit(): void;
  abort(): void;
}

/**
 * Writes `content` to a temporary file beside `file`. Staging every output before renaming any
 * keeps the moment when a folder holds some new and some old files down to a few renames.
 */
export function stage(file: string, content: string | Buffer): Staged {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const abort = () => rmSync(tmp, { force: true });
  try {
    writeFileSync(tmp, content);
  } catch (e) {
    abort();
    throw e;
  }
  return {
    commit: () => {
      try {
        renameSync(tmp, file);
      } catch (e) {
        abort();
        throw e;
      }
    },
    abort,
  };
}

export function writeAtomic(file: string, content: string | Buffer): void {
  stage(file, content).commit();
}
