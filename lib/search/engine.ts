/** The one place that picks the engine: Meilisearch when MEILI_URL is set, the embedded index otherwise. */
import { join } from 'node:path';
import { serverEnv, type ServerEnv } from '../env';
import { EmbeddedEngine } from './embedded';
import { MeiliEngine } from './meili';
import type { SearchEngine } from './types';
import { districtAliases } from './vocabulary';

export const indexFile = (env: ServerEnv) => join(env.PLAN_DATA_DIR, 'index.sqlite');

export function createEngine(env: ServerEnv = serverEnv()): SearchEngine {
  const aliases = districtAliases();
  if (env.MEILI_URL) {
    return new MeiliEngine({
      host: env.MEILI_URL,
      adminKey: env.MEILI_MASTER_KEY,
      searchKey: env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY,
      index: env.MEILI_INDEX,
      aliases,
    });
  }
  return new EmbeddedEngine(indexFile(env), aliases);
}
