/**
 * "Did you mean": for a query that found nothing, the same query with each unknown Latin word
 * replaced by the closest English or pinyin word the lexicon knows (sponge citty → sponge city).
 */
import { processWide } from '../process-wide';
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

/** Edits allowed: one for words under 7 letters, two from 7 on. */
const capFor = (w: string) => (w.length >= 7 ? 2 : 1);
const MAX_EDITS = 2;
/** SymSpell's prefix: deletes are taken from the first 7 letters only, which keeps the index small and finds the same words. */
const PREFIX = 7;

/** Every string `word` becomes by deleting up to `edits` letters (the word itself included). */
function deletes(word: string, edits: number): Set<string> {
  const out = new Set([word]);
  let level = [word];
  for (let d = 0; d < edits; d++) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    level = next;
  }
  return out;
}

/**
 * The did-you-mean index, built once per lexicon: every English word and pinyin reading it knows,
 * each weighed by how often the plan uses the Chinese behind it (of two words equally close to a
 * typo, the one the plan is about wins: dianchee → dianchi 滇池, not dianshen), and a SymSpell
 * delete index over them, so a lookup compares a typo with a handful of candidates, not the lexicon.
 */
interface SpellIndex {
  words: string[];
  uses: number[];
  known: Set<string>;
  byDelete: DeleteIndex;
}

/** FNV-1a, 32 bits: a delete is found by its hash; a collision only adds a candidate, which the edit distance then rejects. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Delete → words, in three typed arrays (sorted hashes, where each one's words start, the words)
 * rather than a Map of strings to arrays: the same lookups in a tenth of the memory (about half a
 * million deletes, which as a Map cost every server process some 25 MB of heap).
 */
class DeleteIndex {
  private readonly hashes: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly postings: Uint32Array;

  /** `pairs`: each delete's hash times 2^20 plus its word's number (exact in a double: 2^52 at most), sorted here. */
  constructor(pairs: Float64Array) {
    pairs.sort();
    const hashes: number[] = [];
    const starts: number[] = [];
    this.postings = new Uint32Array(pairs.length);
    pairs.forEach((p, i) => {
      const h = Math.floor(p / WORDS);
      if (hashes[hashes.length - 1] !== h) {
        hashes.push(h);
        starts.push(i);
      }
      this.postings[i] = p % WORDS;
    });
    starts.push(pairs.length);
    this.hashes = Uint32Array.from(hashes);
    this.starts = Uint32Array.from(starts);
  }

  /** The words that have `del` among their deletes (and, rarely, a few whose delete shares its hash). */
  get(del: string): Uint32Array {
    const h = hash(del);
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.hashes[mid]!;
      if (v === h) return this.postings.subarray(this.starts[mid]!, this.starts[mid + 1]!);
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  }
}
const EMPTY = new Uint32Array(0);
/** Room for a million words in the low bits of a pair. */
const WORDS = 2 ** 20;

// Process-wide: the server's own path and Next's bundles load separate copies of this module, and
// the index (built at warm-up) is worth having once.
const indexes = processWide('spell-indexes', () => new WeakMap<Lexicon, SpellIndex>());

export function spellIndex(lex: Lexicon): SpellIndex {
  let index = indexes.get(lex);
  if (index) return index;
  const weight = new Map<string, number>();
  const usesOf = (zh: string[]) => zh.reduce((n, z) => n + (lex.frequency.get(z) ?? 0), 0);
  // Only what a typed word can be (englishWords): some readings keep Latin or brackets of the Chinese.
  const add = (word: string, n: number) => /^[a-z&]+$/.test(word) && weight.set(word, (weight.get(word) ?? 0) + n);
  for (const [key, zh] of lex.english) for (const word of key.split(' ')) if (word.length >= 3) add(word, usesOf(zh));
  for (const [key, zh] of lex.pinyin) add(key, usesOf(zh));
  const words = [...weight.keys()];
  if (words.length > WORDS) throw new Error(`did-you-mean: ${words.length} words is more than the index holds`);
  const pairs: number[] = [];
  words.forEach((w, k) => {
    for (const v of deletes(w.slice(0, PREFIX), MAX_EDITS)) pairs.push(hash(v) * WORDS + k);
  });
  index = { words, uses: words.map((w) => weight.get(w)!), known: new Set(words), byDelete: new DeleteIndex(Float64Array.from(pairs)) };
  indexes.set(lex, index);
  return index;
}

/**
 * Orders two candidates for `typed`: fewer edits; then the word the plan uses more; then the same
 * length as typed; then alphabetical, so that a tie never depends on the order of the index.
 */
function compare(a: { k: number; d: number }, b: { k: number; d: number }, typed: string, index: SpellIndex): number {
  const sameLength = (k: number) => (index.words[k]!.length === typed.length ? 1 : 0);
  return a.d - b.d || index.uses[b.k]! - index.uses[a.k]! || sameLength(b.k) - sameLength(a.k) || (index.words[a.k]! < index.words[b.k]! ? -1 : 1);
}

/** The closest known word to `w` within its edit allowance, or null. */
function closest(w: string, index: SpellIndex): string | null {
  const cap = capFor(w);
  const seen = new Set<number>();
  let best: { k: number; d: number } | null = null;
  for (const v of deletes(w.slice(0, PREFIX), cap)) {
    for (const k of index.byDelete.get(v)) {
      if (seen.has(k)) continue;
      seen.add(k);
      const d = editDistance(w, index.words[k]!, cap);
      if (d <= cap && (!best || compare({ k, d }, best, w, index) < 0)) best = { k, d };
    }
  }
  return best ? index.words[best.k]! : null;
}

/** The corrected query, or null when every word is known or nothing is close enough. */
export function suggest(q: string, lex: Lexicon = lexicon()): string | null {
  const words = englishWords(q);
  if (words.length === 0 || words.length > 8) return null;
  const index = spellIndex(lex);
  let changed = false;
  const out = words.map((w) => {
    if (w.length < 4 || /\d/.test(w) || index.known.has(w) || index.known.has(singular(w))) return w;
    const best = closest(w, index);
    if (!best) return w;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : null;
}
