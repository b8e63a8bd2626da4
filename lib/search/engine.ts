/** The one place that picks the engine: Meilisearch when MEILI_URL is set, the embedded index otherwise. */
import { join } from 'node:path';
import { serverEnv, type ServerEnv } from '../env';
import { EmbeddedEngine } from './embedded';
import { MeiliEngine } from './meili';
import type { SearchEngine } from './engine-types';
import { currentCorpus, type Corpus } from '../corpus/load';
import { districtAliases } from './vocabulary';
import { processWide } from '../process-wide';
import { lexicon } from './lexicon';
import { search } from './search';
import { spellIndex } from './suggest';
import { isDataUnavailableError } from '../plan/data-error';

export const indexFile = (env: ServerEnv) => join(env.PLAN_DATA_DIR, 'index.sqlite');

/** One engine per server process. */
export const sharedEngine = (): SearchEngine => processWide('engine', () => createEngine());

/** Loads the index, the lexicon, jieba and the did-you-mean index before the first visitor does (instrumentation.ts). */
export async function warmUp(): Promise<void> {
  spellIndex(lexicon());
  try {
    await search(sharedEngine(), { q: 'dianchi 滇池 water', chapter: [], district: [], topic: [], page: 1, per: 1, sort: 'relevance' });
  } catch (e) {
    // A damaged or missing index must not stop the server: it answers 503 (and /api/health says why) until npm run index.
    if (!isDataUnavailableError(e)) throw e;
    console.error(`search engine not warmed up: ${e.message}`);
  }
}

export function createEngine(env: ServerEnv = serverEnv(), corpus: Corpus = currentCorpus()): SearchEngine {
  const aliases = districtAliases(corpus.gazetteer);
  if (env.MEILI_URL) {
    return new MeiliEngine({
      host: env.MEILI_URL,
      adminKey: env.MEILI_MASTER_KEY,
      searchKey: env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY,
      index: env.MEILI_INDEX,
      aliases,
      glossary: corpus.glossary,
      dataDir: env.PLAN_DATA_DIR,
    });
  }
  return new EmbeddedEngine(indexFile(env), aliases);
}
