/**
 * The built documents and outline (data/), loaded once per process, for pages that read the plan in
 * order: permalink context, chapter pages, indicators. Search goes through the engine instead.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Outline, OutlineChapter, OutlineDocument, PlanDocument } from './model';

interface Store {
  documents: PlanDocument[];
  byId: Map<string, number>;
  outline: Outline;
}

/** The part of jieba's dictionary the plans use (lib/search/segment.ts `queryDictionary`), written at ingest. */
export const QUERY_DICTIONARY = 'query-dictionary.txt';

/** The query dictionary of a data folder, or undefined before an ingest has written one (jieba's whole dictionary is used then). */
export function readQueryDictionary(dataDir: string): Uint8Array | undefined {
  const file = join(dataDir, QUERY_DICTIONARY);
  return existsSync(file) ? readFileSync(file) : undefined;
}

let cached: { store: Store; mtime: number } | null = null;

export function loadStore(dataDir = 'data'): Store {
  const docsFile = join(dataDir, 'documents.jsonl');
  if (!existsSync(docsFile)) throw new Error(`${docsFile} not found: run npm run ingest`);
  const mtime = statSync(docsFile).mtimeMs;
  // A new ingest replaces the file (rename): reload when it changes.
  if (cached && cached.mtime === mtime) return cached.store;
  const documents = readFileSync(docsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PlanDocument);
  const outline = JSON.parse(readFileSync(join(dataDir, 'outline.json'), 'utf8')) as Outline;
  const store = { documents, byId: new Map(documents.map((d, k) => [d.id, k])), outline };
  cached = { store, mtime };
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
