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

const vocabularies = new WeakMap<Lexicon, Map<string, number>>();

/**
 * Every English word and pinyin reading the lexicon knows, once per lexicon, each weighed by how
 * often the plan uses the Chinese behind it: of two words equally close to a typo, the one the plan
 * is about wins (dianchee → dianchi 滇池, not dianshen 殿深).
 */
function vocabulary(lex: Lexicon): Map<string, number> {
  let words = vocabularies.get(lex);
  if (!words) {
    const w = new Map<string, number>();
    const uses = (zh: string[]) => zh.reduce((n, z) => n + (lex.frequency.get(z) ?? 0), 0);
    const add = (word: string, n: number) => w.set(word, (w.get(word) ?? 0) + n);
    for (const [key, zh] of lex.english) for (const word of key.split(' ')) if (word.length >= 3) add(word, uses(zh));
    for (const [key, zh] of lex.pinyin) add(key, uses(zh));
    vocabularies.set(lex, w);
    words = w;
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
    let best: { word: string; d: number; uses: number } | null = null;
    for (const [v, uses] of vocab) {
      const d = editDistance(w, v, cap);
      if (d > cap) continue;
      if (!best || d < best.d || (d === best.d && (uses > best.uses || (uses === best.uses && v.length === w.length && best.word.length !== w.length))))
        best = { word: v, d, uses };
    }
    if (!best) return w;
    changed = true;
    return best.word;
  });
  return changed ? out.join(' ') : null;
}
