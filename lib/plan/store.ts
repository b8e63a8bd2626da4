/**
 * The built documents and outline (data/), loaded once per process, for pages that read the plan in
 * order: permalink context, chapter pages, indicators. Search goes through the engine instead.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataUnavailableError } from './data-error';
import type { Outline, OutlineChapter, OutlineDocument, PlanDocument } from './model';

interface Store {
  documents: PlanDocument[];
  byId: Map<string, number>;
  outline: Outline;
}

/** The part of jieba's dictionary the plans use (lib/search/segment.ts `queryDictionary`), written at ingest. */
export const QUERY_DICTIONARY = 'query-dictionary.txt';

/** The share image's fonts, cut down at ingest to the characters of the data they draw (lib/share/fonts.ts). */
export const SHARE_FONTS = 'share-fonts.json';

/** The query dictionary of a data folder, or undefined before an ingest has written one (jieba's whole dictionary is used then). */
export function readQueryDictionary(dataDir: string): Uint8Array | undefined {
  const file = join(dataDir, QUERY_DICTIONARY);
  return existsSync(file) ? readFileSync(file) : undefined;
}

let cached: { store: Store; file: string; mtime: number } | null = null;

/** A data file's text, or DataUnavailableError when it is missing or unreadable. */
function readData(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataUnavailableError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (e as Error).message})`, 'npm run ingest');
  }
}

/**
 * The documents of data/documents.jsonl: the one reader of that file (pages, the Meilisearch
 * engine's facets, npm run index). A line that is not a document is named, not parsed past.
 */
export function readDocuments(file: string): PlanDocument[] {
  const lines = readData(file).split('\n');
  const documents: PlanDocument[] = [];
  lines.forEach((line, k) => {
    if (!line) return;
    let d: PlanDocument;
    try {
      d = JSON.parse(line) as PlanDocument;
    } catch {
      throw new DataUnavailableError(file, `line ${k + 1} is not JSON`, 'npm run ingest');
    }
    // Enough of the shape that the pages can rely on; the rest is what ingest wrote.
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || typeof d.doc !== 'string' || typeof d.text !== 'string')
      throw new DataUnavailableError(file, `line ${k + 1} is not a document`, 'npm run ingest');
    documents.push(d);
  });
  if (documents.length === 0) throw new DataUnavailableError(file, 'holds no documents', 'npm run ingest');
  return documents;
}

export function readOutline(file: string): Outline {
  let outline: Outline;
  try {
    outline = JSON.parse(readData(file)) as Outline;
  } catch (e) {
    if (e instanceof DataUnavailableError) throw e;
    throw new DataUnavailableError(file, 'is not JSON', 'npm run ingest');
  }
  if (!Array.isArray(outline?.documents) || outline.documents.length === 0 || !outline.documents.every((d) => Array.isArray(d?.parts)))
    throw new DataUnavailableError(file, 'is not an outline', 'npm run ingest');
  return outline;
}

export function loadStore(dataDir = 'data'): Store {
  const docsFile = join(dataDir, 'documents.jsonl');
  let mtime: number;
  try {
    mtime = statSync(docsFile).mtimeMs;
  } catch {
    throw new DataUnavailableError(docsFile, 'file not found', 'npm run ingest');
  }
  // A new ingest replaces the file (rename): reload when it changes.
  if (cached && cached.file === docsFile && cached.mtime === mtime) return cached.store;
  const documents = readDocuments(docsFile);
  const outline = readOutline(join(dataDir, 'outline.json'));
  const store = { documents, byId: new Map(documents.map((d, k) => [d.id, k])), outline };
  cached = { store, file: docsFile, mtime };
  return store;
}

/** A document with the documents just before and after it in the same plan. */
export function withContext(store: Store, id: string, span = 2) {
  const k = store.byId.get(id);
  if (k === undefined) return null;
  const doc = store.documents[k]!;
  const same = (d: PlanDocument | undefined) => d !== undefined && d.doc === doc.doc;
  const before = store.documents.slice(Math.max(0, k - span), k).filter(same);
  const after = store.documents.slice(k + 1, k + 1 + span).filter(same);
  return { doc, before, after };
}

export function planOf(store: Store, docId: string): OutlineDocument | undefined {
  return store.outline.documents.find((d) => d.id === docId);
}

export function chapterOutline(plan: OutlineDocument, n: number): OutlineChapter | undefined {
  return plan.parts.flatMap((p) => p.chapters).find((c) => c.no === n);
}

/** The documents of chapter n of a plan, in order. */
export function chapterDocuments(store: Store, docId: string, n: number): PlanDocument[] {
  return store.documents.filter((d) => d.doc === docId && d.chapter?.no === n);
}
