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
  AbbreviationsSchema,
  ManifestSchema,
  TitlesSchema,
  TopicsSchema,
  translationLineSchema,
  type Cedict,
  type Gazetteer,
  type Glossary,
  type Abbreviations,
  type ManifestEntry,
  type Titles,
  type Topics,
} from './schemas';

/** One document's translation: the fingerprint of the Chinese it was made from, and the text. */
export interface Translation {
  fingerprint: string;
  text: string;
}

interface CorpusPlan {
  entry: ManifestEntry;
  source: string;
  titles: Titles;
  titlesFile: string;
  /** UI locale → document id → translation. */
  translations: Record<string, Map<string, Translation>>;
}

/** A translation file: one JSON object per line; a bad line is an error naming the file and the line. */
function readTranslations(file: string, locale: string): Map<string, Translation> {
  const schema = translationLineSchema(locale);
  const out = new Map<string, Translation>();
  readSource(file)
    .split('\n')
    .forEach((line, k) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new IngestError(file, `line ${k + 1} is not valid JSON (${(e as Error).message})`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new IngestError(file, `line ${k + 1}: ${parsed.error.issues[0]!.path.join('.') || '(root)'}: ${parsed.error.issues[0]!.message}`);
      const row = parsed.data as { id: string; zh: string } & Record<string, string>;
      if (out.has(row.id)) throw new IngestError(file, `line ${k + 1}: ${row.id} is translated twice`);
      out.set(row.id, { fingerprint: row.zh, text: row[locale]! });
    });
  return out;
}

export interface Corpus {
  dir: string;
  plans: CorpusPlan[];
  gazetteer: Gazetteer;
  topics: Topics;
  glossary: Glossary;
  /** Everyday and short words and the text's forms (optional file: none when absent). */
  abbreviations: Abbreviations;
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
    const translations: CorpusPlan['translations'] = {};
    for (const [locale, name] of Object.entries(entry.translations ?? {})) {
      if (!existsSync(join(dir, name))) throw new IngestError(manifestFile, `entry ${entry.id} points to ${name}, which does not exist`);
      translations[locale] = readTranslations(join(dir, name), locale);
    }
    return { entry, source: readSource(file), titles: titlesCache.get(titlesFile)!, titlesFile, translations };
  });
  const cedictFile = join(dir, 'cedict-en.json');
  return {
    dir,
    plans,
    gazetteer: readJson(join(dir, 'districts.json'), GazetteerSchema),
    topics: readJson(join(dir, 'topics.json'), TopicsSchema),
    glossary: readJson(join(dir, 'glossary.json'), GlossarySchema),
    abbreviations: existsSync(join(dir, 'abbreviations.json')) ? readJson(join(dir, 'abbreviations.json'), AbbreviationsSchema) : [],
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
