/**
 * The Meilisearch engine, through the official client. It matches parsed queries (query.ts) as
 * phrases of grams. The one search path (search.ts) decides the rungs of the matching ladder by
 * counting; `page` then lets the server do what it is built for: one federated multi-search merges
 * the query strings of the rungs into one ranked list, pages it and counts the facets (one more
 * request per active facet, for disjunctive counts), and only the page shown is fetched.
 *
 * Requires Meilisearch v1.12 or later (MIN_VERSION: federation with `facetsByIndex`); it checks the server's
 * version before indexing and sends only the fields that version accepts (a real server refuses
 * unknown fields with a 400). Keys: indexing needs an admin key; searching needs a key with the
 * `search` and `documents.get` actions (permalinks read documents by id).
 */
import { join } from 'node:path';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type IndexSwap, type MultiSearchQuery, type Task } from 'meilisearch';
import type { PlanDocument } from '../plan/model';
import { readDocuments } from '../plan/store';
import type { EngineStats, Match, PageRequest, PageResult, SearchEngine } from './engine-types';
import type { FacetCounts, Filter, Vocabulary } from './facets';
import { EngineBusyError } from './engine-error';
import { keepAliveClient } from './meili-http';
import type { ParsedQuery, Term } from './query';
import { englishStems, englishTextWords, stem } from './english';
import { rankInput } from './rank';
import { grams, queryGrams } from './text';
import { vocabularyOf } from './vocabulary';

interface MeiliOptions {
  host: string;
  /** Milliseconds before a search request is given up (and retried); 5 s by default. */
  timeoutMs?: number;
  /** Retries of a search refused as overloaded (503), timed out or unreachable; 2 by default. */
  retries?: number;
  adminKey?: string;
  searchKey?: string;
  index: string;
  aliases: Map<string, string[]>;
  dataDir?: string;
}

/** The record pushed to Meilisearch for one document. */
interface MeiliRecord {
  id: string;
  order: number;
  doc: string;
  kind: string;
  chapter: number | null;
  districts: string[];
  topics: string[];
  grams: string;
  words: string;
  /** The English text as Porter stems (english.ts), matched as phrases, and its words as written (for the boosts). */
  en: string;
  enw: string;
  /** False for a contents entry that repeats a heading. */
  listed: boolean;
  /** Normalised text and outline titles, for the shared phrase and proximity boosts. */
  rankText: string;
  rankContext: string;
  json: string;
}

/** What a match carries back: facets, order and the boosts' text; `_rankingScore` comes with showRankingScore. */
export const MATCH_FIELDS = ['id', 'order', 'kind', 'chapter', 'districts', 'topics', 'rankText', 'rankContext', 'en', 'enw'];
/** Every match of a query in one answer (pagination.maxTotalHits in the settings). */
const MAX_HITS = 100_000;
/**
 * The oldest server the adapter speaks to, and the oldest it was run against (npm run test:meili):
 * `localizedAttributes` arrived in v1.10, federated search in v1.10 and its `facetsByIndex` in v1.12.
 */
export const MIN_VERSION = '1.12.0';
/** swap-indexes accepts `rename` from v1.18; older servers refuse it as an unknown field. */
const SWAP_RENAME_SINCE = '1.18.0';
/**
 * "The maximum number of terms taken into account for each search query is 10. If a search query
 * includes more than 10 words, all words after the 10th will be ignored" (Meilisearch docs, known
 * limitations). A quoted phrase is one term; exclusions are dropped too once ten terms are read
 * (milli's parse_query.rs), so they are sent first.
 */
const MAX_QUERY_TERMS = 10;
/** A query string per combination of the terms' forms, at most this many per group. */
const MAX_COMBINATIONS = 16;
/**
 * `sort` first: after the relevance rules it only breaks their ties, so "order in the plan" would
 * not hold for multi-term queries (Meilisearch docs, ranking rules: the default puts sort fifth).
 */
const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'];

