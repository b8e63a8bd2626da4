/**
 * The Meilisearch engine, through the official client. Same request and response as the embedded
 * engine: the query is processed by query.ts, the filter is built from validated ids only, facets
 * are counted disjunctively with one multi-search, and highlights come from highlight.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch, type Task } from 'meilisearch';
import type { PlanDocument } from '../model';
import type { Filter, Vocabulary } from './facets';
import { resolveFilter } from './facets';
import { parseQuery, type ParsedQuery } from './query';
import { buildResponse, emptyResponse } from './respond';
import { grams, queryGrams } from './text';
import type { EngineStats, FacetValue, Facets, SearchEngine, SearchRequest, SearchResponse } from './types';
import { vocabularyOf } from './vocabulary';

export interface MeiliOptions {
  host: string;
  adminKey?: string;
  searchKey?: string;
  index: string;
  aliases: Map<string, string[]>;
  dataDir?: string;
}

/** The record pushed to Meilisearch for one document. */
export interface MeiliRecord {
  id: string;
  order: number;
  doc: string;
  kind: string;
  chapter: number | null;
  districts: string[];
  topics: string[];
  grams: string;
  words: string;
  /** False for a contents entry that repeats a heading. */
  listed: boolean;
  json: string;
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
    grams: grams(d.text).join(' '),
    words: d.tokens.join(' '),
    listed: !d.repeats,
    json: JSON.stringify(d),
  };
}

