/**
 * What to mark in a hit's English text: the English words the user typed, and for each Chinese
 * term the English the glossary and gazetteer give it (滇池 → "Dianchi Lake"), so a reader of the
 * English sees why a paragraph found through its Chinese matched.
 */
import { currentCorpus, type Corpus } from '../corpus/load';
import { servedDataVersion } from '../http/data-version';
import { processWideLatest } from '../process-wide';
import { englishTextWords, phraseOf, type EnglishPhrase } from './english';
import type { ParsedQuery } from './query';
import { normalize } from './text';

/** Normalised Chinese term → the English phrases curated for it. */
function buildReverse(corpus: Corpus): Map<string, EnglishPhrase[]> {
  const out = new Map<string, EnglishPhrase[]>();
  const add = (zh: string, en: string) => {
    const p = phraseOf(englishTextWords(en));
    if (!p) return;
    const key = normalize(zh);
    out.set(key, [...(out.get(key) ?? []), p]);
  };
  for (const g of corpus.glossary) if (g.kind !== 'unit') for (const en of g.en) add(g.zh, en);
  for (const d of corpus.gazetteer.districts) for (const n of d.names) add(n, d.en);
  return out;
}

/** Built again with each data version, like the lexicon: the glossary behind it is the corpus's of that ingest. */
const reverse = () => processWideLatest('english-marks', servedDataVersion(), () => buildReverse(currentCorpus()));

export function englishMarks(parsed: ParsedQuery): EnglishPhrase[] {
  const r = reverse();
  return parsed.terms.flatMap((t) => {
    const typed = t.en ? phraseOf(t.en, t.prefix === true) : null;
    return [...(typed ? [typed] : []), ...t.alternatives.flatMap((a) => r.get(a) ?? [])];
  });
}