/** Whether version `v` ("1.15.2", "1.16.0-rc.1") is at least `min`. */
export function versionAtLeast(v: string, min: string): boolean {
  const a = v
    .split(/[.-]/)
    .slice(0, 3)
    .map((x) => Number.parseInt(x, 10) || 0);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

/**
 * Words mixing letters and digits (5g, pm2, 4k) as pure letters: charabia cuts text into runs by
 * script and a digit joins the run before it, so in "快 5g 网络" it reads "5" and "g", while a query
 * of "5g" alone stays one token; the `dictionary` setting acts only inside a run and cannot rejoin
 * them. Written as letters ("zx" + each digit as "q" and a letter), the word is one Latin token
 * wherever it stands, in the records and in the queries alike. Reversible (`decodeMixed`).
 */
const MIXED = /^(?=[^\s]*\p{N})(?=[^\s]*\p{L})[^\s\p{Script=Han}]+$/u;
export function encodeMixed(text: string): string {
  return text
    .split(' ')
    .map((w) => (MIXED.test(w) ? `zx${w.replace(/q/g, 'qq').replace(/[0-9]/g, (c) => `q${'abcdefghij'[Number(c)]}`)}` : w))
    .join(' ');
}

export function decodeMixed(text: string): string {
  return text
    .split(' ')
    .map((w) => (w.startsWith('zx') ? w.slice(2).replace(/q([a-jq])/g, (_, c: string) => (c === 'q' ? 'q' : String('abcdefghij'.indexOf(c)))) : w))
    .join(' ');
}

export function toRecord(d: PlanDocument, order: number): MeiliRecord {
  return {
    id: d.id,
    order,
    doc: d.doc,
    kind: d.kind,
    chapter: d.chapter?.no ?? null,
    districts: d.districts.map((t) => t.id),
    topics: d.topics.map((t) => t.id),
    grams: encodeMixed(grams(d.text).join(' ')),
    words: encodeMixed(d.tokens.join(' ')),
    en: encodeMixed(englishStems(d.translations?.en ?? '').join(' ')),
    enw: englishTextWords(d.translations?.en ?? '').join(' '),
    listed: !d.repeats,
    ...(({ text, context }) => ({ rankText: text, rankContext: context }))(rankInput(d.text, [d.part?.zh, d.chapter?.zh, d.section?.zh, d.box?.zh], d.kind)),
    json: JSON.stringify(d),
  };
}

/**
 * No `synonyms`: every form is sent as a quoted phrase, and Meilisearch never applies synonyms to a
 * phrase; the glossary's English reaches the Chinese through the query's own expansion (query.ts).
 */
export function indexSettings() {
  return {
    searchableAttributes: ['words', 'grams', 'en'],
    rankingRules: RANKING_RULES,
    // The Chinese fields are pre-segmented grams and words; the English is pre-stemmed. Naming the
    // languages keeps Meilisearch from guessing them per field value.
    localizedAttributes: [
      { attributePatterns: ['grams', 'words'], locales: ['cmn'] },
      { attributePatterns: ['en'], locales: ['eng'] },
    ],
    filterableAttributes: ['chapter', 'districts', 'topics', 'doc', 'listed', 'kind'],
    sortableAttributes: ['order'],
    displayedAttributes: ['id', 'json', ...MATCH_FIELDS],
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** Every form that satisfies a term, each a quoted phrase: each alternative's grams, and its English words as stems (the `en` field). */
export function termForms(t: Term): string[] {
  const forms = t.alternatives.map((alt) => queryGrams(alt).grams).filter((g) => g.length > 0);
  const phrases = forms.map((g) => `"${encodeMixed(g.join(' '))}"`);
  if (t.en?.length) phrases.push(`"${encodeMixed(t.en.map((w) => stem(w).replace(/"/g, '')).join(' '))}"`);
  return [...new Set(phrases)].filter((p) => p !== '""');
}

const product = (lists: string[][]): string[][] => lists.reduce<string[][]>((acc, l) => acc.flatMap((a) => l.map((x) => [...a, x])), [[]]);

/**
 * The query strings for "every term, no exclusion": groups of query strings, a document matching
 * when it matches some string of every group. Meilisearch has no OR, so a group sends one string
 * per combination of its terms' forms; terms are grouped so that no string holds more than ten
 * terms or a group more than MAX_COMBINATIONS strings. Exclusions lead every string.
 */
export function meiliQueries(p: ParsedQuery): string[][] {
  const negatives = p.excluded.flatMap(termForms).map((f) => `-${f}`);
  const forms = p.terms.map(termForms).filter((f) => f.length > 0);
  const groups: string[][][] = [];
  for (const f of forms) {
    const g = groups.at(-1);
    const size = g ? g.reduce((n, x) => n * x.length, 1) : 0;
    if (g && g.length < MAX_QUERY_TERMS && size * f.length <= MAX_COMBINATIONS) g.push(f);
    else groups.push([f]);
  }
  return groups.map((g) => product(g).map((combo) => [...negatives, ...combo].join(' ')));
}

/** The query strings for "any term": one per form of each term, exclusions leading; grouped by term. */
export function meiliAnyQueries(p: ParsedQuery): string[][] {
  const negatives = p.excluded.flatMap(termForms).map((f) => `-${f}`);
  return p.terms
    .map(termForms)
    .filter((f) => f.length > 0)
    .map((f) => f.map((form) => [...negatives, form].join(' ')));
}

/** The server's answer behind an error, also when the client wrapped it (its `httpClient` errors come wrapped in a MeilisearchRequestError). */
function apiError(e: unknown): MeilisearchApiError | null {
  if (e instanceof MeilisearchApiError) return e;
  if (e instanceof MeilisearchRequestError && e.cause instanceof MeilisearchApiError) return e.cause;
  return null;
}

/** The records' facet fields, by the request's facet names. */
const FACET_FIELDS = { chapter: 'chapter', district: 'districts', topic: 'topics' } as const;

/** What a federated multi-search answers, as far as `page` reads it. */
interface FederatedAnswer {
  hits: { json: string }[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetsByIndex?: Record<string, { distribution: Record<string, Record<string, number>> }>;
}

/**
 * The request's filter in Meilisearch's syntax, listed documents only: OR within a facet, AND across
 * facets (`skip` leaves one facet out, for its disjunctive counts). Values are ids from the
 * vocabulary (resolveFilter refused the rest), quoted all the same.
 */
export function meiliFilter(f: Filter, skip?: keyof Filter, kinds?: 'clauses' | 'headings'): string[] {
  const out = ['listed = true'];
  if (kinds) out.push(`kind ${kinds === 'headings' ? 'IN' : 'NOT IN'} ["heading", "toc-entry"]`);
  const values = (xs: Iterable<string | number>) => [...xs].map((x) => JSON.stringify(String(x))).join(', ');
  for (const k of ['chapter', 'district', 'topic'] as const) {
    const set = f[k];
    if (set && k !== skip) out.push(`${FACET_FIELDS[k]} IN [${values(set)}]`);
  }
  return out;
}

export class MeiliEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private vocabCache: Vocabulary | null = null;
  private count: number | null = null;
  /** Match keys (record order) → document ids, filled as matches come in. */
  private readonly ids = new Map<number, string>();
  private readonly admin: Meilisearch;
  private readonly reader: Meilisearch;

  constructor(private readonly o: MeiliOptions) {
    this.admin = new Meilisearch({ host: o.host, apiKey: o.adminKey });
    this.reader = new Meilisearch({ host: o.host, apiKey: o.searchKey ?? o.adminKey, timeout: o.timeoutMs ?? 5000, httpClient: keepAliveClient() });
  }

  /**
   * A read, retried a bounded number of times when the server is overloaded (503
   * `too_many_search_requests`), the request timed out or the connection failed, with a short
   * growing pause; after that an EngineBusyError, which the API answers with 503. Any other error
   * (a bad key, a bad request) is not retried.
   */
  private async read<T>(what: string, f: () => Promise<T>): Promise<T> {
    const retries = this.o.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      try {
        return await f();
      } catch (e) {
        const api = apiError(e);
        const busy = api !== null && (api.response.status === 503 || api.cause?.code === 'too_many_search_requests');
        // A status the server chose (a bad key, a bad request) is final; overload, timeouts and failed connections are not.
        if (api && !busy) throw api;
        if (!busy && !(e instanceof MeilisearchRequestTimeOutError) && !(e instanceof MeilisearchRequestError)) throw e;
        if (attempt >= retries) throw new EngineBusyError(`Meilisearch at ${this.o.host} did not answer ${what} after ${retries + 1} attempts (${(e as Error).message})`);
        await new Promise((r) => setTimeout(r, 50 * 4 ** attempt));
      }
    }
  }

  private async wait(p: Promise<unknown> & { waitTask: (o?: { timeout?: number }) => Promise<Task> }, what: string, allow?: string) {
    const task = await p.waitTask({ timeout: 300_000 });
    if (task.status === 'succeeded' || (allow && task.error?.code === allow)) return;
    throw new Error(`Meilisearch ${what} failed: ${task.error?.message ?? task.status}`);
  }

  /** The server's version, refused below MIN_VERSION with a message that says what to run. */
  private async version(): Promise<string> {
    const { pkgVersion } = await this.admin.getVersion();
    if (!versionAtLeast(pkgVersion, MIN_VERSION))
      throw new Error(`Meilisearch ${pkgVersion} at ${this.o.host} is too old: the adapter needs v${MIN_VERSION} or later (README § Engines)`);
    return pkgVersion;
  }

  /**
   * Builds a fresh index under a name of its own (`<index>_build_<time>_<random>`), then swaps it in:
   * searches never see a half-built index, and a second indexer running at the same time builds its
   * own, so neither can swap in an index whose settings or documents are not yet all there. Builds
   * left by runs that died more than an hour ago are deleted.
   */
  async index(documents: PlanDocument[]): Promise<void> {
    const version = await this.version();
    const tmp = `${this.o.index}_build_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await this.dropStaleBuilds();
    await this.wait(this.admin.createIndex(tmp, { primaryKey: 'id' }), 'create index');
    const records = documents.map(toRecord);
    await this.wait(this.admin.index(tmp).updateSettings(indexSettings()), 'settings');
    for (let i = 0; i < records.length; i += 2000) {
      await this.wait(this.admin.index(tmp).addDocuments(records.slice(i, i + 2000)), `documents ${i + 1}–${Math.min(records.length, i + 2000)}`);
    }
    const exists = await this.admin.getIndex(this.o.index).then(
      () => true,
      () => false,
    );
    // Another indexer may create it meanwhile: that is as good.
    if (!exists) await this.wait(this.admin.createIndex(this.o.index, { primaryKey: 'id' }), 'create index', 'index_already_exists');
    // `rename` only where the server knows it (v1.18); the client's type requires it, older servers refuse it.
    const swap = (versionAtLeast(version, SWAP_RENAME_SINCE) ? { indexes: [this.o.index, tmp], rename: false } : { indexes: [this.o.index, tmp] }) as IndexSwap;
    await this.wait(this.admin.swapIndexes([swap]), 'swap');
    await this.wait(this.admin.deleteIndex(tmp), 'delete old index', 'index_not_found');
    this.vocabCache = vocabularyOf(documents, this.o.aliases);
    this.count = documents.length;
  }

  /** Temporary indexes of this index's builds that are over an hour old: their run died before swapping. */
  private async dropStaleBuilds() {
    const prefix = `${this.o.index}_build_`;
    const { results } = await this.admin.getRawIndexes({ limit: 1000 });
    const stale = results.filter((i) => i.uid.startsWith(prefix) && Date.now() - new Date(i.createdAt ?? 0).getTime() > 3_600_000);
    for (const i of stale) await this.wait(this.admin.deleteIndex(i.uid), `delete stale build ${i.uid}`, 'index_not_found');
  }

  private vocab(): Vocabulary {
    if (!this.vocabCache) {
      const file = join(this.o.dataDir ?? 'data', 'documents.jsonl');
      this.vocabCache = vocabularyOf(readDocuments(file), this.o.aliases);
    }
    return this.vocabCache;
  }

  /** Fields of a match: facets, order and what the boosts read. */
  private toMatch(h: Record<string, unknown>): Match {
    const order = h.order as number;
    this.ids.set(order, h.id as string);
    return {
      key: order,
      order,
      score: (h._rankingScore as number | undefined) ?? 0,
      chapter: (h.chapter as number | null) ?? null,
      districts: (h.districts as string[]) ?? [],
      topics: (h.topics as string[]) ?? [],
      rank: { text: h.rankText as string, context: h.rankContext as string, kind: h.kind as string, enStems: ` ${decodeMixed(h.en as string)} `, enWords: ` ${h.enw as string} ` },
    };
  }

  /** One multi-search: every query's results, in order. */
  private async multi(queries: Record<string, unknown>[]) {
    if (queries.length === 0) return [];
    const { results } = await this.read('a search', () => this.reader.multiSearch({ queries: queries.map((q) => ({ indexUid: this.o.index, ...q }) as MultiSearchQuery) }));
    return results;
  }

  /** Every match of each query string (all of its terms required), with what the shared path needs. */
  private hitsQuery(q: string, sort?: string[]) {
    return {
      q,
      matchingStrategy: 'all' as const,
      // Contents entries that repeat a heading are kept for permalinks but are never hits.
      filter: ['listed = true'],
      limit: MAX_HITS,
      attributesToRetrieve: MATCH_FIELDS,
      showRankingScore: true,
      ...(sort ? { sort } : {}),
    };
  }

  /**
   * Groups of query strings, all in one multi-search: a document is a match when some string of
   * every group finds it (`all`), or some string of any group (`any`). Its score is its best within a
   * group, added up over the groups: a document holding more of the terms scores more.
   */
  private async hits(groups: string[][], mode: 'all' | 'any'): Promise<Match[]> {
    const flat = groups.flatMap((g, k) => g.map((q) => ({ k, q })));
    const results = await this.multi(flat.map(({ q }) => this.hitsQuery(q)));
    const perGroup = groups.map(() => new Map<number, Match>());
    results.forEach((r, i) => {
      const best = perGroup[flat[i]!.k]!;
      for (const h of r.hits) {
        const m = this.toMatch(h as Record<string, unknown>);
        const seen = best.get(m.key);
        if (!seen || seen.score < m.score) best.set(m.key, m);
      }
    });
    const byKey = new Map<number, Match>();
    for (const best of perGroup)
      for (const m of best.values()) {
        const seen = byKey.get(m.key);
        if (seen) seen.score += m.score;
        else byKey.set(m.key, { ...m });
      }
    return mode === 'all' ? [...byKey.values()].filter((m) => perGroup.every((g) => g.has(m.key))) : [...byKey.values()];
  }

  async match(query: ParsedQuery, mode: 'all' | 'any'): Promise<Match[]> {
    return this.hits(mode === 'all' ? meiliQueries(query) : meiliAnyQueries(query), mode);
  }

  /**
   * How many documents match each query, in one multi-search: a query of one string is counted
   * without fetching a hit (`page: 0` returns none, and `hitsPerPage` makes `totalHits` exhaustive:
   * milli's perform_search, "page 0 gives a limit of 0"); one of several strings fetches only the
   * matches' order, to count their union.
   */
  async counts(queries: ParsedQuery[]): Promise<number[]> {
    const plans = queries.map(meiliQueries);
    const sub: Record<string, unknown>[] = [];
    const at = plans.map((groups) =>
      groups.map((g) =>
        g.map((q) => {
          sub.push(
            g.length === 1 && groups.length === 1
              ? { q, matchingStrategy: 'all', filter: ['listed = true'], page: 0, hitsPerPage: 1 }
              : { q, matchingStrategy: 'all', filter: ['listed = true'], limit: MAX_HITS, attributesToRetrieve: ['order'] },
          );
          return sub.length - 1;
        }),
      ),
    );
    const results = await this.multi(sub);
    return at.map((groups) => {
      if (groups.length === 0) return 0;
      if (groups.length === 1 && groups[0]!.length === 1) return (results[groups[0]![0]!] as { totalHits?: number }).totalHits ?? 0;
      const sets = groups.map((g) => new Set(g.flatMap((i) => results[i]!.hits.map((h) => (h as { order: number }).order))));
      return [...sets[0]!].filter((o) => sets.every((s) => s.has(o))).length;
    });
  }

  /**
   * One page, ranked, counted and faceted by the server: the query strings of every rung in one
   * federated multi-search (a document matched by several strings appears once, at its best
   * weighted score; the total and the facets are over the union), and, for each facet the request
   * filters on, one more federated search without that facet's filter, for its disjunctive counts.
   * Null when a rung needs several groups of strings (over ten terms, or too many forms), which
   * federation, a union, cannot intersect.
   */
  async page(req: PageRequest): Promise<PageResult | null> {
    const strings: { q: string; weight: number }[] = [];
    for (const step of req.steps) {
      const groups = step.mode === 'all' ? meiliQueries(step.query) : meiliAnyQueries(step.query);
      if (step.mode === 'all' && groups.length !== 1) return null;
      for (const q of groups.flat()) strings.push({ q, weight: step.weight });
    }
    if (req.steps.length > 0 && strings.length === 0) return { total: 0, documents: [], facets: { chapter: new Map(), district: new Map(), topic: new Map() } };
    const queries = (skip?: keyof Filter) =>
      (strings.length ? strings : [{ q: '', weight: 1 }]).map(({ q, weight }) => ({
        indexUid: this.o.index,
        q,
        matchingStrategy: 'all',
        filter: meiliFilter(req.filter, skip, req.kinds),
        attributesToRetrieve: ['json'],
        ...(req.order ? { sort: ['order:asc'] } : {}),
        federationOptions: { weight },
      }));
    const federated = (skip: keyof Filter | undefined, facets: string[], offset: number, limit: number) =>
      this.read('a search', () =>
        this.reader.multiSearch({
          queries: queries(skip) as MultiSearchQuery[],
          federation: { offset, limit, facetsByIndex: { [this.o.index]: facets } },
        } as Parameters<Meilisearch['multiSearch']>[0]),
      ) as Promise<FederatedAnswer>;
    // Headings are offered as ways in, not counted: no facets for them.
    const active = req.kinds === 'headings' ? [] : (['chapter', 'district', 'topic'] as const).filter((k) => req.filter[k] !== null);
    const [main, ...others] = await Promise.all([
      federated(undefined, req.kinds === 'headings' ? [] : Object.values(FACET_FIELDS), req.offset, req.limit),
      ...active.map((k) => federated(k, [FACET_FIELDS[k]], 0, 0)),
    ]);
    const distribution = (a: FederatedAnswer) => a.facetsByIndex?.[this.o.index]?.distribution ?? {};
    const facets: FacetCounts = { chapter: new Map(), district: new Map(), topic: new Map() };
    for (const k of ['chapter', 'district', 'topic'] as const) {
      const from = active.includes(k) ? others[active.indexOf(k)]! : main;
      for (const [value, n] of Object.entries(distribution(from)[FACET_FIELDS[k]] ?? {})) {
        if (k === 'chapter') facets.chapter.set(Number(value), n);
        else facets[k].set(value, n);
      }
    }
    return {
      total: main.estimatedTotalHits ?? main.totalHits ?? 0,
      documents: main.hits.map((h) => JSON.parse(h.json) as PlanDocument),
      facets,
    };
  }

  async all(): Promise<Match[]> {
    const [r] = await this.multi([this.hitsQuery('', ['order:asc'])]);
    return (r?.hits ?? []).map((h) => this.toMatch(h as Record<string, unknown>));
  }

  async documents(keys: number[]): Promise<PlanDocument[]> {
    const docs = await Promise.all(keys.map((k) => this.get(this.ids.get(k) ?? '')));
    return docs.filter((d): d is PlanDocument => d !== null);
  }

  async vocabulary(): Promise<Vocabulary> {
    return this.vocab();
  }

  /** Every document, listed or not, counted by a search (a search key has no `stats.get`). */
  async size(): Promise<number> {
    if (this.count === null) {
      const [r] = await this.multi([{ q: '', page: 0, hitsPerPage: 1 }]);
      this.count = (r as { totalHits?: number } | undefined)?.totalHits ?? 0;
    }
    return this.count;
  }

  /** A document by id; null only when Meilisearch says it does not exist (a key without `documents.get` is an error, not a 404). */
  async get(id: string): Promise<PlanDocument | null> {
    if (!/^[a-z0-9-]{1,120}$/.test(id)) return null;
    try {
      const d = await this.read(`document ${id}`, () => this.reader.index(this.o.index).getDocument(id, { fields: ['json'] }));
      return JSON.parse((d as { json: string }).json) as PlanDocument;
    } catch (e) {
      if (e instanceof EngineBusyError) throw e;
      const code = apiError(e)?.cause?.code;
      if (code === 'document_not_found') return null;
      const why = code === 'invalid_api_key' ? ': the search key needs the documents.get action (README § Engines)' : '';
      throw new Error(`Meilisearch could not read document ${id} (${(e as Error).message})${why}`, { cause: e });
    }
  }

  /**
   * What the health probe reports, with the portal's key: a search key has `search` and
   * `documents.get` but not `stats.get`, so the documents are counted by a search (every document,
   * listed or not) and the size on disk is null.
   */
  async stats(): Promise<EngineStats> {
    const [r] = await this.multi([{ q: '', page: 0, hitsPerPage: 1 }]);
    return { engine: this.name, documents: (r as { totalHits?: number } | undefined)?.totalHits ?? 0, bytes: null };
  }
}
