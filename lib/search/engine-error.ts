/**
 * The search engine could not answer in time: overloaded (Meilisearch's 503
 * `too_many_search_requests`), timed out or unreachable, after bounded retries. The API answers 503
 * with `engine_busy` and a Retry-After; the operator's log line says why.
 */
export class EngineBusyError extends Error {
  override name = 'EngineBusyError';
  constructor(
    message: string,
    /** Seconds a client should wait before asking again. */
    readonly retryAfter = 1,
  ) {
    super(message);
  }
}

/** By name, not instanceof: the engine is shared process-wide and may come from another bundle's copy of this module. */
export function isEngineBusyError(e: unknown): e is EngineBusyError {
  return e instanceof Error && e.name === 'EngineBusyError';
}
