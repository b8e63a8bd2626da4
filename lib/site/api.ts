/** JSON answers of the API routes: errors always as {error: {code, message}} with the right status. */
import { sharedEngine } from '../search/engine';
import { parseSearchParams } from '../search/request';
import { search } from '../search/search';
import { isSearchInputError } from '../search/types';
import { isDataUnavailableError } from '../plan/data-error';
import { isEngineBusyError } from '../search/engine-error';

const DATA_UNAVAILABLE = "the plan's data cannot be read right now; try again later";
const ENGINE_BUSY = 'the search engine is busy right now; try again in a moment';

export const apiError = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

/** An API answer before it is sent: the status and the JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** Runs a handler; input errors become 400, unreadable data 503, anything unexpected a 500 without internals. */
export async function answer(fn: () => Promise<unknown>): Promise<Answer> {
  try {
    return { status: 200, body: await fn() };
  } catch (e) {
    if (isSearchInputError(e)) return { status: 400, body: { error: { code: e.code, message: e.message } } };
    // The operator's line names the file and the fix; the visitor hears that it is temporary.
    if (isDataUnavailableError(e)) {
      console.error(`data unavailable: ${e.message}`);
      return { status: 503, body: { error: { code: 'data_unavailable', message: DATA_UNAVAILABLE } } };
    }
    // Overloaded or unreachable after bounded retries: the visitor may simply try again.
    if (isEngineBusyError(e)) {
      console.error(`search engine busy: ${e.message}`);
      return { status: 503, body: { error: { code: 'engine_busy', message: ENGINE_BUSY } } };
    }
    console.error(e);
    return { status: 500, body: { error: { code: 'internal', message: 'the request could not be completed' } } };
  }
}

/**
 * `/api/search`: the one search path on the process-wide engine. Both the Next route and the
 * production server's direct path (server/worker.ts) answer with this.
 */
export const searchAnswer = (params: URLSearchParams): Promise<Answer> => answer(() => search(sharedEngine(), parseSearchParams(params)));

/** `handle` for routes that build their own Response. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  const a = await answer(fn);
  return a.status === 200 ? (a.body as Response) : Response.json(a.body, { status: a.status });
}
