/**
 * The one search path: every caller (API, search page, CLI, eval, bench) runs a query through
 * `search(engine, request)`. It parses the query once, climbs the matching ladder (all terms →
 * compounds split → any term, rarer terms weighing more), filters, counts facets, ranks with the
 * phrase and proximity boosts, pages, reshapes, retries a query typed mid-word, and offers a
 * spelling correction. Engines only say which documents match a parsed query (`match`).
 */
import { countFacets, listFacets, passesFilter, resolveFilter, type Filter, type Vocabulary } from './facets';
import type { Match, PageStep, SearchEngine } from './engine-types';
import { endsMidWord, parseQuery, splitCompounds, type ParsedQuery } from './query';
import { boost } from './rank';
import { buildResponse, emptyResponse } from './respond';
import type { Stopwatch } from './stopwatch';
import { suggest } from './suggest';
import type { Facets, SearchRequest, SearchResponse } from './types';
import type { PlanDocument } from '../plan/model';

/** Fewer strict hits than this, and split compounds may add more. */
const FEW = 5;
/** Keeps documents with a compound as written above those with its words apart. */
const EXACT_FIRST = 100;
/** How many leaders are re-ranked with the phrase and proximity boosts. */
const RERANK = 300;

interface Scored {
  m: Match;
  score: number;
}

/** Whether the parsed query has anything an engine can match. */
const searchable = (p: ParsedQuery) => p.terms.length > 0;

/**
 * The matching ladder: every term required; with few hits, also the documents that hold a
 * compound's words apart (居家养老 → 居家 养老), ranked after the exact ones. Those are the matches.
 * With still few, the documents holding only some of the terms are the `partial` group, each
 * weighted by how rare its terms are ("hot spring resorts": the paragraph whose English names
 * resorts is the match; the other hot-spring paragraphs are partial). `relaxed` says that none held
 * every term.
 */
async function climb(engine: SearchEngine, query: ParsedQuery, watch?: Stopwatch) {
  let parsed = query;
  let scored: Scored[] = (await engine.match(parsed, 'all')).map((m) => ({ m, score: m.score }));
  watch?.lap('match');
  const split = scored.length < FEW ? splitCompounds(parsed) : null;
  watch?.lap('split');
  if (split) {
    const exact = new Set(scored.map((s) => s.m.key));
    const more = (await engine.match(split, 'all')).filter((m) => !exact.has(m.key));
    if (more.length > 0) {
      scored = [...scored.map((s) => ({ ...s, score: s.score * EXACT_FIRST })), ...more.map((m) => ({ m, score: m.score }))];
      parsed = split;
    }
    watch?.lap('match');
  }
  if (scored.length >= FEW || parsed.terms.length < 2) return { scored, parsed, partial: [] as Scored[], relaxed: false, weights: undefined };
  const total = await engine.size();
  const singles = parsed.terms.map((t) => ({ ...parsed, terms: [t], excluded: [] }));
  // An engine that counts without fetching (Meilisearch) says how rare each term is in one request.
  const dfs = engine.counts ? await engine.counts(singles) : await Promise.all(singles.map(async (q) => (await engine.match(q, 'all')).length));
  const weights = dfs.map((df) => Math.log(1 + total / Math.max(1, df)));
  const strict = new Set(scored.map((s) => s.m.key));
  const partial = (await engine.match(parsed, 'any')).filter((m) => !strict.has(m.key)).map((m) => ({ m, score: m.score }));
  watch?.lap('relax');
  return { scored, parsed, partial, relaxed: scored.length === 0, weights };
}

/** How many paragraphs holding only some of the terms are shown, apart from the matches. */
const PARTIAL_SHOWN = 5;
/** How many matching headings are offered as ways in, above the hits. */
const SECTIONS_SHOWN = 5;
/** Headings and the contents entries that list them: ways in, not clauses. */
const HEADING_KINDS = new Set(['heading', 'toc-entry']);
const isHeading = (s: Scored) => HEADING_KINDS.has(s.m.rank.kind);

/**
 * The same ladder for an engine that ranks, pages and counts facets itself (Meilisearch): each rung
 * is decided by counting (no match is fetched), then the engine returns the page shown, the total and
 * the facets of the rungs taken, strict matches weighted above split compounds above partial ones.
 * Null when the engine cannot express the request; the in-process path then answers.
 */
