/**
 * A stand-in for the Meilisearch HTTP API, on loopback, strict where a real server is strict, so
 * that the adapter's unit tests fail the way a real server would make it fail. Each strict
 * behaviour names where Meilisearch documents or implements it ("src:" paths are in the
 * meilisearch/meilisearch repository, crates/meilisearch/src/ or crates/milli/src/).
 *
 * What it models: API keys with actions per route; request bodies whose unknown fields are refused
 * per server version; tasks processed in order over several polls, which can fail
 * (index_already_exists, invalid_document_id); index swap; settings; documents; and a real, if
 * small, search for multi-search: quoted phrases, negations, the 10-term limit, matching strategy,
 * filters, sort placed by the ranking rules, offset/limit and page/hitsPerPage pagination.
 *
 * What it does not model: typos, prefixes, synonyms, stop words, and charabia beyond one rule
 * (below); its ranking score is its own, ordered like the first rules (words, then proximity).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Doc = Record<string, unknown> & { id: string };
type Status = 'enqueued' | 'processing' | 'succeeded' | 'failed';
interface Task {
  uid: number;
  status: Status;
  type: string;
  indexUid: string | null;
  error?: { message: string; code: string; type: string; link: string };
  /** Applied when the task is processed; returns an error to fail it. */
  run: () => { message: string; code: string } | void;
}
interface Index {
  docs: Map<string, Doc>;
  settings: Record<string, unknown>;
  createdAt: string;
}

export interface FakeMeiliOptions {
  /** The version GET /version reports and whose request fields are accepted. */
  version?: string;
  /** API keys and their actions (`*` for all); the master key has every action. */
  keys?: Record<string, string[]>;
  /** How many polls of GET /tasks/:uid the task at the head of the queue takes to finish (at least 2; it is `processing` before). */
  pollsPerTask?: number;
  /** How many of the next searches are refused as overloaded: 503 `too_many_search_requests` (src: search_queue.rs). */
  busy?: number;
  /** Never answer a search (a server that hangs): the client's timeout must give up. */
  stall?: boolean;
}

export interface FakeMeili {
  url: string;
  version: string;
  requests: { method: string; path: string; body: unknown; auth: string | undefined; status: number }[];
  indexes: Map<string, Index>;
  /** Refuse the next `n` searches as overloaded. */
  busy(n: number): void;
  close(): Promise<void>;
}

/** The current line, as the OpenAPI of the Meilisearch documentation names it (meilisearch.com/docs/reference/api, `version: 1.41.0`). */
export const CURRENT_VERSION = '1.41.0';

/**
 * Routes and the key action each needs (src: routes/*.rs, `GuardedData<ActionPolicy<{ actions::… }>>`;
 * e.g. routes/indexes/documents.rs get_document needs DOCUMENTS_GET, routes/multi_search.rs SEARCH,
 * routes/swap_indexes.rs INDEXES_SWAP). A key without the action gets 403 invalid_api_key, no key
 * 401 missing_authorization_header (meilisearch.com/docs/reference/errors/error_codes).
 */
const ROUTES: [method: string, pattern: RegExp, action: string][] = [
  ['GET', /^\/version$/, 'version'],
  ['POST', /^\/indexes$/, 'indexes.create'],
  ['GET', /^\/indexes$/, 'indexes.get'],
  ['GET', /^\/indexes\/[^/]+$/, 'indexes.get'],
  ['DELETE', /^\/indexes\/[^/]+$/, 'indexes.delete'],
  ['PATCH', /^\/indexes\/[^/]+\/settings$/, 'settings.update'],
  ['POST', /^\/indexes\/[^/]+\/documents$/, 'documents.add'],
  ['GET', /^\/indexes\/[^/]+\/documents\/[^/]+$/, 'documents.get'],
  ['GET', /^\/indexes\/[^/]+\/stats$/, 'stats.get'],
  ['POST', /^\/swap-indexes$/, 'indexes.swap'],
  ['GET', /^\/tasks\/\d+$/, 'tasks.get'],
  ['POST', /^\/multi-search$/, 'search'],
];

