/** The search contract (DESIGN.md § Search API): what every engine takes and returns. */
import type { DocKind, Localized, PlanDocument, TableRow, Tag, Titled } from '../plan/model';

export type Sort = 'relevance' | 'order';

export interface SearchRequest {
  q: string;
  /** Facet filters: OR within one facet, AND across facets. */
  chapter: number[];
  district: string[];
  topic: string[];
  page: number;
  per: number;
  sort: Sort;
  /** Match the last Latin word as a prefix (search as you type). */
  typing?: boolean;
}

export interface Hit {
  id: string;
  /** Which corpus document (manifest id). */
  doc: string;
  url: string;
  kind: DocKind;
  text: string;
  /** HTML: the original text, escaped, with <mark> around matched terms, cropped around the best match. */
  highlight: string;
  part: Titled | null;
  chapter: Titled | null;
  section: Titled | null;
  box: Titled | null;
  districts: Tag[];
  topics: Tag[];
  table?: TableRow;
  /** The project's (unofficial) translations of `text`, by UI locale, where they exist. */
  translations?: PlanDocument['translations'];
  /** Like `highlight`, on each translation: escaped HTML, the query's words marked by stem, cropped. */
  translationHighlights?: PlanDocument['translations'];
  truncated?: true;
}

export type FacetValue = { value: string; count: number } & Localized;

export interface Facets {
  chapter: FacetValue[];
  district: FacetValue[];
  topic: FacetValue[];
}

export interface SearchResponse {
  /** `suggestion`: when not every term matched, the query with unknown Latin words corrected (portal only). */
  /** `inputs[i]`: what the user typed for `terms[i]` (sponge city for 海绵城市). */
  query: { q: string; terms: string[]; inputs: string[]; excluded: string[]; expanded: boolean; relaxed: boolean; suggestion?: string };
  engine: string;
  total: number;
  page: number;
  per: number;
  tookMs: number;
  hits: Hit[];
  facets: Facets;
  /**
   * When fewer than five paragraphs hold every term: the paragraphs holding only some of them, rarest
   * terms first, at most five, on the first page. Never in `total`, `hits` or `facets`, which describe
   * the paragraphs that match the query; shown apart, labelled "only some of your words matched".
   */
  partial?: { total: number; hits: Hit[] };
  /**
   * Headings (and contents entries) that hold the query: ways in, shown as a compact line above the
   * hits, at most five, on the first page; never among `hits` or in `total` and `facets`, so that a
   * clause, not the heading that names its subject, comes first. Browsing by filters alone lists
   * headings in place, in plan order.
   */
  sections?: Hit[];
}

/** A filter value a request names that is not one (an unknown district, a chapter that is not a number). */
export interface BadFilter {
  facet: 'chapter' | 'district' | 'topic';
  value: string;
}

/** A request the engines refuse: the API answers 400 with this code and message. */
export class SearchInputError extends Error {
  override name = 'SearchInputError';
  constructor(
    readonly code: string,
    message: string,
    /** The filter values at fault, every one, so that a page can offer to remove them. */
    readonly filters: BadFilter[] = [],
  ) {
    super(message);
  }
}

/**
 * Whether `e` is a SearchInputError. By name, not instanceof: the engine is shared process-wide
 * (lib/process-wide.ts) and may come from another bundle's copy of this module.
 */
export function isSearchInputError(e: unknown): e is SearchInputError {
  return e instanceof Error && e.name === 'SearchInputError' && typeof (e as SearchInputError).code === 'string';
}
