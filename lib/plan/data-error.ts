/**
 * A file of data/ that is missing, damaged or not ours (truncated, random bytes, another program's
 * database, a line that is not a document). The server answers 503 and the CLI one line; the
 * message names the file and the command that rebuilds it.
 */
export class DataUnavailableError extends Error {
  override name = 'DataUnavailableError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly remedy: 'npm run index' | 'npm run ingest',
  ) {
    super(`${file}: ${problem}; run ${remedy} to rebuild it`);
  }
}

/** By name, not instanceof: the engine is shared process-wide and may come from another bundle's copy of this module. */
export function isDataUnavailableError(e: unknown): e is DataUnavailableError {
  return e instanceof Error && e.name === 'DataUnavailableError' && typeof (e as DataUnavailableError).file === 'string';
}
