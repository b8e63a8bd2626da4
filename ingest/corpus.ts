/** Loading the corpus folder: the manifest, each plan's text and titles, and the curated data. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createMatcher, GazetteerSchema, TopicsSchema, type Matcher } from './enrich';
import { IngestError } from './errors';
import { readSource } from './read-source';
import type { ManifestEntry } from './structure';
import { TitlesSchema, type Titles } from './titles';

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const ManifestSchema = z.object({
  documents: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ASCII words joined by -'),
        file: z.string().min(1),
        titles: z.string().min(1),
        title: Bilingual,
        issuer: Bilingual,
        issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        language: z.string().min(2),
      }),
    )
    .min(1),
});

export interface CorpusPlan {
  entry: ManifestEntry;
  source: string;
  titles: Titles;
  titlesFile: string;
}

export interface Corpus {
  plans: CorpusPlan[];
  matcher: Matcher;
}

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
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

export function loadCorpus(dir: string, manifestName = 'manifest.json'): Corpus {
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
  const matcher = createMatcher(
    readJson(join(dir, 'districts.json'), GazetteerSchema),
    readJson(join(dir, 'topics.json'), TopicsSchema),
  );
  return { plans, matcher };
}
