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

export const indexFile = (env: ServerEnv) => join(env.PLAN_DATA_DIR, 'index.sqlite');

/** One engine per server process. */
export const sharedEngine = (): SearchEngine => processWide('engine', () => createEngine());

/** Loads the index, the lexicon, jieba and the did-you-mean index before the first visitor does (instrumentation.ts). */
export async function warmUp(): Promise<void> {
  await search(sharedEngine(), { q: 'dianchi 滇池 water', chapter: [], district: [], topic: [], page: 1, per: 1, sort: 'relevance' });
  spellIndex(lexicon());
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