/**
 * Body fields a route accepts, with the version that introduced each. Meilisearch deserialises
 * bodies with `deny_unknown_fields` (src: routes/swap_indexes.rs SwapIndexesPayload,
 * search/mod.rs SearchQueryWithIndex, milli update/settings.rs Settings), so a field an older
 * server does not know is a 400 `bad_request`. `rename` in swap-indexes arrived in v1.18
 * (meilisearch-java#888, "Meilisearch 1.18 … supports renaming indexes"); `localizedAttributes` and
 * the search `locales` in v1.10; `dictionary`, `separatorTokens` and `nonSeparatorTokens` in v1.5;
 * `showRankingScore` and `attributesToSearchOn` in v1.3 (the release notes of each version).
 */
const FIELDS: Record<string, Record<string, string>> = {
  swap: { indexes: '1.0.0', rename: '1.18.0' },
  settings: {
    searchableAttributes: '1.0.0',
    filterableAttributes: '1.0.0',
    sortableAttributes: '1.0.0',
    displayedAttributes: '1.0.0',
    rankingRules: '1.0.0',
    synonyms: '1.0.0',
    stopWords: '1.0.0',
    pagination: '1.0.0',
    faceting: '1.0.0',
    typoTolerance: '1.0.0',
    distinctAttribute: '1.0.0',
    dictionary: '1.5.0',
    separatorTokens: '1.5.0',
    nonSeparatorTokens: '1.5.0',
    localizedAttributes: '1.10.0',
  },
  search: {
    indexUid: '1.1.0',
    q: '1.0.0',
    offset: '1.0.0',
    limit: '1.0.0',
    page: '1.0.0',
    hitsPerPage: '1.0.0',
    filter: '1.0.0',
    sort: '1.0.0',
    attributesToRetrieve: '1.0.0',
    matchingStrategy: '1.0.0',
    showRankingScore: '1.3.0',
    attributesToSearchOn: '1.3.0',
    locales: '1.10.0',
    federationOptions: '1.10.0',
  },
  /** Federated multi-search (v1.10); facets across its queries, `facetsByIndex` and `mergeFacets`, from v1.12 (src: search/federated.rs at each tag). */
  federation: { offset: '1.10.0', limit: '1.10.0', facetsByIndex: '1.12.0', mergeFacets: '1.12.0' },
  federationOptions: { weight: '1.10.0' },
  createIndex: { uid: '1.0.0', primaryKey: '1.0.0' },
};

/** The default ranking rules: `sort` after the relevance rules (meilisearch.com/docs/learn/relevancy/ranking_rules). */
const DEFAULT_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
const RELEVANCE_RULES = new Set(['words', 'typo', 'proximity', 'attribute', 'exactness']);
/** "The maximum number of terms taken into account for each search query is 10" (docs: resources/help/known_limitations). */
const MAX_QUERY_TERMS = 10;
/** pagination.maxTotalHits defaults to 1000 (docs: reference/api/settings, pagination). */
const DEFAULT_MAX_TOTAL_HITS = 1000;

export const versionAtLeast = (v: string, min: string) => {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = 'invalid_request',
  ) {
    super(message);
  }
}

/** Refuses fields the route does not know, or that arrived after this version. */
function checkFields(kind: keyof typeof FIELDS, body: Record<string, unknown>, version: string) {
  for (const key of Object.keys(body)) {
    const since = FIELDS[kind]![key];
    if (!since || !versionAtLeast(version, since)) {
      const known = Object.entries(FIELDS[kind]!)
        .filter(([, s]) => versionAtLeast(version, s))
        .map(([k]) => `\`${k}\``);
      throw new HttpError(400, 'bad_request', `Unknown field \`${key}\`: expected one of ${known.join(', ')}`);
    }
  }
}

