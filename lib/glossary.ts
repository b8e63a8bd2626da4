/** The curated zh → en glossary (corpus/glossary.json), for English glosses shown beside Chinese terms. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processWide } from './process-wide';

const load = () =>
  processWide('glossary', () => {
    const entries = JSON.parse(readFileSync(join(process.cwd(), 'corpus', 'glossary.json'), 'utf8')) as { zh: string; en: string[] }[];
    return new Map(entries.map((e) => [e.zh, e.en[0]!]));
  });

/** The glossary's first English rendering of a Chinese term, if it has one. */
export const englishFor = (zh: string): string | undefined => load().get(zh);
