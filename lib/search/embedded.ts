/**
 * The embedded engine: SQLite FTS5 in one file under data/, no server.
 * The index holds each document's grams (substring matching for Chinese) and jieba words (whole-word
 * ranking); facets, re-ranking and highlighting run in process over metadata loaded once.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DataUnavailableError } from '../plan/data-error';
import type { PlanDocument } from '../plan/model';
import type { EngineStats, Match, SearchEngine } from './engine-types';
import type { Vocabulary } from './facets';
import { englishStems, englishTextWords } from './english';
import { toFtsMatch } from './fts-query';
import type { ParsedQuery } from './query';
import { rankInput } from './rank';
import { grams } from './text';
import { SearchInputError } from './types';
import { vocabularyOf } from './vocabulary';

/** Exported for the fuzz tests, which run generated MATCH expressions against this very table. */
export const SCHEMA = `
  CREATE TABLE docs (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, ord INTEGER NOT NULL,
    kind TEXT NOT NULL, chapter INTEGER, districts TEXT NOT NULL, topics TEXT NOT NULL,
    text TEXT NOT NULL, context TEXT NOT NULL, en TEXT NOT NULL, listed INTEGER NOT NULL, json TEXT NOT NULL);
  CREATE VIRTUAL TABLE fts USING fts5(grams, words, en, enw, content='', tokenize='unicode61 remove_diacritics 0');
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/**
 * bm25 column weights: grams (substring), words (whole jieba words), the English text's stems, and
 * its words as written (matched only while typing). One expression scores both languages, so one
 * ranking merges documents found through the Chinese and through the English.
 */
/** SQLite result codes (better-sqlite3's SqliteError.code) that mean the file, not the statement, is wrong. */
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|FORMAT)/;

const BM25 = 'bm25(fts, 1.0, 2.0, 1.5, 1.0)';
export const MATCH_SQL = `SELECT rowid, ${BM25} AS score FROM fts WHERE fts MATCH ?`;
interface Loaded {
  db: Database.Database;
  meta: (Match & { listed: boolean })[];
  byRowid: Map<number, number>;
  vocab: Vocabulary;
  match: Database.Statement;
  /** Every document, parsed once at load (a plan is a few megabytes): pages of hits cost no parsing. */
  parsed: PlanDocument[];
  byId: Map<string, number>;
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
      const doc = db.prepare('INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)');
      const fts = db.prepare('INSERT INTO fts (rowid, grams, words, en, enw) VALUES (?,?,?,?,?)');
      db.transaction(() => {
        documents.forEach((d, k) => {
          const rowid = k + 1;
          const context = [d.part?.zh, d.chapter?.zh, d.section?.zh, d.box?.zh].filter(Boolean).join(' ');
          const en = d.translations?.en ?? '';
          doc.run(
            rowid,
            d.id,
            d.doc,
            d.order,
            d.kind,
            d.chapter?.no ?? null,
            d.districts.map((t) => t.id).join(' '),
            d.topics.map((t) => t.id).join(' '),
            d.text,
            context,
            en,
            d.repeats ? 0 : 1,
            JSON.stringify(d),
          );
          // A contents entry that repeats a heading stays readable by id but is never a hit beside it.
          if (!d.repeats) fts.run(rowid, grams(d.text).join(' '), d.tokens.join(' '), englishStems(en).join(' '), englishTextWords(en).join(' '));
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
    if (!existsSync(this.file)) throw new DataUnavailableError(this.file, 'file not found', 'npm run index');
    let db: Database.Database | null = null;
    try {
      db = new Database(this.file, { readonly: true, fileMustExist: true });
      this.loaded = this.read(db);
      return this.loaded;
    } catch (e) {
      // Random bytes, a truncated file, another program's database: one clear error, not a stack.
      db?.close();
      throw new DataUnavailableError(this.file, `not a readable search index (${(e as Error).message})`, 'npm run index');
    }
  }

  private read(db: Database.Database): Loaded {
    const rows = db.prepare('SELECT rowid, doc, ord, kind, chapter, districts, topics, text, context, en, listed, json FROM docs ORDER BY rowid').all() as {
      rowid: number;
      doc: string;
      ord: number;
      kind: string;
      chapter: number | null;
      districts: string;
      topics: string;
      text: string;
      context: string;
      en: string;
      listed: number;
      json: string;
    }[];
    const meta = rows.map((r) => ({
      key: r.rowid,
      score: 0,
      order: r.rowid,
      chapter: r.chapter,
      districts: r.districts ? r.districts.split(' ') : [],
      topics: r.topics ? r.topics.split(' ') : [],
      listed: r.listed === 1,
      rank: rankInput(r.text, [r.context], r.kind, r.en),
    }));
    const parsed = rows.map((r) => JSON.parse(r.json) as PlanDocument);
    // Labels come from the documents themselves.
    const vocab = vocabularyOf(parsed, this.aliases);
    return {
      db,
      meta,
      byRowid: new Map(meta.map((m, k) => [m.key, k])),
      vocab,
      match: db.prepare(MATCH_SQL).raw(),
      parsed,
      byId: new Map(parsed.map((d, k) => [d.id, k])),
    };
  }

  async match(query: ParsedQuery, mode: 'all' | 'any'): Promise<Match[]> {
    const expr = toFtsMatch(query, mode);
    if (expr === null) return [];
    const L = this.load();
    let rows: [number, number][];
    try {
      rows = L.match.all(expr) as [number, number][];
    } catch (e) {
      // Pages of the full-text index past a truncation, or damaged on disk: the index, not the query, is at fault.
      if (DAMAGED.test((e as { code?: string }).code ?? '')) {
        // Opened afresh on the next request, so a rebuilt index is picked up without a restart.
        this.close();
        throw new DataUnavailableError(this.file, `damaged search index (${(e as Error).message})`, 'npm run index');
      }
      // The expression is built from quoted tokens only; if SQLite still refuses it, say so cleanly.
      throw new SearchInputError('unsupported_query', `the query could not be searched (${(e as Error).message})`);
    }
    return rows.map(([rowid, score]) => ({ ...L.meta[L.byRowid.get(rowid)!]!, score: -score }));
  }

  async all(): Promise<Match[]> {
    return this.load().meta.filter((m) => m.listed);
  }

  async documents(keys: number[]): Promise<PlanDocument[]> {
    const L = this.load();
    return keys.map((k) => L.parsed[L.byRowid.get(k)!]!);
  }

  async vocabulary(): Promise<Vocabulary> {
    return this.load().vocab;
  }

  async size(): Promise<number> {
    return this.load().meta.length;
  }

  async get(id: string): Promise<PlanDocument | null> {
    const L = this.load();
    const k = L.byId.get(id);
    return k === undefined ? null : L.parsed[k]!;
  }

  async stats(): Promise<EngineStats> {
    const L = this.load();
    return { engine: this.name, documents: L.meta.length, bytes: statSync(this.file).size };
  }
}
