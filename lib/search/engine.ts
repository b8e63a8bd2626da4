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
import type { SearchRequest } from './types';
import { isDataUnavailableError } from '../plan/data-error';

export const indexFile = (env: ServerEnv) => join(env.PLAN_DATA_DIR, 'index.sqlite');

/** One engine per server process. */
export const sharedEngine = (): SearchEngine => processWide('engine', () => createEngine());

/**
 * Queries of every kind the search path meets (Chinese words and a compound, traditional
 * characters, an English phrase and a question, pinyin, a misspelling, junk, an exclusion, a
 * filter, a word being typed), run at warm-up so that the first visitors do not pay for compiling
 * it. None is in the load mix (npm run load), whose figures must not lean on them.
 */
export const WARM_QUERIES: Partial<SearchRequest>[] = [
  { q: 'dianchi 滇池 water' },
  { q: '昆明 高原湖泊 水质改善' },
  { q: '長水機場 航空樞紐' },
  { q: 'how will the city protect plateau lakes' },
  { q: 'dianchi hu shuizhi' },
  { q: 'ecologcal protecton' },
  { q: 'qwzx vbnm' },
  { q: '滇池 -蓝藻' },
  { q: '旅游 民族文化', chapter: [20] },
  { q: 'tourism', sort: 'order', page: 2 },
  { q: 'infant mort', typing: true },
];

/** Loads the index, the lexicon, jieba and the did-you-mean index, and runs the search path, before the first visitor does (instrumentation.ts, the server's workers). */
export async function warmUp(rounds = 3): Promise<void> {
  spellIndex(lexicon());
  try {
    const engine = sharedEngine();
    for (let r = 0; r < rounds; r++) {
      for (const q of WARM_QUERIES) await search(engine, { q: '', chapter: [], district: [], topic: [], page: 1, per: 20, sort: 'relevance', ...q });
    }
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
      dataDir: env.PLAN_DATA_DIR,
    });
  }
  return new EmbeddedEngine(indexFile(env), aliases);
}
