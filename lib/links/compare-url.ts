/** The comparison tables' addresses, and the search page each of their cells opens. */
import { localePath } from '../../i18n/navigation';
import { type Locale } from '../../i18n/routing';
import type { Axis, CompareView } from '../search/compare';
import { routes } from './routes';
import { searchHref } from './search-url';

export interface CompareState {
  view: CompareView;
  q: string;
}

/** The default view and an empty query are left out, so that one table has one address. */
export function compareParamsOf(s: CompareState): [string, string][] {
  const out: [string, string][] = [];
  if (s.view !== 'topics') out.push(['view', s.view]);
  if (s.q) out.push(['q', s.q]);
  return out;
}

export const compareHref = (locale: Locale, s: CompareState): string => localePath(locale, routes.compare(compareParamsOf(s)));

/** The table as a CSV file: the API answers it as a download. */
export const compareCsvHref = (s: CompareState): string => routes.compareData([...compareParamsOf(s), ['format', 'csv']]);

/** The search page listing exactly the paragraphs a cell counts: the query and the cell's row and column as filters. */
export function cellHref(locale: Locale, q: string, filters: Axis[]): string {
  const of = (facet: Axis['facet']) => filters.filter((a) => a.facet === facet).map((a) => a.value);
  return searchHref(locale, { q, chapter: of('chapter'), district: of('district'), topic: of('topic'), sort: 'relevance', page: 1 });
}
