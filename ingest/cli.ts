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
import { loadStore, readDocuments } from '../lib/plan/store';
import { isDataUnavailableError } from '../lib/plan/data-error';
import { EmbeddedEngine } from '../lib/search/embedded';
import { buildIndexes } from './build-index';
import { loadCorpus } from '../lib/corpus/load';
import { IngestError } from '../lib/corpus/errors';
import { ingest } from './pipeline';
import { acquireLock } from './lock';
import { summarize } from './summary';
import { stage } from './write';
import { QUERY_DICTIONARY, SHARE_FONTS } from '../lib/plan/store';
import { LOCALES } from '../i18n/routing';
import type { ShareFontsFile } from '../lib/share/fonts';
import { buildShareFonts, shareText } from './share-fonts';

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
  const outputs = ['documents.jsonl', 'outline.json', 'index.sqlite', QUERY_DICTIONARY, SHARE_FONTS].map((f) => join(out, f));
  if (!outputs.every(existsSync)) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const code = ['ingest', 'lib', 'i18n', 'messages'].flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)));
  const inputs = [...readdirSync(corpus).map((f) => join(corpus, f)), ...code];
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

/** What is wrong with the outputs, when they cannot be served as they are; null when they open. */
async function unreadable(out: string): Promise<string | null> {
  try {
    loadStore(out);
    const index = new EmbeddedEngine(join(out, 'index.sqlite'), new Map());
    await index.stats();
    index.close();
    return null;
  } catch (e) {
    if (isDataUnavailableError(e)) return `${e.file}: ${e.problem}`;
    throw e;
  }
}

type Args = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

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
  // Two ingests into one folder would interleave their renames: the second refuses.
  const release = acquireLock(args.out, (line) => console.error(line));
  // Killed by a signal, the lock stays behind with a dead pid: the next run takes it over.
  process.on('exit', release);
  try {
    return await write(args, log, t0, engine);
  } finally {
    release();
  }
}

async function write(args: Args, log: (line: string) => void, t0: number, engine?: (typeof ENGINES)[number]): Promise<number> {
  if (args['index-only']) {
    const documents = readDocuments(join(args.out, 'documents.jsonl'));
    await buildIndexes(documents, loadCorpus(args.corpus, args.manifest), args.out, log, engine);
    return 0;
  }
  if (args['if-stale'] && upToDate(args.corpus, args.out)) {
    const problem = await unreadable(args.out);
    if (!problem) {
      log('ingest: data/ is up to date');
      return 0;
    }
    // Newer than its inputs but damaged (truncated, overwritten, another program's file): npm start rebuilds it.
    console.log(`ingest: ${problem}: rebuilding`);
  }
  const corpus = loadCorpus(args.corpus, args.manifest);
  const bar = process.stderr.isTTY && corpus.plans.length > 1 && !args.quiet ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} plans' }, Presets.shades_classic) : null;
  bar?.start(corpus.plans.length, 0);
  const result = ingest(corpus, (done) => bar?.update(done));
  bar?.stop();
  log(summarize(result.documents, result.outline, { total: performance.now() - t0, jieba: result.jiebaMs }, result.stale));
  const fonts = await shareFonts(result, args.out, log);
  // Everything is written before anything is renamed, the index first: if it fails, the other
  // outputs stay as they were; once it is in place they follow at once.
  const staged = [
    stage(join(args.out, 'documents.jsonl'), result.documents.map((d) => JSON.stringify(d)).join('\n') + '\n'),
    stage(join(args.out, 'outline.json'), JSON.stringify(result.outline, null, 1) + '\n'),
    stage(join(args.out, SHARE_FONTS), JSON.stringify(fonts)),
  ];
  try {
    await buildIndexes(result.documents, corpus, args.out, log);
  } catch (e) {
    staged.forEach((s) => s.abort());
    throw e;
  }
  staged.forEach((s) => s.commit());
  return 0;
}

/** The share image's fonts for this data, kept from the last ingest when they were made for the same characters. */
async function shareFonts(result: { documents: { text: string; translations?: Partial<Record<string, string>> }[]; outline: unknown }, out: string, log: (line: string) => void) {
  const t0 = performance.now();
  const locales = Object.values(LOCALES);
  const text = shareText(
    result.documents,
    result.outline,
    locales.map((l) => l.messages),
    locales.map((l) => l.messages.Metadata.siteName),
  );
  let previous: ShareFontsFile | null = null;
  try {
    previous = JSON.parse(readFileSync(join(out, SHARE_FONTS), 'utf8')) as ShareFontsFile;
  } catch {
    // None yet, or unreadable: made afresh.
  }
  const fonts = await buildShareFonts(text, previous);
  const kept = fonts === previous;
  const kib = Math.round(fonts.fonts.reduce((n, f) => n + f.data.length * 0.75, 0) / 1024);
  log(
    `share fonts     ${join(out, SHARE_FONTS)}: ${[...fonts.covered[400]].length} characters, ${fonts.fonts.length} fonts, ${kib} KiB, ${kept ? 'kept' : `made in ${((performance.now() - t0) / 1000).toFixed(2)} s`}`,
  );
  return fonts;
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
