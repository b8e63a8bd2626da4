/**
 * The embedded engine: SQLite FTS5 in one file under data/, no server.
 * The index holds each document's grams (substring matching for Chinese) and jieba words (whole-word
 * ranking); facets, re-ranking and highlighting run in process over metadata loaded once.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PlanDocument } from '../model';
import { countFacets, passesFilter, resolveFilter, type FacetDoc, type Vocabulary } from './facets';
import { toFtsMatch } from './fts-query';
import { buildResponse, emptyResponse, type Candidate } from './respond';
import { parseQuery, splitCompounds, type ParsedQuery } from './query';
import { boost, rankInput, type RankInput } from './rank';
import { grams } from './text';
import { SearchInputError, type EngineStats, type SearchEngine, type SearchRequest, type SearchResponse } from './types';
import { vocabularyOf } from './vocabulary';

const SCHEMA = `
  CREATE TABLE docs (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, ord INTEGER NOT NULL,
    kind TEXT NOT NULL, chapter INTEGER, districts TEXT NOT NULL, topics TEXT NOT NULL,
    text TEXT NOT NULL, context TEXT NOT NULL, listed INTEGER NOT NULL, json TEXT NOT NULL);
  CREATE VIRTUAL TABLE fts USING fts5(grams, words, content='', tokenize='unicode61 remove_diacritics 0');
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/** bm25 column weights: grams (substring), words (whole jieba words). */
const BM25 = 'bm25(fts, 1.0, 2.0)';
/** Fewer strict hits than this, and split compounds may add more. */
const FEW = 5;
/** Keeps documents with a compound as written above those with its words apart. */
const EXACT_FIRST = 100;
/** How many bm25 leaders are re-ranked with the phrase and proximity boosts. */
const RERANK = 300;

interface Loaded {
  db: Database.Database;
  meta: (FacetDoc & RankInput & { rowid: number; doc: string; order: number; listed: boolean })[];
  byRowid: Map<number, number>;
  vocab: Vocabulary;
  match: Database.Statement;
  byId: Database.Statement;
  json: Database.Statement;
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded';
  private loaded: Loaded | null = null;

  constructor(
    private readonly file: string,
    private readonly aliases: Map<string, string[]>,
  ) {}

