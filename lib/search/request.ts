/** Validation of search input from a URL or the CLI: anything off is a SearchInputError (HTTP 400). */
import { MAX_QUERY_LENGTH } from './query';
import { SearchInputError, type SearchRequest, type Sort } from './types';

const MAX_PER = 100;
const MAX_PAGE = 1000;
const MAX_FILTER_VALUES = 50;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(p: Params, key: string): string[] {
  if (p instanceof URLSearchParams) return p.getAll(key);
  const v = p[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function integer(raw: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw new SearchInputError(`invalid_${name}`, `${name} must be a whole number from ${min} to ${max}`);
  const n = Number(raw);
  if (n < min || n > max) throw new SearchInputError(`invalid_${name}`, `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export function parseSearchParams(p: Params): SearchRequest {
  const qs = all(p, 'q');
  if (qs.length > 1) throw new SearchInputError('invalid_q', 'q may be given once');
  const q = qs[0] ?? '';
  if (q.length > MAX_QUERY_LENGTH) throw new SearchInputError('query_too_long', `the query is ${q.length} characters; the limit is ${MAX_QUERY_LENGTH}`);
  const list = (key: string) => {
    const values = all(p, key)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length > MAX_FILTER_VALUES) throw new SearchInputError('too_many_filters', `at most ${MAX_FILTER_VALUES} ${key} values`);
    return [...new Set(values)];
  };
  const chapters = list('chapter');
  const badChapters = chapters.filter((c) => !/^\d{1,3}$/.test(c) || Number(c) < 1);
  if (badChapters.length > 0)
    throw new SearchInputError(
      'invalid_chapter',
      'chapter must be a whole number from 1 to 999',
      badChapters.map((value) => ({ facet: 'chapter', value })),
    );
  const chapter = chapters.map(Number);
  const sortRaw = all(p, 'sort')[0] ?? 'relevance';
  if (sortRaw !== 'relevance' && sortRaw !== 'order') throw new SearchInputError('invalid_sort', 'sort must be relevance or order');
  return {
    q,
    chapter,
    district: list('district'),
    topic: list('topic'),
    page: integer(all(p, 'page')[0], 'page', 1, MAX_PAGE, 1),
    per: integer(all(p, 'per')[0], 'per', 1, MAX_PER, 20),
    sort: sortRaw as Sort,
    typing: all(p, 'typing')[0] === '1',
  };
}
