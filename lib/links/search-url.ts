/** Search state lives in the URL: building the links that change one part of it. */
import { localePath } from '../../i18n/navigation';
import { type Locale } from '../../i18n/routing';
import { routes } from './routes';
export type FacetName = 'chapter' | 'district' | 'topic';

export interface SearchState {
  q: string;
  chapter: string[];
  district: string[];
  topic: string[];
  sort: 'relevance' | 'order';
  page: number;
  /** Show the original text only, without its translation (pages in another language than the plan's). */
  original?: boolean;
}

export function searchParamsOf(s: SearchState): [string, string][] {
  const out: [string, string][] = [];
  if (s.q) out.push(['q', s.q]);
  for (const f of ['chapter', 'district', 'topic'] as const) for (const v of s[f]) out.push([f, v]);
  if (s.sort !== 'relevance') out.push(['sort', s.sort]);
  if (s.original) out.push(['text', 'original']);
  if (s.page > 1) out.push(['page', String(s.page)]);
  return out;
}

export function searchHref(locale: Locale, s: SearchState): string {
  return localePath(locale, routes.search(searchParamsOf(s)));
}

/** Adds or removes one facet value; any change of filters starts again at page 1. */
export function toggleFacet(s: SearchState, facet: FacetName, value: string): SearchState {
  const has = s[facet].includes(value);
  return { ...s, [facet]: has ? s[facet].filter((v) => v !== value) : [...s[facet], value], page: 1 };
}

export const withoutFilters = (s: SearchState): SearchState => ({ ...s, chapter: [], district: [], topic: [], page: 1 });

const values = (v: string | string[] | undefined) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((x) => x.trim()).filter(Boolean))];

/**
 * The search state as a URL gives it, unchecked: for the ways out of a request that could not be
 * run (a filter that names nothing, a query too long), whose links keep the rest of the search.
 */
export function looseState(sp: Record<string, string | string[] | undefined>): SearchState {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return {
    q: first(sp.q) ?? '',
    chapter: values(sp.chapter),
    district: values(sp.district),
    topic: values(sp.topic),
    sort: first(sp.sort) === 'order' ? 'order' : 'relevance',
    page: 1,
  };
}