  /** Writes a new index file beside the old one, then renames it over: readers never see a half-built index. */
  async index(documents: PlanDocument[]): Promise<void> {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    rmSync(tmp, { force: true });
    const db = new Database(tmp);
    try {
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(SCHEMA);
      const doc = db.prepare('INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
      const fts = db.prepare('INSERT INTO fts (rowid, grams, words) VALUES (?,?,?)');
      db.transaction(() => {
        documents.forEach((d, k) => {
          const rowid = k + 1;
          const context = [d.part?.zh, d.chapter?.zh, d.section?.zh, d.box?.zh].filter(Boolean).join(' ');
          doc.run(rowid, d.id, d.doc, d.order, d.kind, d.chapter?.no ?? null, d.districts.map((t) => t.id).join(' '), d.topics.map((t) => t.id).join(' '), d.text, context, d.repeats ? 0 : 1, JSON.stringify(d));
          // A contents entry that repeats a heading stays readable by id but is never a hit beside it.
          if (!d.repeats) fts.run(rowid, grams(d.text).join(' '), d.tokens.join(' '));
        });
        db.prepare('INSERT INTO meta VALUES (?, ?)').run('built', new Date().toISOString());
      })();
      db.exec("INSERT INTO fts(fts) VALUES('optimize')");
      db.close();
      renameSync(tmp, this.file);
    } catch (e) {
      if (db.open) db.close();
      rmSync(tmp, { force: true });
      throw e;
    }
    this.close();
  }

  close(): void {
    this.loaded?.db.close();
    this.loaded = null;
  }

  private load(): Loaded {
    if (this.loaded) return this.loaded;
    if (!existsSync(this.file)) throw new Error(`search index ${this.file} not found: run npm run ingest`);
    const db = new Database(this.file, { readonly: true, fileMustExist: true });
    const rows = db.prepare('SELECT rowid, doc, ord, kind, chapter, districts, topics, text, context, listed, json FROM docs ORDER BY rowid').all() as {
      rowid: number; doc: string; ord: number; kind: string; chapter: number | null; districts: string; topics: string; text: string; context: string; listed: number; json: string;
    }[];
    const meta = rows.map((r) => ({
      rowid: r.rowid,
      doc: r.doc,
      order: r.ord,
      chapter: r.chapter,
      districts: r.districts ? r.districts.split(' ') : [],
      topics: r.topics ? r.topics.split(' ') : [],
      listed: r.listed === 1,
      ...rankInput(r.text, [r.context], r.kind),
    }));
    // Labels come from the documents themselves, parsed once here.
    const vocab = vocabularyOf(
      (function* () {
        const seen = new Set<string>();
        for (const r of rows) {
          const key = `${r.chapter}|${r.districts}|${r.topics}`;
          if (seen.has(key)) continue;
          seen.add(key);
          yield JSON.parse(r.json) as PlanDocument;
        }
      })(),
      this.aliases,
    );
    this.loaded = {
      db,
      meta,
      byRowid: new Map(meta.map((m, k) => [m.rowid, k])),
      vocab,
      match: db.prepare(`SELECT rowid, ${BM25} AS score FROM fts WHERE fts MATCH ?`).raw(),
      byId: db.prepare('SELECT json FROM docs WHERE id = ?').pluck(),
      json: db.prepare('SELECT json FROM docs WHERE rowid = ?').pluck(),
    };
    return this.loaded;
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const t0 = performance.now();
    const L = this.load();
    const filter = resolveFilter(req, L.vocab);
    const query = parseQuery(req.q, { typing: req.typing });
    const browsing = toFtsMatch(query, 'all') === null;
    if (browsing && (query.terms.length > 0 || query.excluded.length > 0 || (!filter.chapter && !filter.district && !filter.topic))) {
      // Nothing searchable and nothing to browse.
      return emptyResponse(req, query, this.name, t0);
    }
    // No searchable term but filters: browse the filtered documents in order.
    const { scored, parsed, relaxed, weights } = browsing ? { scored: L.meta.flatMap((m, k) => (m.listed ? [{ k, score: 0 }] : [])), parsed: query, relaxed: false, weights: undefined } : this.find(L, query);

    const facets = countFacets(scored.map((s) => L.meta[s.k]!), filter, L.vocab);
    const matched = scored.filter((s) => passesFilter(L.meta[s.k]!, filter));
    if (req.sort === 'order' || browsing) {
      matched.sort((a, b) => a.k - b.k);
    } else {
      matched.sort((a, b) => b.score - a.score);
      for (const s of matched.slice(0, RERANK)) s.score *= boost(L.meta[s.k]!, parsed.terms, weights);
      matched.sort((a, b) => b.score - a.score || a.k - b.k);
    }
    const page = matched.slice((req.page - 1) * req.per, req.page * req.per);
    const candidates: Candidate[] = page.map((s) => JSON.parse(L.json.get(L.meta[s.k]!.rowid) as string) as PlanDocument);
    return buildResponse({ req, parsed, engine: this.name, total: matched.length, facets, candidates, relaxed, t0 });
  }

  /**
   * The matching documents with their bm25 scores: every term required; with few hits, also the
   * documents that hold a compound's words apart (居家养老 → 居家 养老), ranked after the exact ones;
   * with none, any term, rarer terms weighing more.
   */
  private find(L: Loaded, query: ParsedQuery) {
    let parsed = query;
    let scored = this.run(L, toFtsMatch(parsed, 'all')!);
    const split = scored.length < FEW ? splitCompounds(parsed) : null;
    if (split) {
      const exact = new Set(scored.map((s) => s.k));
      const more = this.run(L, toFtsMatch(split, 'all')!).filter((s) => !exact.has(s.k));
      if (more.length > 0) {
        scored = [...scored.map((s) => ({ ...s, score: s.score * EXACT_FIRST })), ...more];
        parsed = split;
      }
    }
    if (scored.length > 0 || parsed.terms.length < 2) return { scored, parsed, relaxed: false, weights: undefined };
    const weights = parsed.terms.map((t) => this.idf(L, { ...parsed, terms: [t], excluded: [] }));
    return { scored: this.run(L, toFtsMatch(parsed, 'any')!), parsed, relaxed: true, weights };
  }

  private run(L: Loaded, match: string): { k: number; score: number }[] {
    let rows: [number, number][];
    try {
      rows = L.match.all(match) as [number, number][];
    } catch (e) {
      // The expression is built from quoted tokens only; if SQLite still refuses it, say so cleanly.
      throw new SearchInputError('unsupported_query', `the query could not be searched (${(e as Error).message})`);
    }
    return rows.map(([rowid, score]) => ({ k: L.byRowid.get(rowid)!, score: -score }));
  }

  /** How rare one term is: ln(1 + N / documents matching it). */
  private idf(L: Loaded, one: ParsedQuery): number {
    const match = toFtsMatch(one, 'all');
    const df = match === null ? 0 : this.run(L, match).length;
    return Math.log(1 + L.meta.length / Math.max(1, df));
  }

  async get(id: string): Promise<PlanDocument | null> {
    const json = this.load().byId.get(id) as string | undefined;
    return json ? (JSON.parse(json) as PlanDocument) : null;
  }

  async stats(): Promise<EngineStats> {
    const L = this.load();
    return { engine: this.name, documents: L.meta.length, bytes: statSync(this.file).size };
  }
}
