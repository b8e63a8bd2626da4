/**
 * "Did you mean": for a query that found nothing, the same query with each unknown Latin word
 * replaced by the closest English or pinyin word the lexicon knows (sponge citty → sponge city).
 */
import { englishWords, lexicon, singular, type Lexicon } from './lexicon';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const vocabularies = new WeakMap<Lexicon, Set<string>>();

/** Every English word and pinyin reading the lexicon knows, once per lexicon. */
function vocabulary(lex: Lexicon): Set<string> {
  let words = vocabularies.get(lex);
  if (!words) {
    words = new Set<string>();
    for (const key of lex.english.keys()) for (const w of key.split(' ')) if (w.length >= 3) words.add(w);
    for (const key of lex.pinyin.keys()) words.add(key);
    vocabularies.set(lex, words);
  }
  return words;
}

/** The corrected query, or null when every word is known or nothing is close enough. */
export function suggest(q: string, lex: Lexicon = lexicon()): string | null {
  const words = englishWords(q);
  if (words.length === 0 || words.length > 8) return null;
  const vocab = vocabulary(lex);
  let changed = false;
  const out = words.map((w) => {
    if (w.length < 4 || /\d/.test(w) || vocab.has(w) || vocab.has(singular(w))) return w;
    const cap = w.length >= 7 ? 2 : 1;
    let best: { word: string; d: number } | null = null;
    for (const v of vocab) {
      const d = editDistance(w, v, cap);
      if (d <= cap && (!best || d < best.d || (d === best.d && v.length === w.length))) best = { word: v, d };
    }
    if (!best) return w;
    changed = true;
    return best.word;
  });
  return changed ? out.join(' ') : null;
}
