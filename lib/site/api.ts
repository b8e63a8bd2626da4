/** JSON answers of the API routes: errors always as {error: {code, message}} with the right status. */
import { isSearchInputError } from '../search/types';

export const apiError = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

/** Runs a handler; input errors become 400, anything unexpected a 500 without internals. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (isSearchInputError(e)) return apiError(400, e.code, e.message);
    console.error(e);
    return apiError(500, 'internal', 'the request could not be completed');
  }
}
