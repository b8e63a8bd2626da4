/**
 * The Meilisearch engine, through the official client. It matches parsed queries (query.ts) as
 * phrases of grams; the one search path (search.ts) filters, counts facets, ranks and pages the
 * matches, as for the embedded engine.
 */
import { join } from 'node:path';
import { Meilisearch, type Task } from 'meilisearch';
import type { PlanDocument } from '../plan/model';
import { readDocuments } from '../plan/store';
import type { EngineStats, Match, SearchEngine } from './engine-types';
import type { Vocabulary } from './facets';
import type { ParsedQuery } from './query';
import { currentCorpus } from '../corpus/load';
import type { Glossary } from '../corpus/schemas';
import { englishStems, englishTextWords, stem } from './english';
import { rankInput } from './rank';
import { grams, queryGrams } from './text';
import { vocabularyOf } from './vocabulary';

interface MeiliOptions {
  host: string;
  adminKey?: string;
  searchKey?: string;
  index: string;
  aliases: Map<string, string[]>;
  /** The corpus's glossary, whose English becomes synonyms; the current corpus's by default. */
  glossary?: Glossary;
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
    en: englishStems(d.translations?.en ?? '').join(' '),
    enw: englishTextWords(d.translations?.en ?? '').join(' '),
    listed: !d.repeats,
    ...(({ text, context }) => ({ rankText: text, rankContext: context }))(rankInput(d.text, [d.part?.zh, d.chapter?.zh, d.section?.zh, d.box?.zh], d.kind)),
    json: JSON.stringify(d),
  };
}

export function indexSettings(glossary: { zh: string; en: string[]; kind?: string }[]) {
  const synonyms: Record<string, string[]> = {};
  for (const g of glossary) if (g.kind !== 'unit') for (const en of g.en) (synonyms[en.toLowerCase()] ??= []).push(g.zh);
  return {
    searchableAttributes: ['words', 'grams', 'en'],
    // The Chinese fields are pre-segmented grams and words; the English is pre-stemmed. Naming the
    // languages keeps Meilisearch from guessing them per field value.
    localizedAttributes: [
      { attributePatterns: ['grams', 'words'], locales: ['cmn'] },
      { attributePatterns: ['en'], locales: ['eng'] },
    ],
    filterableAttributes: ['chapter', 'districts', 'topics', 'doc', 'listed'],
    sortableAttributes: ['order'],
    displayedAttributes: ['id', 'json', ...MATCH_FIELDS],
    synonyms,
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** The query string: each term's grams as a quoted phrase, exclusions with a leading minus. */
export function meiliQuery(p: ParsedQuery): string {
  const phrase = (alt: string) => {
    const g = queryGrams(alt).grams;
    return g.length ? `"${g.join(' ')}"` : '';
  };
  // A word typed in English (no Chinese for it) is searched as its stems, which the English field holds.
  const form = (t: ParsedQuery['terms'][number]) => (t.en && (t.via === 'literal' || t.via === 'phrase') ? `"${t.en.map(stem).join(' ')}"` : phrase(t.alternatives[0]!));
  return [...p.terms.map(form), ...p.excluded.map((t) => `-${form(t)}`)].filter((s) => s && s !== '-' && s !== '""').join(' ');
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
    await this.wait(this.admin.index(tmp).updateSettings(indexSettings(this.o.glossary ?? currentCorpus().glossary)), 'settings');
    const records = documents.map(toRecord);
    for (let i = 0; i < records.length; i += 2000) {
      await this.wait(this.admin.index(tmp).addDocuments(records.slice(i, i + 2000)), `documents ${i + 1}–${Math.min(records.length, i + 2000)}`);
    }
    const exists = await this.admin.getIndex(this.o.index).then(
      () => true,
      () => false,
    );
    if (!exists) await this.wait(this.admin.createIndex(this.o.index, { primaryKey: 'id' }), 'create index');
    await this.wait(this.admin.swapIndexes([{ indexes: [this.o.index, tmp], rename: false }]), 'swap');
    await this.wait(this.admin.deleteIndex(tmp), 'delete old index');
    this.vocabCache = vocabularyOf(documents, this.o.aliases);
    this.count = documents.length;
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
      rank: { text: h.rankText as string, context: h.rankContext as string, kind: h.kind as string, enStems: ` ${h.en as string} `, enWords: ` ${h.enw as string} ` },
    };
  }

  private async hits(queries: string[], sort?: string[]): Promise<Match[]> {
    if (queries.length === 0) return [];
    const { results } = await this.reader.multiSearch({
      queries: queries.map((q) => ({
        indexUid: this.o.index,
        q,
        matchingStrategy: 'all' as const,
        // Contents entries that repeat a heading are kept for permalinks but are never hits.
        filter: ['listed = true'],
        limit: MAX_HITS,
        attributesToRetrieve: MATCH_FIELDS,
        showRankingScore: true,
        ...(sort ? { sort } : {}),
      })),
    });
    // Any term (several queries): a document's score adds up over the terms it holds.
    const byKey = new Map<number, Match>();
    for (const r of results) {
      for (const h of r.hits) {
        const m = this.toMatch(h as Record<string, unknown>);
        const seen = byKey.get(m.key);
        if (seen) seen.score += m.score;
        else byKey.set(m.key, m);
      }
    }
    return [...byKey.values()];
  }

  async match(query: ParsedQuery, mode: 'all' | 'any'): Promise<Match[]> {
    const queries = mode === 'all' ? [meiliQuery(query)] : query.terms.map((t) => meiliQuery({ ...query, terms: [t] }));
    return this.hits(queries.filter((q) => q !== ''));
  }

  async all(): Promise<Match[]> {
    return this.hits([''], ['order:asc']);
  }

  async documents(keys: number[]): Promise<PlanDocument[]> {
    const docs = await Promise.all(keys.map((k) => this.get(this.ids.get(k) ?? '')));
    return docs.filter((d): d is PlanDocument => d !== null);
  }

  async vocabulary(): Promise<Vocabulary> {
    return this.vocab();
  }

  async size(): Promise<number> {
    this.count ??= (await this.reader.index(this.o.index).getStats()).numberOfDocuments;
    return this.count;
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
