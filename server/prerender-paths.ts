/**
 * The pages the server renders ahead of visitors when the data changes: those that are pure
 * functions of the data and are reached by plain links, in the order visitors are likeliest to
 * need them: each language's home and indicators, every chapter, then every permalink.
 */
import { join } from 'node:path';
import { localePath } from '../i18n/navigation';
import { routing, type Locale } from '../i18n/routing';
import { readDocuments, readOutline } from '../lib/plan/store';
import { routes } from '../lib/links/routes';

export function prerenderPaths(ids: readonly string[], chapters: readonly number[], locales: readonly Locale[] = routing.locales): string[] {
  // The addresses the pages link to, which visitors' requests carry (the cache key): the home page is `/zh`, not `/zh/`.
  return [
    ...locales.flatMap((l) => [localePath(l, routes.home()), localePath(l, routes.indicators())]),
    ...chapters.flatMap((n) => locales.map((l) => localePath(l, routes.chapter(n)))),
    ...ids.flatMap((id) => locales.map((l) => localePath(l, routes.permalink(id)))),
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