export function indexSettings(glossary: { zh: string; en: string[]; kind?: string }[]) {
  const synonyms: Record<string, string[]> = {};
  for (const g of glossary) if (g.kind !== 'unit') for (const en of g.en) (synonyms[en.toLowerCase()] ??= []).push(g.zh);
  return {
    searchableAttributes: ['words', 'grams'],
    filterableAttributes: ['chapter', 'districts', 'topics', 'doc', 'listed'],
    sortableAttributes: ['order'],
    displayedAttributes: ['id', 'json'],
    synonyms,
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** Filter expression from resolved ids; chapter numbers are integers and ids are [a-z0-9-]. */
export function filterExpression(f: Filter, skip?: keyof Filter): string[] {
  // Contents entries that repeat a heading are kept for permalinks but are never hits.
  const out: string[] = ['listed = true'];
  if (f.chapter && skip !== 'chapter') out.push(`chapter IN [${[...f.chapter].map((n) => Math.trunc(n)).join(', ')}]`);
  const ids = (s: Set<string>) => [...s].filter((v) => /^[a-z0-9-]+$/.test(v)).map((v) => `"${v}"`).join(', ');
  if (f.district && skip !== 'district') out.push(`districts IN [${ids(f.district)}]`);
  if (f.topic && skip !== 'topic') out.push(`topics IN [${ids(f.topic)}]`);
  return out;
}

/** The query string: each term's grams as a quoted phrase, exclusions with a leading minus. */
export function meiliQuery(p: ParsedQuery): string {
  const phrase = (alt: string) => {
    const g = queryGrams(alt).grams;
    return g.length ? `"${g.join(' ')}"` : '';
  };
  return [...p.terms.map((t) => phrase(t.alternatives[0]!)), ...p.excluded.map((t) => `-${phrase(t.alternatives[0]!)}`)]
    .filter((s) => s && s !== '-')
    .join(' ');
}

export class MeiliEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private vocab: Vocabulary | null = null;
  private readonly admin: Meilisearch;
  private readonly reader: Meilisearch;

  constructor(private readonly o: MeiliOptions) {
    this.admin = new Meilisearch({ host: o.host, apiKey: o.adminKey });
    this.reader = new Meilisearch({ host: o.host, apiKey: o.searchKey ?? o.adminKey });
  }

  private async wait(p: Promise<unknown> & { waitTask: (o?: { timeout?: number }) => Promise<Task> }, what: string) {
    const task = await p.waitTask({ timeout: 300_000 });
    if (task.status !== 'succeeded') throw new Error(`Meilisearch ${what} failed: ${task.error?.message ?? task.status}`);
  }

  /** Builds a fresh index under a temporary name, then swaps it in: searches never see a half-built index. */
  async index(documents: PlanDocument[]): Promise<void> {
    const tmp = `${this.o.index}_build`;
    await this.admin.deleteIndexIfExists(tmp);
    await this.wait(this.admin.createIndex(tmp, { primaryKey: 'id' }), 'create index');
    const glossary = JSON.parse(readFileSync(join(process.cwd(), 'corpus', 'glossary.json'), 'utf8'));
    await this.wait(this.admin.index(tmp).updateSettings(indexSettings(glossary)), 'settings');
    const records = documents.map(toRecord);
    for (let i = 0; i < records.length; i += 2000) {
      await this.wait(this.admin.index(tmp).addDocuments(records.slice(i, i + 2000)), `documents ${i + 1}–${Math.min(records.length, i + 2000)}`);
    }
    const exists = await this.admin.getIndex(this.o.index).then(() => true, () => false);
    if (!exists) await this.wait(this.admin.createIndex(this.o.index, { primaryKey: 'id' }), 'create index');
    await this.wait(this.admin.swapIndexes([{ indexes: [this.o.index, tmp], rename: false }]), 'swap');
    await this.wait(this.admin.deleteIndex(tmp), 'delete old index');
    this.vocab = vocabularyOf(documents, this.o.aliases);
  }

  private vocabulary(): Vocabulary {
    if (!this.vocab) {
      const file = join(this.o.dataDir ?? 'data', 'documents.jsonl');
      const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PlanDocument);
      this.vocab = vocabularyOf(docs, this.o.aliases);
    }
    return this.vocab;
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const t0 = performance.now();
    const vocab = this.vocabulary();
    const filter = resolveFilter(req, vocab);
    const parsed = parseQuery(req.q, { typing: req.typing });
    const q = meiliQuery(parsed);
    const browsing = q === '' && (filter.chapter || filter.district || filter.topic);
    if (q === '' && !browsing) return emptyResponse(req, parsed, this.name, t0);

    const run = async (strategy: 'all' | 'last') => {
      const base = { q, matchingStrategy: strategy, hitsPerPage: 0, page: 1 } as const;
      const { results } = await this.reader.multiSearch({
        queries: [
          {
            indexUid: this.o.index,
            q,
            matchingStrategy: strategy,
            filter: filterExpression(filter),
            page: req.page,
            hitsPerPage: req.per,
            attributesToRetrieve: ['json'],
            ...(req.sort === 'order' || browsing ? { sort: ['order:asc'] } : {}),
          },
          { indexUid: this.o.index, ...base, filter: filterExpression(filter, 'chapter'), facets: ['chapter'] },
          { indexUid: this.o.index, ...base, filter: filterExpression(filter, 'district'), facets: ['districts'] },
          { indexUid: this.o.index, ...base, filter: filterExpression(filter, 'topic'), facets: ['topics'] },
        ],
      });
      return results;
    };
    let results = await run('all');
    let relaxed = false;
    if ((results[0]!.totalHits ?? 0) === 0 && parsed.terms.length > 1) {
      results = await run('last');
      relaxed = true;
    }
    const [main, ch, di, to] = results;
    const facets: Facets = {
      chapter: facetValues(ch!.facetDistribution?.chapter, (v) => vocab.chapters.get(Number(v))),
      district: facetValues(di!.facetDistribution?.districts, (v) => vocab.districts.get(v)),
      topic: facetValues(to!.facetDistribution?.topics, (v) => vocab.topics.get(v)),
    };
    const candidates = main!.hits.map((h) => JSON.parse((h as { json: string }).json) as PlanDocument);
    return buildResponse({ req, parsed, engine: this.name, total: main!.totalHits ?? 0, facets, candidates, relaxed, t0 });
  }

  async get(id: string): Promise<PlanDocument | null> {
    if (!/^[a-z0-9-]{1,120}$/.test(id)) return null;
    try {
      const d = await this.reader.index(this.o.index).getDocument(id, { fields: ['json'] });
      return JSON.parse((d as { json: string }).json) as PlanDocument;
    } catch {
      return null;
    }
  }

  async stats(): Promise<EngineStats> {
    const s = await this.admin.index(this.o.index).getStats();
    return { engine: this.name, documents: s.numberOfDocuments, bytes: s.rawDocumentDbSize ?? null };
  }
}

export function facetValues(dist: Record<string, number> | undefined, label: (v: string) => { zh: string; en: string } | undefined): FacetValue[] {
  return Object.entries(dist ?? {})
    .map(([value, count]) => ({ value, count, l: label(value) }))
    .filter((v) => v.l !== undefined && v.count > 0)
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }))
    .map(({ value, count, l }) => ({ value, zh: l!.zh, en: l!.en, count }));
}
