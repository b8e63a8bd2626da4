/** The curated zh → en glossary, for English glosses shown beside Chinese terms. */
import { currentCorpus } from './load';
import { processWide } from '../process-wide';

const load = () => processWide('glossary', () => new Map(currentCorpus().glossary.map((e) => [e.zh, e.en[0]!])));

/** The glossary's first English rendering of a Chinese term, if it has one. */
export const englishFor = (zh: string): string | undefined => load().get(zh);