const HAN = /\p{Script=Han}/u;
/**
 * The one charabia behaviour modelled, as issue 11 read it: in a field declared Chinese (`cmn`),
 * a run of letters and digits is cut where letters and digits meet (5g → 5, g) unless the
 * index's `dictionary` names it; a query phrase written only in Latin letters is tokenised as
 * Latin, whole. `dictionary` makes charabia keep a word whole (docs: reference/api/settings,
 * dictionary: "consider groups of strings as a single term").
 */
function tokensOf(value: string, chinese: boolean, dictionary: Set<string>): string[] {
  const words = value.toLowerCase().split(/\s+/).filter(Boolean);
  if (!chinese) return words;
  return words.flatMap((w) => (dictionary.has(w) || !/[0-9]/.test(w) || !/[a-z]/.test(w) ? [w] : (w.match(/[0-9]+|[^0-9]+/g) ?? [w])));
}

interface QueryTerm {
  tokens: string[];
}

/** A query string as milli reads it (src: milli search/new/query_term/parse_query.rs): phrases, words, `-` negations, at most 10 terms. */
function parseQ(q: string, tokenize: (s: string) => string[]): { terms: QueryTerm[]; negative: QueryTerm[] } {
  const terms: QueryTerm[] = [];
  const negative: QueryTerm[] = [];
  const re = /(-?)"([^"]*)("?)|(-?)([^\s"]+)/g;
  for (const m of q.matchAll(re)) {
    // The limit counts positive terms; once it is reached the rest of the query, negations too, is ignored.
    if (terms.length >= MAX_QUERY_TERMS) break;
    const neg = m[1] === '-' || m[4] === '-';
    const text = m[2] ?? m[5] ?? '';
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    (neg ? negative : terms).push({ tokens });
  }
  return { terms, negative };
}

const containsRun = (field: string[], run: string[]) => {
  outer: for (let i = 0; i + run.length <= field.length; i++) {
    for (let k = 0; k < run.length; k++) if (field[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
};

/** Every position where `run` starts in `field`. */
const runsAt = (field: string[], run: string[]) => {
  const out: number[] = [];
  outer: for (let i = 0; i + run.length <= field.length; i++) {
    for (let k = 0; k < run.length; k++) if (field[i + k] !== run[k]) continue outer;
    out.push(i);
  }
  return out;
};

/** The smallest window, in tokens, holding every term in one field (0 for one term); large when no field holds them all. */
function closest(fields: string[][], terms: QueryTerm[]): number {
  if (terms.length < 2) return 0;
  let best = 1000;
  for (const f of fields) {
    const lists = terms.map((t) => runsAt(f, t.tokens));
    if (lists.some((l) => l.length === 0)) continue;
    for (const p of lists[0]!) {
      const far = Math.max(...lists.slice(1).map((l) => Math.min(...l.map((q) => Math.abs(q - p)))));
      best = Math.min(best, far);
    }
  }
  return best;
}

/** A filter as Meilisearch reads it, for the forms the adapter may send: `a = v`, `a != v`, `a IN [v, …]`, `a NOT IN [v, …]`, joined by AND; arrays AND, inner arrays OR (docs: learn/filtering_and_sorting/filter_expression_reference). */
function filterFn(filter: unknown, filterable: Set<string>): (d: Doc) => boolean {
  if (filter === undefined || filter === null) return () => true;
  const one = (expr: string): ((d: Doc) => boolean) => {
    const parts = expr.split(/\s+AND\s+/);
    if (parts.length > 1) {
      const fs = parts.map(one);
      return (d) => fs.every((f) => f(d));
    }
    const m = /^\s*([A-Za-z_][\w.]*)\s*(=|!=|NOT IN|IN)\s*(\[[^\]]*\]|"[^"]*"|[^\s"]+)\s*$/.exec(expr);
    if (!m) throw new HttpError(400, 'invalid_search_filter', `Was expecting an operation \`=\`, \`!=\`, \`IN\` … at \`${expr}\`.`);
    const [, attr, op, raw] = m;
    if (!filterable.has(attr!))
      throw new HttpError(400, 'invalid_search_filter', `Attribute \`${attr}\` is not filterable. Available filterable attributes are: \`${[...filterable].sort().join(', ')}\`.`);
    const values = (raw!.startsWith('[') ? raw!.slice(1, -1).split(',') : [raw!]).map((v) => v.trim().replace(/^"|"$/g, ''));
    const has = (d: Doc) => {
      const v = d[attr!];
      const all = Array.isArray(v) ? v : [v];
      return all.some((x) => values.includes(String(x)));
    };
    return op === '!=' || op === 'NOT IN' ? (d) => !has(d) : has;
  };
  if (typeof filter === 'string') return one(filter);
  if (Array.isArray(filter)) {
    const fs = filter.map((f) => {
      if (typeof f === 'string') return one(f);
      if (Array.isArray(f) && f.every((x) => typeof x === 'string')) {
        const any = f.map(one);
        return (d: Doc) => any.some((g) => g(d));
      }
      throw new HttpError(400, 'invalid_search_filter', 'Invalid syntax for the filter parameter: `expected String, Array`.');
    });
    return (d) => fs.every((f) => f(d));
  }
  throw new HttpError(400, 'invalid_search_filter', 'Invalid syntax for the filter parameter: `expected String, Array`.');
}

