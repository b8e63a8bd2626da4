/** Shared fixtures for tests: the real corpus, ingested once per test file. */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../lib/corpus/load';
import { ingest, type IngestResult } from '../ingest/pipeline';

const SOURCE_FILE = 'corpus/kunming-14th-five-year-plan.txt';
export const source = () => readFileSync(SOURCE_FILE, 'utf8');

let cached: IngestResult | null = null;
export function ingested(): IngestResult {
  cached ??= ingest(loadCorpus('corpus'));
  return cached;
}

/** The one document whose text contains `needle`; fails loudly when there are none or several. */
export function docWith(needle: string) {
  const hits = ingested().documents.filter((d) => d.text.includes(needle));
  if (hits.length !== 1) throw new Error(`${hits.length} documents contain ${needle}`);
  return hits[0]!;
}
