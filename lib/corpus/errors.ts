/** A problem with the corpus or the ingest a user can act on: one line naming the file and the problem. */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