export async function startFakeMeili(o: FakeMeiliOptions = {}): Promise<FakeMeili> {
  const version = o.version ?? CURRENT_VERSION;
  const keys: Record<string, string[]> = { master: ['*'], ...(o.keys ?? { search: ['search'], reader: ['search', 'documents.get'] }) };
  const polls = Math.max(2, o.pollsPerTask ?? 3);
  const indexes = new Map<string, Index>();
  const tasks: Task[] = [];
  /** Tasks are processed one at a time, in the order they were enqueued (docs: learn/async/asynchronous_operations). */
  const queue: Task[] = [];
  let progress = 0;
  const requests: FakeMeili['requests'] = [];
  let busy = o.busy ?? 0;

  const fail = (code: string, message: string) => ({ code, message });
  const enqueue = (type: string, indexUid: string | null, run: Task['run']) => {
    const t: Task = { uid: tasks.length, status: 'enqueued', type, indexUid, run };
    tasks.push(t);
    queue.push(t);
    return t;
  };
  /** Each poll moves the head of the queue on by one step: a task takes `polls` polls to finish. */
  const tick = () => {
    const head = queue[0];
    if (!head) return;
    progress++;
    if (head.status === 'enqueued') head.status = 'processing';
    if (progress >= polls) {
      const err = head.run();
      head.status = err ? 'failed' : 'succeeded';
      if (err) head.error = { ...err, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${err.code}` };
      queue.shift();
      progress = 0;
    }
  };
  const index = (uid: string) => {
    let i = indexes.get(uid);
    // Adding documents or settings to a missing index creates it (docs: reference/api/documents).
    if (!i) indexes.set(uid, (i = { docs: new Map(), settings: {}, createdAt: new Date().toISOString() }));
    return i;
  };
  const mustIndex = (uid: string) => {
    const i = indexes.get(uid);
    if (!i) throw new HttpError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return i;
  };

  /** A query's matches, ranked, before pagination: what a single search pages and what federation merges. */
  function ranked(q: Record<string, unknown>) {
    checkFields('search', q, version);
    const uid = q.indexUid as string;
    const idx = mustIndex(uid);
    const s = idx.settings;
    const searchable = (s.searchableAttributes as string[] | undefined) ?? ['*'];
    const displayed = (s.displayedAttributes as string[] | undefined) ?? ['*'];
    const filterable = new Set((s.filterableAttributes as string[] | undefined) ?? []);
    const sortable = new Set((s.sortableAttributes as string[] | undefined) ?? []);
    const rules = (s.rankingRules as string[] | undefined) ?? DEFAULT_RULES;
    const dictionary = new Set(((s.dictionary as string[] | undefined) ?? []).map((w) => w.toLowerCase()));
    const chineseFields = new Set(
      ((s.localizedAttributes as { attributePatterns: string[]; locales: string[] }[] | undefined) ?? [])
        .filter((r) => r.locales.includes('cmn'))
        .flatMap((r) => r.attributePatterns),
    );
    const strategy = (q.matchingStrategy as string | undefined) ?? 'last';
    if (!['last', 'all', 'frequency'].includes(strategy))
      throw new HttpError(400, 'invalid_search_matching_strategy', `Unknown value \`${strategy}\` at \`.matchingStrategy\`: expected one of \`last\`, \`all\`, \`frequency\``);
    const keep = filterFn(q.filter, filterable);
    const sort = (q.sort as string[] | undefined) ?? [];
    const sortKeys = sort.map((x) => {
      const [attr, dir] = x.split(':');
      if (!sortable.has(attr!) || (dir !== 'asc' && dir !== 'desc'))
        throw new HttpError(400, 'invalid_search_sort', `Attribute \`${attr}\` is not sortable. Available sortable attributes are: \`${[...sortable].join(', ')}\`.`);
      return { attr: attr!, dir: dir === 'asc' ? 1 : -1 };
    });

    const { terms, negative } = parseQ((q.q as string | undefined) ?? '', (t) => tokensOf(t, HAN.test(t), dictionary));
    const fieldsOf = (d: Doc) =>
      (searchable[0] === '*' ? Object.keys(d) : searchable).filter((f) => typeof d[f] === 'string').map((f) => tokensOf(d[f] as string, chineseFields.has(f), dictionary));
    const scored: { d: Doc; matched: number; first: number; span: number }[] = [];
    for (const d of idx.docs.values()) {
      if (!keep(d)) continue;
      const fields = fieldsOf(d);
      const at = (t: QueryTerm) => Math.min(...fields.map((f) => containsRun(f, t.tokens)).filter((p) => p >= 0), Infinity);
      if (negative.some((t) => at(t) !== Infinity)) continue;
      const positions = terms.map(at);
      // `all` needs every term; `last` (the default) drops terms from the end until documents match (docs: reference/api/search, matchingStrategy).
      let matched = 0;
      while (matched < positions.length && positions[matched] !== Infinity) matched++;
      if (terms.length > 0 && (matched === 0 || (strategy === 'all' && matched < terms.length))) continue;
      scored.push({ d, matched, first: matched ? Math.min(...positions.slice(0, matched)) : 0, span: closest(fields, terms.slice(0, matched)) });
    }
    // After "words", the "proximity" rule: the matched terms closest together in one field rank first (docs: learn/relevancy/ranking_rules).
    const relevance = (x: (typeof scored)[number]) => (terms.length ? (x.matched / terms.length) * (1 / (1 + x.span / 4)) * (1 / (1 + x.first / 1000)) : 1);
    const bySort = (a: Doc, b: Doc) => {
      for (const k of sortKeys) {
        const d = ((a[k.attr] as number) - (b[k.attr] as number)) * k.dir;
        if (d) return d;
      }
      return 0;
    };
    // The ranking rules apply in their order: `sort` decides only among documents the rules before it leave tied.
    const sortFirst = rules.indexOf('sort') < Math.min(...rules.map((r, k) => (RELEVANCE_RULES.has(r) ? k : Infinity)));
    scored.sort((a, b) => (sortFirst ? bySort(a.d, b.d) || relevance(b) - relevance(a) : relevance(b) - relevance(a) || bySort(a.d, b.d)));

    const retrieve = ((q.attributesToRetrieve as string[] | undefined) ?? ['*']).flatMap((f) => (f === '*' ? displayed : [f]));
    const view = (d: Doc) => Object.fromEntries(retrieve.filter((f) => displayed[0] === '*' || displayed.includes(f)).map((f) => [f, d[f]]));
    return { uid, idx, scored, relevance, sortKeys, sortFirst, view };
  }

  function search(q: Record<string, unknown>) {
    if (q.federationOptions !== undefined)
      throw new HttpError(400, 'invalid_multi_search_federation_options', 'Using `federationOptions` is not allowed in a non-federated search.');
    const { uid, idx, scored, relevance, view } = ranked(q);
    const s = idx.settings;
    const maxTotal = ((s.pagination as { maxTotalHits?: number } | undefined)?.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS) as number;
    const reachable = scored.slice(0, maxTotal);
    const finite = q.page !== undefined || q.hitsPerPage !== undefined;
    let offset: number;
    let limit: number;
    if (finite) {
      const per = (q.hitsPerPage as number | undefined) ?? 20;
      const page = (q.page as number | undefined) ?? 1;
      // "page 0 gives a limit of 0 forcing Meilisearch to return no document" (src: search/mod.rs perform_search), with an exhaustive totalHits.
      [offset, limit] = page === 0 ? [0, 0] : [per * (page - 1), per];
    } else {
      offset = (q.offset as number | undefined) ?? 0;
      limit = (q.limit as number | undefined) ?? 20;
    }
    const hits = reachable.slice(offset, offset + limit).map((x) => ({
      ...view(x.d),
      ...(q.showRankingScore ? { _rankingScore: relevance(x) } : {}),
    }));
    const common = { indexUid: uid, hits, query: q.q ?? '', processingTimeMs: 1 };
    return finite
      ? {
          ...common,
          page: q.page ?? 1,
          hitsPerPage: q.hitsPerPage ?? 20,
          totalHits: scored.length,
          totalPages: Math.ceil(scored.length / Math.max(1, (q.hitsPerPage as number) ?? 20)),
        }
      : { ...common, offset, limit, estimatedTotalHits: reachable.length };
  }

  /**
   * A federated multi-search as milli merges one (src: search/federated/perform.rs): each query's
   * matches weighted by its `federationOptions.weight`, merged by weighted score (by the sort first
   * when every query sorts the same way and `sort` leads the ranking rules), a document matched by
   * several queries kept once, at its first place in the merged list; the total and the facets of
   * `facetsByIndex` are over the union of the queries' matches; one offset and limit for all.
   * Per-query `offset`, `limit`, `page` and `hitsPerPage` are refused.
   */
  function federated(b: { queries: Record<string, unknown>[]; federation: Record<string, unknown> }) {
    checkFields('federation', b.federation, version);
    const merged: { d: Doc; score: number; order: number[]; view: Record<string, unknown>; position: number }[] = [];
    let sortedAll = b.queries.length > 0;
    for (const [position, q] of b.queries.entries()) {
      const { federationOptions, ...rest } = q as { federationOptions?: Record<string, unknown> };
      for (const k of ['offset', 'limit', 'page', 'hitsPerPage'])
        if (k in rest)
          throw new HttpError(400, 'invalid_multi_search_query_pagination', `Inside \`.queries[${position}]\`: Using pagination options is not allowed in federated queries.`);
      checkFields('federationOptions', federationOptions ?? {}, version);
      const weight = (federationOptions?.weight as number | undefined) ?? 1;
      const { scored, relevance, sortKeys, sortFirst, view } = ranked(rest);
      if (!sortFirst || sortKeys.length === 0) sortedAll = false;
      for (const x of scored) merged.push({ d: x.d, score: relevance(x) * weight, order: sortKeys.map((k) => (x.d[k.attr] as number) * k.dir), view: view(x.d), position });
    }
    const bySort = (a: number[], c: number[]) => a.reduce((r, v, i) => r || v - c[i]!, 0);
    merged.sort((a, c) => (sortedAll ? bySort(a.order, c.order) : 0) || c.score - a.score || a.position - c.position);
    const seen = new Set<string>();
    const unique = merged.filter((m) => !seen.has(m.d.id) && seen.add(m.d.id));
    const offset = (b.federation.offset as number | undefined) ?? 0;
    const limit = (b.federation.limit as number | undefined) ?? 20;
    const facetsByIndex = b.federation.facetsByIndex as Record<string, string[]> | undefined;
    const distribution = (attrs: string[]) =>
      Object.fromEntries(
        attrs.map((a) => {
          const counts: Record<string, number> = {};
          for (const m of unique) for (const v of ([] as unknown[]).concat(m.d[a] ?? [])) if (v !== null) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
          return [a, counts];
        }),
      );
    return {
      hits: unique
        .slice(offset, offset + limit)
        .map((m) => ({ ...m.view, _federation: { indexUid: b.queries[m.position]!.indexUid, queriesPosition: m.position, weightedRankingScore: m.score } })),
      processingTimeMs: 1,
      limit,
      offset,
      estimatedTotalHits: unique.length,
      ...(facetsByIndex ? { facetsByIndex: Object.fromEntries(Object.entries(facetsByIndex).map(([uid, attrs]) => [uid, { distribution: distribution(attrs), stats: {} }])) } : {}),
    };
  }

  function route(method: string, path: string, body: unknown, query: URLSearchParams): [number, unknown] {
    const p = path.split('/').filter(Boolean).map(decodeURIComponent);
    const enqueued = (t: Task): [number, unknown] => [202, { taskUid: t.uid, indexUid: t.indexUid, status: 'enqueued', type: t.type, enqueuedAt: new Date().toISOString() }];
    if (path === '/version') return [200, { commitSha: 'fake', commitDate: '2025-01-01T00:00:00Z', pkgVersion: version }];
    if (method === 'POST' && path === '/indexes') {
      const b = body as { uid: string; primaryKey?: string };
      checkFields('createIndex', b, version);
      // Creating an index that exists fails its task with index_already_exists (docs: reference/errors/error_codes#index_already_exists).
      return enqueued(
        enqueue('indexCreation', b.uid, () => {
          if (indexes.has(b.uid)) return fail('index_already_exists', `Index \`${b.uid}\` already exists.`);
          indexes.set(b.uid, { docs: new Map(), settings: {}, createdAt: new Date().toISOString() });
        }),
      );
    }
    if (path === '/indexes' && method === 'GET') {
      const results = [...indexes.entries()].map(([uid, i]) => ({ uid, primaryKey: 'id', createdAt: i.createdAt, updatedAt: i.createdAt }));
      return [200, { results, offset: 0, limit: Number(query.get('limit') ?? 20), total: results.length }];
    }
    if (p[0] === 'indexes' && p.length === 2 && method === 'GET') return [200, { uid: mustIndex(p[1]!) && p[1], primaryKey: 'id' }];
    if (p[0] === 'indexes' && p.length === 2 && method === 'DELETE') {
      // Deleting a missing index is a task that fails with index_not_found.
      return enqueued(enqueue('indexDeletion', p[1]!, () => (indexes.delete(p[1]!) ? undefined : fail('index_not_found', `Index \`${p[1]}\` not found.`))));
    }
    if (p[0] === 'indexes' && p[2] === 'settings' && method === 'PATCH') {
      checkFields('settings', body as Record<string, unknown>, version);
      return enqueued(
        enqueue('settingsUpdate', p[1]!, () => {
          const i = index(p[1]!);
          i.settings = { ...i.settings, ...(body as Record<string, unknown>) };
        }),
      );
    }
    if (p[0] === 'indexes' && p[2] === 'documents' && p.length === 3 && method === 'POST') {
      return enqueued(
        enqueue('documentAdditionOrUpdate', p[1]!, () => {
          // "only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes" (docs: error_codes#invalid_document_id).
          const bad = (body as Doc[]).find((d) => typeof d.id !== 'string' || !/^[A-Za-z0-9_-]{1,511}$/.test(d.id));
          if (bad)
            return fail(
              'invalid_document_id',
              `Document identifier \`${JSON.stringify(bad.id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`,
            );
          const i = index(p[1]!);
          for (const d of body as Doc[]) i.docs.set(d.id, d);
        }),
      );
    }
    if (p[0] === 'indexes' && p[2] === 'documents' && p.length === 4 && method === 'GET') {
      const i = mustIndex(p[1]!);
      const d = i.docs.get(p[3]!);
      if (!d) throw new HttpError(404, 'document_not_found', `Document \`${p[3]}\` not found.`);
      const fields = query.get('fields')?.split(',') ?? Object.keys(d);
      return [200, Object.fromEntries(fields.map((f) => [f, d[f]]))];
    }
    if (p[0] === 'indexes' && p[2] === 'stats') return [200, { numberOfDocuments: mustIndex(p[1]!).docs.size, rawDocumentDbSize: 1234, isIndexing: false, fieldDistribution: {} }];
    if (path === '/swap-indexes') {
      const swaps = body as Record<string, unknown>[];
      for (const s of swaps) checkFields('swap', s, version);
      return enqueued(
        enqueue('indexSwap', null, () => {
          for (const s of swaps) {
            const [a, b] = s.indexes as [string, string];
            const missing = [a, b].find((x) => !indexes.has(x));
            // Without `rename: true`, both indexes must exist (docs: reference/api/indexes/swap-indexes).
            if (missing && !s.rename) return fail('index_not_found', `Indexes \`${missing}\` not found.`);
            const ia = indexes.get(a);
            const ib = indexes.get(b)!;
            indexes.set(a, ib);
            if (ia) indexes.set(b, ia);
            else indexes.delete(b);
          }
        }),
      );
    }
    if (p[0] === 'tasks' && p[1]) {
      const t = tasks[Number(p[1])];
      if (!t) throw new HttpError(404, 'task_not_found', `Task \`${p[1]}\` not found.`);
      tick();
      const { run: _run, ...view } = t;
      return [200, view];
    }
    if (path === '/multi-search' && (body as { federation?: unknown }).federation) {
      return [200, federated(body as { queries: Record<string, unknown>[]; federation: Record<string, unknown> })];
    }
    if (path === '/multi-search') {
      const b = body as { queries: Record<string, unknown>[] };
      // Each query is checked on its own; the first failing one fails the request (src: routes/multi_search.rs).
      return [200, { results: b.queries.map(search) }];
    }
    throw new HttpError(404, 'not_found', `no route ${method} ${path}`);
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const body = raw ? JSON.parse(raw) : undefined;
      let status: number;
      let value: unknown;
      if (o.stall && url.pathname === '/multi-search') return;
      try {
        // The search queue is full: "Too many search requests running at the same time" (src: search_queue.rs), 503.
        if (url.pathname === '/multi-search' && busy > 0) {
          busy--;
          throw new HttpError(503, 'too_many_search_requests', 'Too many search requests running at the same time: 10. Retry after 10s.', 'system');
        }
        const action = ROUTES.find(([m, re]) => m === req.method && re.test(url.pathname))?.[2];
        const auth = req.headers.authorization;
        if (!auth) throw new HttpError(401, 'missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.', 'auth');
        const granted = keys[auth.replace(/^Bearer /, '')];
        if (!granted || (action && !granted.includes('*') && !granted.includes(action) && !granted.includes(`${action.split('.')[0]}.*`)))
          throw new HttpError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
        [status, value] = route(req.method!, url.pathname, body, url.searchParams);
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        status = e.status;
        value = { message: e.message, code: e.code, type: e.type, link: `https://docs.meilisearch.com/errors#${e.code}` };
      }
      requests.push({ method: req.method!, path: url.pathname, body, auth: req.headers.authorization, status });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(value));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    version,
    requests,
    indexes,
    busy: (n) => {
      busy = n;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
