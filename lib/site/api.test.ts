import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataUnavailableError } from '../plan/data-error';
import { EngineBusyError } from '../search/engine-error';
import { SearchInputError } from '../search/types';
import { answer } from './api';

describe('API answers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps each kind of failure to its status and a JSON error, never a stack trace', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await answer(async () => ({ ok: true }))).toEqual({ status: 200, body: { ok: true } });
    expect(await answer(async () => Promise.reject(new SearchInputError('bad_page', 'page must be 1–500')))).toEqual({
      status: 400,
      body: { error: { code: 'bad_page', message: 'page must be 1–500' } },
    });
    expect((await answer(async () => Promise.reject(new DataUnavailableError('data/index.sqlite', 'damaged', 'npm run index')))).status).toBe(503);
    // An overloaded or unreachable engine, after its retries: 503 engine_busy, the operator's reason only in the log.
    const busy = await answer(async () => Promise.reject(new EngineBusyError('Meilisearch at http://10.0.0.5:7700 did not answer a search after 3 attempts')));
    expect(busy).toEqual({ status: 503, body: { error: { code: 'engine_busy', message: 'the search engine is busy right now; try again in a moment' } } });
    expect(JSON.stringify(busy.body)).not.toContain('10.0.0.5');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('10.0.0.5'));
    const crash = await answer(async () => Promise.reject(new TypeError('x is undefined')));
    expect(crash).toEqual({ status: 500, body: { error: { code: 'internal', message: 'the request could not be completed' } } });
  });
});
