/** What an engine does (lib/search/search.ts does the rest): index, match a parsed query, read documents. */
import type { PlanDocument } from '../plan/model';
import type { FacetCounts, FacetDoc, Filter, Vocabulary } from './facets';
import type { ParsedQuery } from './query';
import type { RankInput } from './rank';

/** What `stats` reports. */
export interface EngineStats {
  engine: string;
  documents: number;
  bytes: number | null;
}

/** One matching document as an engine reports it: enough to filter, count facets, rank and page it unread. */
export interface Match extends FacetDoc {
  /** The engine's own handle for the document, passed back to `documents`. */
  key: number;
  /** Position across the corpus: "order in the plan", and the tie-break. */
  order: number;
  /** The engine's relevance (higher is better). */
  score: number;
  rank: RankInput;
}

/** One rung of the matching ladder, as `page` runs it: documents matching `query` (all terms, or any), ranked by `weight`. */
export interface PageStep {
  query: ParsedQuery;
  mode: 'all' | 'any';
  /** Multiplies the engine's relevance: the strict rung outranks the relaxed ones. */
  weight: number;
}

export interface PageRequest {
  /** No steps: browse by the filter alone, in plan order. */
  steps: PageStep[];
  filter: Filter;
  /** Plan order rather than relevance. */
  order: boolean;
  /** Only clauses (not headings or contents entries), or only those; every kind by default. */
  kinds?: 'clauses' | 'headings';
  offset: number;
  limit: number;
}

/** One page of a search as the engine ranked, counted and faceted it. */
export interface PageResult {
  /** How many listed documents match some step and pass the filter. */
  total: number;
  documents: PlanDocument[];
  /** Disjunctive counts: each facet with the other facets' filters applied, not its own. */
  facets: FacetCounts;
}

export interface SearchEngine {
  readonly name: string;
  index(documents: PlanDocument[]): Promise<void>;
  /** Every listed document matching the query: all terms, or (`any`) at least one; exclusions never. */
  match(query: ParsedQuery, mode: 'all' | 'any'): Promise<Match[]>;
  /**
   * Optional: how many listed documents match each query (all terms), when the engine can count
   * without fetching every match (Meilisearch: count-only sub-queries in one multi-search).
   */
  counts?(queries: ParsedQuery[]): Promise<number[]>;
  /**
   * Optional, for an engine that ranks, pages and counts facets itself (Meilisearch): the page shown,
   * the total and the facets, without fetching every match. Null when it cannot express the request
   * (the shared path then matches in process).
   */
  page?(req: PageRequest): Promise<PageResult | null>;
  /** Every listed document (browsing by filters alone). */
  all(): Promise<Match[]>;
  /** The documents behind `keys`, in that order. */
  documents(keys: number[]): Promise<PlanDocument[]>;
  /** Chapter, district and topic labels and names, for filters and facets. */
  vocabulary(): Promise<Vocabulary>;
  /** How many documents are indexed (for idf). */
  size(): Promise<number>;
  get(id: string): Promise<PlanDocument | null>;
  stats(): Promise<EngineStats>;
  /**
   * Optional, for an engine that can swap its data under a running server (the embedded index,
   * reopened when ingest replaces the file): the data as it is now, held for one search and let go
   * with `release`, so that the keys one call returns mean the same in the next.
   */
  pin?(): { engine: SearchEngine; release: () => void };
  /** Optional: look now whether the data was replaced (the server calls it when the data version changes). */
  refresh?(): void;
}