async function paged(
  engine: SearchEngine,
  req: SearchRequest,
  query: ParsedQuery,
  filter: Filter,
  vocab: Vocabulary,
  t0: number,
  watch?: Stopwatch,
): Promise<SearchResponse | null> {
  const steps: PageStep[] = [];
  let parsed = query;
  let strict = 0;
  if (searchable(query)) {
    const count = async (q: ParsedQuery) => (engine.counts ? (await engine.counts([q]))[0]! : (await engine.match(q, 'all')).length);
    const exact = await count(query);
    strict = exact;
    steps.push({ query, mode: 'all', weight: 1 });
    const split = exact < FEW ? splitCompounds(query) : null;
    if (split) {
      const more = await count(split);
      if (more > exact) {
        steps.push({ query: split, mode: 'all', weight: 1 / EXACT_FIRST });
        parsed = split;
        strict = more;
      }
    }
    watch?.lap('match');
  }
  const order = req.sort === 'order' || steps.length === 0;
  const searching = steps.length > 0;
  // The page and the headings that hold the query are independent: asked for together.
  const [result, sections] = await Promise.all([
    engine.page!({ steps, filter, order, offset: (req.page - 1) * req.per, limit: req.per, ...(searching ? { kinds: 'clauses' as const } : {}) }),
    searching && req.page === 1 ? engine.page!({ steps, filter, order: false, offset: 0, limit: SECTIONS_SHOWN, kinds: 'headings' }) : null,
  ]);
  if (!result) return null;
  // Few or no paragraphs hold every term: those holding some are a group of their own, on the first page.
  let partial: { total: number; documents: PlanDocument[] } | undefined;
  if (strict < FEW && parsed.terms.length >= 2 && req.page === 1) {
    const any = await engine.page!({ steps: [{ query: parsed, mode: 'any', weight: 1 }], filter, order: false, offset: 0, limit: PARTIAL_SHOWN + result.total, kinds: 'clauses' });
    if (any) {
      const shown = new Set(result.documents.map((d) => d.id));
      partial = { total: Math.max(0, any.total - result.total), documents: any.documents.filter((d) => !shown.has(d.id)).slice(0, PARTIAL_SHOWN) };
    }
  }
  watch?.lap('page');
  const response = buildResponse({
    req,
    parsed,
    engine: engine.name,
    total: result.total,
    facets: listFacets(result.facets, vocab),
    candidates: result.documents,
    relaxed: searchable(query) && strict === 0 && parsed.terms.length >= 2,
    partial,
    sections: sections?.documents,
    t0,
  });
  watch?.lap('highlight');
  return response;
}

/** One pass: no retry, no correction. */
async function once(engine: SearchEngine, req: SearchRequest, watch?: Stopwatch): Promise<SearchResponse> {
  const t0 = performance.now();
  const vocab = await engine.vocabulary();
  const filter = resolveFilter(req, vocab);
  const query = parseQuery(req.q, { typing: req.typing });
  watch?.lap('parse');
  const filtered = filter.chapter !== null || filter.district !== null || filter.topic !== null;
  const browsing = !searchable(query);
  // Nothing searchable and nothing to browse (or only exclusions).
  if (browsing && (query.terms.length > 0 || query.excluded.length > 0 || !filtered)) return emptyResponse(req, query, engine.name, t0);
  if (engine.page) {
    const answer = await paged(engine, req, query, filter, vocab, t0, watch);
    if (answer) return answer;
  }

  const { scored, parsed, partial, relaxed, weights } = browsing
    ? { scored: (await engine.all()).map((m) => ({ m, score: 0 })), parsed: query, partial: [] as Scored[], relaxed: false, weights: undefined }
    : await climb(engine, query, watch);

  // Searching, headings are ways in apart from the clauses; browsing lists them in place.
  const clauses = browsing ? scored : scored.filter((s) => !isHeading(s));
  const facets = countFacets(
    clauses.map((s) => s.m),
    filter,
    vocab,
  );
  const matched = clauses.filter((s) => passesFilter(s.m, filter));
  const headings = browsing ? [] : scored.filter((s) => isHeading(s) && passesFilter(s.m, filter));
  watch?.lap('facets');
  if (req.sort === 'order' || browsing) {
    matched.sort((a, b) => a.m.order - b.m.order);
  } else {
    matched.sort((a, b) => b.score - a.score || a.m.order - b.m.order);
    for (const s of matched.slice(0, RERANK)) s.score *= boost(s.m.rank, parsed, weights);
    matched.sort((a, b) => b.score - a.score || a.m.order - b.m.order);
  }
  watch?.lap('rank');
  const page = matched.slice((req.page - 1) * req.per, req.page * req.per);
  // The partial group: filtered like the matches, the rarest terms first, never counted with them.
  const some = partial.filter((s) => !isHeading(s) && passesFilter(s.m, filter));
  for (const s of some) s.score *= boost(s.m.rank, parsed, weights);
  some.sort((a, b) => b.score - a.score || a.m.order - b.m.order);
  const shown = req.page === 1 ? some.slice(0, PARTIAL_SHOWN) : [];
  for (const s of headings) s.score *= boost(s.m.rank, parsed, weights);
  headings.sort((a, b) => b.score - a.score || a.m.order - b.m.order);
  const ways = req.page === 1 ? headings.slice(0, SECTIONS_SHOWN) : [];
  const [candidates, partialDocs, sectionDocs] = [
    await engine.documents(page.map((s) => s.m.key)),
    await engine.documents(shown.map((s) => s.m.key)),
    await engine.documents(ways.map((s) => s.m.key)),
  ];
  watch?.lap('documents');
  const response = buildResponse({
    req,
    parsed,
    engine: engine.name,
    total: matched.length,
    facets,
    candidates,
    relaxed,
    partial: req.page === 1 && some.length > 0 ? { total: some.length, documents: partialDocs } : undefined,
    sections: sectionDocs,
    t0,
  });
  watch?.lap('highlight');
  return response;
}

