/** Builds the search index from documents: always the embedded one, and Meilisearch too when MEILI_URL is set. */
import type { PlanDocument } from '../lib/plan/model';
import { serverEnv, type ServerEnv } from '../lib/env';
import { EmbeddedEngine } from '../lib/search/embedded';
import { createEngine, indexFile } from '../lib/search/engine';
import type { Corpus } from '../lib/corpus/load';
import { districtAliases } from '../lib/search/vocabulary';
import { queryDictionary } from '../lib/search/segment';
import { QUERY_DICTIONARY } from '../lib/plan/store';
import { join } from 'node:path';
import { writeAtomic } from './write';

/** `corpus` gives the district names; `only` builds one engine's index. */
export async function buildIndexes(documents: PlanDocument[], corpus: Corpus, dataDir: string, log: (line: string) => void, only?: 'embedded' | 'meili'): Promise<void> {
  const env = serverEnv({ ...process.env, PLAN_DATA_DIR: dataDir });
  if (only !== 'meili') await buildEmbedded(documents, corpus, env, log);
  if (env.MEILI_URL && only !== 'embedded') {
    const t1 = performance.now();
    await createEngine(env, corpus).index(documents);
    log(`meilisearch     ${env.MEILI_URL} index ${env.MEILI_INDEX}: ${documents.length} documents in ${((performance.now() - t1) / 1000).toFixed(2)} s`);
  }
  // Queries are cut with the part of jieba's dictionary the plans use, whichever engine answers
  // them: the same cuts, 40 MB less per server process. Written once the indexes are.
  const dictionary = queryDictionary(corpus);
  writeAtomic(join(dataDir, QUERY_DICTIONARY), dictionary);
  log(`query words     ${join(dataDir, QUERY_DICTIONARY)}: ${dictionary.split('\n').length - 1} words of jieba's dictionary`);
}

async function buildEmbedded(documents: PlanDocument[], corpus: Corpus, env: ServerEnv, log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const embedded = new EmbeddedEngine(indexFile(env), districtAliases(corpus.gazetteer));
  await embedded.index(documents);
  const stats = await embedded.stats();
  embedded.close();
  log(`index           ${indexFile(env)}: ${stats.documents} documents, ${(stats.bytes! / 1024 / 1024).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}
