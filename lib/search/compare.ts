/**
 * The comparison tables: how many paragraphs the plan gives each district on each topic
 * (districts × topics), or in each chapter (chapters × districts), optionally only those matching a
 * query. Counted by the one search path (`totalsBy`), so that every count is the total of the
 * search its cell links to.
 */
import { localized, type Localized } from '../plan/model';
import { currentCorpus } from '../corpus/load';
import type { SearchEngine } from './engine-types';
import { parseSearchParams } from './request';
import { totalsBy } from './search';
import { SearchInputError, type FacetValue } from './types';

export const COMPARE_VIEWS = ['topics', 'chapters'] as const;
/** `topics`: districts × topics; `chapters`: chapters × districts. */
export type CompareView = (typeof COMPARE_VIEWS)[number];

/** One row or column: the facet and value its cells filter on, and its name in every UI language. */
export interface Axis {
  facet: 'district' | 'topic' | 'chapter';
  value: string;
  label: Localized;
}

export interface Matrix {
  view: CompareView;
  q: string;
  rows: Axis[];
  columns: Axis[];
  /** `counts[r][c]`: the search total with row r's and column c's filters (and `q`). */
  counts: number[][];
  /** Each district's total over the whole plan, whatever the other facet: the last column (topics) or row (chapters). */
  totals: number[];
  /** The largest count in `counts`, for shading. */
  max: number;
}

/** The `view` parameter (given once, or not at all for districts × topics); anything else is a SearchInputError. */
export function parseView(raw: string | string[] | undefined): CompareView {
  const one = Array.isArray(raw) ? (raw.length === 1 ? raw[0] : raw.length === 0 ? undefined : null) : raw;
  if (one === undefined || one === '') return 'topics';
  if (one !== null && (COMPARE_VIEWS as readonly string[]).includes(one)) return one as CompareView;
  throw new SearchInputError('invalid_view', `view must be one of ${COMPARE_VIEWS.join(', ')}`);
}

/** Gazetteer order (districts, counties, the city, then zones) and the taxonomy's order, not the text's. */
function ordered<T>(values: Map<string, T>, order: string[]): [string, T][] {
  const at = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...values].sort((a, b) => at(a[0]) - at(b[0]) || a[0].localeCompare(b[0]));
}

const maxOf = (counts: number[][]) => Math.max(0, ...counts.flat());

const countOf = (values: FacetValue[], value: string) => values.find((v) => v.value === value)?.count ?? 0;

/** The table for `view`, counting paragraphs that match `q` (every paragraph when `q` is empty or absent). */
export async function compareMatrix(engine: SearchEngine, view: CompareView, q: string | string[] | undefined): Promise<Matrix> {
  // The query is read and checked as the search page reads it (its length limit, its errors).
  const req = parseSearchParams({ q, per: '1' });
  const vocab = await engine.vocabulary();
  const corpus = currentCorpus();
  const districts: Axis[] = ordered(
    vocab.districts,
    corpus.gazetteer.districts.map((d) => d.id),
  ).map(([value, t]) => ({ facet: 'district', value, label: localized(t) }));
  const byDistrict = await totalsBy(
    engine,
    req,
    'district',
    districts.map((d) => d.value),
  );
  const totals = byDistrict.map((d) => d.total);
  if (view === 'topics') {
    const topics: Axis[] = ordered(
      vocab.topics,
      corpus.topics.map((t) => t.id),
    ).map(([value, t]) => ({ facet: 'topic', value, label: localized(t) }));
    const counts = byDistrict.map((d) => topics.map((t) => countOf(d.facets.topic, t.value)));
    return { view, q: req.q, rows: districts, columns: topics, counts, totals, max: maxOf(counts) };
  }
  const chapters: Axis[] = [...vocab.chapters].sort((a, b) => a[0] - b[0]).map(([no, t]) => ({ facet: 'chapter', value: String(no), label: localized(t) }));
  const counts = chapters.map((c) => byDistrict.map((d) => countOf(d.facets.chapter, c.value)));
  return { view, q: req.q, rows: chapters, columns: districts, counts, totals, max: maxOf(counts) };
}