/**
 * Searches; when nothing matches, tries again reading the last word as unfinished ("infant mort"),
 * and failing that offers a spelling correction ("sponge citty" → "sponge city").
 */
export async function search(engine: SearchEngine, req: SearchRequest, watch?: Stopwatch): Promise<SearchResponse> {
  // One search reads one version of the data, even when ingest replaces it meanwhile.
  const pinned = engine.pin?.();
  try {
    return await searchIn(pinned?.engine ?? engine, req, watch);
  } finally {
    pinned?.release();
  }
}

/** Whether a search that found nothing is tried again reading its last word as unfinished. */
const retriesTyping = (req: SearchRequest) => !req.typing && endsMidWord(req.q);

async function searchIn(engine: SearchEngine, req: SearchRequest, watch?: Stopwatch): Promise<SearchResponse> {
  const result = await once(engine, req, watch);
  if (result.total === 0 && retriesTyping(req)) {
    const typed = await once(engine, { ...req, typing: true }, watch);
    watch?.lap('retry');
    if (typed.total > 0) return typed;
  }
  // Nothing, or not every term, matched: a misspelling is likely.
  const suggestion = result.total === 0 || result.query.relaxed ? suggest(req.q) : null;
  watch?.lap('suggest');
  return suggestion ? { ...result, query: { ...result.query, suggestion } } : result;
}

/** What `search` totals with one more filter value: the total, and within it each facet value's count. */
export interface FilteredTotals {
  value: string;
  total: number;
  /** Disjunctive: `facets.topic[x].count` is the total of the same search filtered on `x` too. */
  facets: Facets;
}

/**
 * The totals `search` answers for `req` with each of `values` added as its `facet` filter, and for
 * every value of the other facets within it (the comparison tables: one search per district gives
 * its row of topics and its column of chapters). Each count is exactly the `total` of the search its
 * cell links to, read by the same path, including the retry of a last word typed half-way: a
 * count that is 0 read strictly is the typed reading's, as `search` would answer that cell.
 */
export async function totalsBy(engine: SearchEngine, req: SearchRequest, facet: 'chapter' | 'district' | 'topic', values: string[]): Promise<FilteredTotals[]> {
  const pinned = engine.pin?.();
  try {
    const e = pinned?.engine ?? engine;
    const out: FilteredTotals[] = [];
    // One at a time: an engine on a server gets one search at a time from this, as from a visitor.
    for (const value of values) {
      const one: SearchRequest = { ...req, [facet]: facet === 'chapter' ? [Number(value)] : [value], page: 1, per: 1 };
      const strict = await once(e, one);
      const typed = retriesTyping(one) ? await once(e, { ...one, typing: true }) : null;
      out.push({ value, total: strict.total || (typed?.total ?? 0), facets: typed ? orTyped(strict.facets, typed.facets) : strict.facets });
    }
    return out;
  } finally {
    pinned?.release();
  }
}

/** Each facet value's count read strictly, or where that is 0 (absent), the typed reading's. */
function orTyped(strict: Facets, typed: Facets): Facets {
  const merge = (a: Facets[keyof Facets], b: Facets[keyof Facets]) => [...a, ...b.filter((v) => !a.some((x) => x.value === v.value))];
  return { chapter: merge(strict.chapter, typed.chapter), district: merge(strict.district, typed.district), topic: merge(strict.topic, typed.topic) };
}
