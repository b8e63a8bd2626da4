/**
 * The pages the server renders ahead of visitors when the data changes: those that are pure
 * functions of the data and are reached by plain links, in the order visitors are likeliest to
 * need them: each language's home and indicators, every chapter, then every permalink.
 */
import { join } from 'node:path';
import { LOCALES } from '../i18n/routing';
import { readDocuments, readOutline } from '../lib/plan/store';
import { routes } from '../lib/links/routes';

export function prerenderPaths(ids: readonly string[], chapters: readonly number[], locales: readonly string[] = Object.keys(LOCALES)): string[] {
  // The home page is `/zh`, not `/zh/`: the address a visitor's request carries (the cache key).
  const at = (locale: string, path: string) => `/${locale}${path === '/' ? '' : path}`;
  return [
    ...locales.flatMap((l) => [at(l, routes.home()), at(l, routes.indicators())]),
    ...chapters.flatMap((n) => locales.map((l) => at(l, routes.chapter(n)))),
    ...ids.flatMap((id) => locales.map((l) => at(l, routes.permalink(id)))),
  ];
}

/** The pages of the data in `dataDir` (throws DataUnavailableError when it cannot be read). */
export function prerenderPathsOf(dataDir: string): string[] {
  const ids = readDocuments(join(dataDir, 'documents.jsonl')).map((d) => d.id);
  const outline = readOutline(join(dataDir, 'outline.json'));
  // Chapters the source lost (present: false) have a page too, saying so.
  const chapters = [...new Set(outline.documents.flatMap((d) => d.parts.flatMap((p) => p.chapters.map((c) => c.no))))].sort((a, b) => a - b);
  return prerenderPaths(ids, chapters);
}
