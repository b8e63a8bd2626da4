/**
 * What a search page shows, from its URL's parameters: the request as read, the results (none when
 * only browsing) or why it could not run, and the state its links are made from. One function for
 * both places a search page is rendered: Next's page (app/[locale]/search/page.tsx) and the
 * production server's own (server/own-pages.tsx).
 */
import { SOURCE_LOCALE, type Locale } from '../../i18n/routing';
import { looseState, type SearchState } from '../links/search-url';
import { parseSearchParams } from '../search/request';
import { isSearchInputError, type SearchInputError, type SearchRequest, type SearchResponse } from '../search/types';

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export interface SearchPageModel {
  state: SearchState;
  /** Null when only browsing (no query, no filter) or when the request was refused. */
  result: SearchResponse | null;
  error: SearchInputError | null;
}

/** A URL's query as Next hands it to pages: repeated keys as arrays. */
export function paramsRecord(p: URLSearchParams): SearchParamsRecord {
  const out: SearchParamsRecord = {};
  for (const key of new Set(p.keys())) {
    const all = p.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

export async function searchPageModel(locale: Locale, sp: SearchParamsRecord, search: (req: SearchRequest) => Promise<SearchResponse>): Promise<SearchPageModel> {
  let req: SearchRequest | null = null;
  let result: SearchResponse | null = null;
  let error: SearchInputError | null = null;
  try {
    req = parseSearchParams(sp);
    const browsing = req.q.trim() === '' && req.chapter.length + req.district.length + req.topic.length === 0;
    if (!browsing) result = await search(req);
  } catch (e) {
    if (!isSearchInputError(e)) throw e;
    error = e;
  }
  // A request that could not be run keeps what it asked for, so that its ways out change one thing only.
  const asked = req ? null : looseState(sp);
  const state: SearchState = {
    q: req?.q ?? asked!.q,
    chapter: req?.chapter.map(String) ?? asked!.chapter,
    district: req?.district ?? asked!.district,
    topic: req?.topic ?? asked!.topic,
    sort: req?.sort ?? asked!.sort,
    page: req?.page ?? 1,
    // Only pages in another language than the plan's show a translation to turn off.
    original: locale !== SOURCE_LOCALE && sp.text === 'original',
  };
  return { state, result, error };
}
