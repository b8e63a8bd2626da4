/**
 * `npm run ingest [-- --corpus DIR --manifest FILE --out DIR --if-stale --quiet]`
 * Writes data/documents.jsonl, data/outline.json and the search index, each atomically.
 * `npm run index [-- --engine embedded|meili]` rebuilds only the index from an existing data/documents.jsonl
 * (both engines by default, Meilisearch only when MEILI_URL is set; `--engine` picks one).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import type { PlanDocument } from '../lib/plan/model';
import { buildIndexes } from './build-index';
import { loadCorpus } from '../lib/corpus/load';
import { IngestError } from '../lib/corpus/errors';
import { ingest } from './pipeline';
import { summarize } from './summary';
import { writeAtomic } from './write';
import { QUERY_DICTIONARY } from '../lib/plan/store';

const OPTIONS = {
  corpus: { type: 'string', default: 'corpus' },
  manifest: { type: 'string', default: 'manifest.json' },
  out: { type: 'string', default: 'data' },
  'index-only': { type: 'boolean', default: false },
  'if-stale': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  engine: { type: 'string' },
} as const;
const ENGINES = ['embedded', 'meili'] as const;

/** The outputs are newer than every corpus file and this code: nothing to do. */
function upToDate(corpus: string, out: string): boolean {
  const outputs = ['documents.jsonl', 'outline.json', 'index.sqlite', QUERY_DICTIONARY].map((f) => join(out, f));
  if (!outputs.every(existsSync)) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const code = ['ingest', 'lib', 'i18n', 'messages'].flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)));
  const inputs = [...readdirSync(corpus).map((f) => join(corpus, f)), ...code];
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

async function main(): Promise<number> {
  const t0 = performance.now();
  let args;
  try {
    args = parseArgs({ options: OPTIONS }).values;
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}`);
    return 2;
  }
  const log = (line: string) => {
    if (!args.quiet) console.log(line);
  };
  const engine = args.engine as (typeof ENGINES)[number] | undefined;
  if (engine !== undefined && !ENGINES.includes(engine)) {
    console.error(`ingest: --engine must be one of ${ENGINES.join(', ')}, not "${engine}"`);
    return 2;
  }
  if (engine === 'meili' && !process.env.MEILI_URL) {
    console.error('ingest: --engine meili needs MEILI_URL (and MEILI_MASTER_KEY): see README § Engines');
    return 2;
  }
  if (args['index-only']) {
    const file = join(args.out, 'documents.jsonl');
    if (!existsSync(file)) throw new IngestError(file, 'file not found: run npm run ingest first');
    const documents = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as PlanDocument);
    await buildIndexes(documents, loadCorpus(args.corpus, args.manifest), args.out, log, engine);
    return 0;
  }
  if (args['if-stale'] && upToDate(args.corpus, args.out)) {
    log('ingest: data/ is up to date');
    return 0;
  }
  const corpus = loadCorpus(args.corpus, args.manifest);
  const bar = process.stderr.isTTY && corpus.plans.length > 1 && !args.quiet ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} plans' }, Presets.shades_classic) : null;
  bar?.start(corpus.plans.length, 0);
  const result = ingest(corpus, (done) => bar?.update(done));
  bar?.stop();
  log(summarize(result.documents, result.outline, { total: performance.now() - t0, jieba: result.jiebaMs }, result.stale));
  // The index first: if it fails, all three outputs stay as they were.
  await buildIndexes(result.documents, corpus, args.out, log);
  writeAtomic(join(args.out, 'documents.jsonl'), result.documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeAtomic(join(args.out, 'outline.json'), JSON.stringify(result.outline, null, 1) + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`ingest: ${e instanceof IngestError ? e.message : (e as Error).message}`);
    process.exitCode = 1;
  },
);
