/**
 * `/api/health`, for a load balancer's or an orchestrator's probe: 200 when the index and the
 * documents can be read, naming the engine, the number of documents, the data version (the one the
 * ETags are made from) and the build; 503 with the reason when they cannot.
 */
import { serverEnv } from '../env';
import { buildId, dataVersion } from '../http/data-version';
import { loadStore } from '../plan/store';
import type { SearchEngine } from '../search/engine-types';
import { sharedEngine } from '../search/engine';
import type { Answer } from './api';

export async function health(engine: SearchEngine, dataDir: string, buildDir = '.next'): Promise<Answer> {
  const about = { dataVersion: dataVersion(dataDir, buildDir), build: buildId(buildDir) };
  try {
    const stats = await engine.stats();
    // The pages read documents.jsonl and outline.json as well as the index.
    loadStore(dataDir);
    return { status: 200, body: { status: 'ok', engine: stats.engine, documents: stats.documents, ...about } };
  } catch (e) {
    // Whatever stops the data being read (a damaged file, Meilisearch unreachable) makes this server unfit for traffic.
    return { status: 503, body: { status: 'unavailable', engine: engine.name, reason: (e as Error).message, ...about } };
  }
}

export const healthAnswer = (): Promise<Answer> => health(sharedEngine(), serverEnv().PLAN_DATA_DIR);
