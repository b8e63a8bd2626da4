/**
 * The embedded engine: SQLite FTS5 in one file under data/, no server.
 * The index holds each document's grams (substring matching for Chinese) and jieba words (whole-word
 * ranking); facets, re-ranking and highlighting run in process over metadata loaded once.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { fileStamp } from '../http/data-version';
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
  /** The file this was read from (inode, size, time): another stamp on the path means the file was replaced. */
  stamp: string;
  /** Searches holding this version (`pin`), and whether a newer one has taken its place. */
  users: number;
  retired: boolean;
}

/** How the engine notices a replaced index: how often it looks at the file, and the clock (the tests move their own). */
export interface ReopenClock {
  everyMs: number;
  now: () => number;
}
const ONCE_A_SECOND: ReopenClock = { everyMs: 1000, now: () => Date.now() };

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded';
  private loaded: Loaded | null = null;
  private checkedAt = 0;
  /** The stamp of a replacement that would not open: said once in the log, not every second. */
  private refused: string | null = null;

  constructor(
    private readonly file: string,
    private readonly aliases: Map<string, string[]>,
    private readonly clock: ReopenClock = ONCE_A_SECOND,
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

  /** Stops serving the open index; its handle closes once no search holds it. */
  close(): void {
    if (this.loaded) this.retire(this.loaded);
    this.loaded = null;
  }

  private retire(L: Loaded): void {
    L.retired = true;
    if (L.users === 0 && L.db.open) L.db.close();
  }

  /**
   * The index to answer from. The first time it is opened or a DataUnavailableError says why not;
   * after that, at most once per `clock.everyMs`, a stat of the path tells whether ingest renamed
   * a new file over it, and if so the new file is opened and the old one retired.
   */
  private current(): Loaded {
    if (!this.loaded) {
      this.loaded = this.open();
      this.checkedAt = this.clock.now();
      return this.loaded;
    }
    const now = this.clock.now();
    if (now - this.checkedAt >= this.clock.everyMs) {
      this.checkedAt = now;
      this.reopenIfReplaced();
    }
    return this.loaded;
  }

  /**
   * Looks now (not waiting for the clock) whether the file was replaced, and opens the new one.
   * A replacement that does not open leaves the old index serving: a bad file must not take down
   * a server that has good data in hand. Returns whether a new index was opened.
   */
  reopenIfReplaced(): boolean {
    const old = this.loaded;
    if (!old) return false;
    let stamp: string;
    try {
      stamp = fileStamp(this.file);
    } catch {
      return false; // Gone for now (being replaced by hand?): keep serving what is open.
    }
    if (stamp === old.stamp || stamp === this.refused) return false;
    let next: Loaded;
    try {
      next = this.open();
    } catch (e) {
      this.refused = stamp;
      console.error(`search index ${this.file} was replaced by one that cannot be read; still serving the previous one (${(e as Error).message})`);
      return false;
    }
    this.refused = null;
    this.loaded = next;
    this.retire(old);
    return true;
  }

  /** The engine's answer to the server's "the data version changed": look at the file now. */
  refresh(): void {
    this.reopenIfReplaced();
  }

  private open(): Loaded {
    if (!existsSync(this.file)) throw new DataUnavailableError(this.file, 'file not found', 'npm run index');
    let db: Database.Database | null = null;
    try {
      // Stamped before it is opened: a file renamed over it in between is simply opened again at the next look.
      const stamp = fileStamp(this.file);
      db = new Database(this.file, { readonly: true, fileMustExist: true });
      return this.read(db, stamp);
    } catch (e) {
      // Random bytes, a truncated file, another program's database: one clear error, not a stack.
      db?.close();
      throw new DataUnavailableError(this.file, `not a readable search index (${(e as Error).message})`, 'npm run index');
    }
  }

  private read(db: Database.Database, stamp: string): Loaded {
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
      stamp,
      users: 0,
      retired: false,
    };
  }

  /**
   * One version of the index for one search: its match keys are rowids of that version, so a search
   * that matched in the old file must read its documents from the old file too, even if the new
   * one was opened meanwhile. The old handle is closed when the last search holding it lets go.
   */
  pin(): { engine: SearchEngine; release: () => void } {
    // Taken at the first call that needs the index: a search that needs none (an empty query) must not fail for want of one.
    let L: Loaded | null = null;
    let held = true;
    const hold = (): Loaded => {
      if (!L) {
        L = this.current();
        L.users++;
      }
      return L;
    };
    const engine: SearchEngine = {
      name: this.name,
      index: (documents) => this.index(documents),
      match: async (query, mode) => this.matchIn(hold, query, mode),
      all: async () => allOf(hold()),
      documents: async (keys) => documentsOf(hold(), keys),
      vocabulary: async () => hold().vocab,
      size: async () => hold().meta.length,
      get: async (id) => getFrom(hold(), id),
      stats: () => this.stats(),
    };
    const release = () => {
      if (!held || !L) return;
      held = false;
      L.users--;
      if (L.retired) this.retire(L);
    };
    return { engine, release };
  }

  /** `index` is asked for only once the query has something to match: a query of only stop words needs no index. */
  private matchIn(index: () => Loaded, query: ParsedQuery, mode: 'all' | 'any'): Match[] {
    const expr = toFtsMatch(query, mode);
    if (expr === null) return [];
    const L = index();
    let rows: [number, number][];
    try {
      rows = L.match.all(expr) as [number, number][];
    } catch (e) {
      // Pages of the full-text index past a truncation, or damaged on disk: the index, not the query, is at fault.
      if (DAMAGED.test((e as { code?: string }).code ?? '')) {
        // Opened afresh on the next request, so a rebuilt index is picked up without a restart.
        if (this.loaded === L) this.close();
        throw new DataUnavailableError(this.file, `damaged search index (${(e as Error).message})`, 'npm run index');
      }
      // The expression is built from quoted tokens only; if SQLite still refuses it, say so cleanly.
      throw new SearchInputError('unsupported_query', `the query could not be searched (${(e as Error).message})`);
    }
    return rows.map(([rowid, score]) => ({ ...L.meta[L.byRowid.get(rowid)!]!, score: -score }));
  }

  async match(query: ParsedQuery, mode: 'all' | 'any'): Promise<Match[]> {
    return this.matchIn(() => this.current(), query, mode);
  }

  async all(): Promise<Match[]> {
    return allOf(this.current());
  }

  async documents(keys: number[]): Promise<PlanDocument[]> {
    return documentsOf(this.current(), keys);
  }

  async vocabulary(): Promise<Vocabulary> {
    return this.current().vocab;
  }

  async size(): Promise<number> {
    return this.current().meta.length;
  }

  async get(id: string): Promise<PlanDocument | null> {
    return getFrom(this.current(), id);
  }

  async stats(): Promise<EngineStats> {
    const L = this.current();
    return { engine: this.name, documents: L.meta.length, bytes: statSync(this.file).size };
  }
}

const allOf = (L: Loaded): Match[] => L.meta.filter((m) => m.listed);
const documentsOf = (L: Loaded, keys: number[]): PlanDocument[] => keys.map((k) => L.parsed[L.byRowid.get(k)!]!);
function getFrom(L: Loaded, id: string): PlanDocument | null {
  const k = L.byId.get(id);
  return k === undefined ? null : L.parsed[k]!;
}
