/**
 * The one reader of the corpus folder: the manifest, each plan's text and titles, and the curated
 * data (gazetteer, topics, glossary, jieba user dictionary, CC-CEDICT extract). Everything is
 * validated here; a bad file is an IngestError naming it. Loaded once per folder and reloaded
 * when a file in it changes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { serverEnv } from '../env';
import { IngestError } from './errors';
import { readSource } from './read-source';
import {
  CedictSchema,
  GazetteerSchema,
  GlossarySchema,
  ManifestSchema,
  TitlesSchema,
  TopicsSchema,
  type Cedict,
  type Gazetteer,
  type Glossary,
  type ManifestEntry,
  type Titles,
  type Topics,
} from './schemas';

interface CorpusPlan {
  entry: ManifestEntry;
  source: string;
  titles: Titles;
  titlesFile: string;
}

export interface Corpus {
  dir: string;
  plans: CorpusPlan[];
  gazetteer: Gazetteer;
  topics: Topics;
  glossary: Glossary;
  /** Absent until `npm run cedict` has been run for this corpus. */
  cedict: Cedict | null;
  /** jieba's user dictionary, as text. */
  userdict: string;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  if (!existsSync(file)) throw new IngestError(file, 'file not found');
  let raw: unknown;
  try {
    raw = JSON.parse(readSource(file));
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(file, `unexpected content at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function read(dir: string, manifestName: string): Corpus {
  const manifestFile = join(dir, manifestName);
  const manifest = readJson(manifestFile, ManifestSchema);
  const ids = new Set<string>();
  const titlesCache = new Map<string, Titles>();
  const plans = manifest.documents.map((entry) => {
    if (ids.has(entry.id)) throw new IngestError(manifestFile, `document id ${entry.id} appears twice`);
    ids.add(entry.id);
    const file = join(dir, entry.file);
    if (!existsSync(file)) throw new IngestError(manifestFile, `entry ${entry.id} points to ${entry.file}, which does not exist`);
    const titlesFile = join(dir, entry.titles);
    if (!titlesCache.has(titlesFile)) {
      if (!existsSync(titlesFile)) throw new IngestError(manifestFile, `entry ${entry.id} points to ${entry.titles}, which does not exist`);
      titlesCache.set(titlesFile, readJson(titlesFile, TitlesSchema));
    }
    return { entry, source: readSource(file), titles: titlesCache.get(titlesFile)!, titlesFile };
  });
  const cedictFile = join(dir, 'cedict-en.json');
  return {
    dir,
    plans,
    gazetteer: readJson(join(dir, 'districts.json'), GazetteerSchema),
    topics: readJson(join(dir, 'topics.json'), TopicsSchema),
    glossary: readJson(join(dir, 'glossary.json'), GlossarySchema),
    cedict: existsSync(cedictFile) ? readJson(cedictFile, CedictSchema) : null,
    userdict: readSource(join(dir, 'userdict.txt')),
  };
}

const loaded = new Map<string, { stamp: string; corpus: Corpus }>();

/** The corpus in `dir`, read once and read again only when a file in the folder has changed. */
export function loadCorpus(dir: string, manifestName = 'manifest.json'): Corpus {
  const key = `${dir}\u0000${manifestName}`;
  const stamp = existsSync(dir)
    ? readdirSync(dir)
        .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)
        .join('|')
    : '';
  const hit = loaded.get(key);
  if (hit && hit.stamp === stamp) return hit.corpus;
  const corpus = read(dir, manifestName);
  loaded.set(key, { stamp, corpus });
  return corpus;
}

/** The corpus this process serves and searches (PLAN_CORPUS_DIR, default `corpus`). */
export const currentCorpus = (): Corpus => loadCorpus(serverEnv().PLAN_CORPUS_DIR);
