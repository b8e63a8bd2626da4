/**
 * The English analyzer: the parallel English text is indexed, matched, ranked and marked as Porter
 * stems (emissions → emiss), so "emission", "emissions" and "emitted"… meet where English readers
 * expect. Stemming runs here, in process, for both engines alike (SQLite's porter tokenizer and
 * Meilisearch's analyzers would each stem differently, and prefixes typed mid-word need raw words).
 */
import { stemmer } from 'stemmer';
import { memoised } from '../process-wide';

/** A word of English text with where it sits (UTF-16 offsets) in the original. */
interface Token {
  word: string;
  start: number;
  end: number;
}

// Letters and digits, with an inner apostrophe or ampersand kept (people's, R&D): one word each.
const WORD = /[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+)*/gu;

/** Lower case, width-folded, diacritics dropped: the form words are compared in. */
function fold(word: string): string {
  // Most words are plain ASCII: lower case is all they need.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

// Memoised process-wide: the server's own path and Next's bundles load separate copies of this module.
/** A word's Porter stem ("people's" → "peopl"): the same few thousand words recur. */
export const stem = memoised('english-stems', 100_000, (word) => stemmer(word.replace(/'s$/, '')));

/** A text's tokens and their stems, once per text: the same paragraphs are indexed, ranked and marked again and again. */
const analyse = memoised('english-analysed', 5000, (text) => {
  const toks = tokens(text);
  return { toks, st: toks.map((t) => stem(t.word)) };
});

/** Folded words of a text: what a prefix typed mid-word is matched against. */
export const englishTextWords = (text: string): string[] => analyse(text).toks.map((t) => t.word);

/** The stems of a text, in order: what an English word or phrase is matched against. */
export const englishStems = (text: string): string[] => analyse(text).st;

/** Stems joined with spaces and padded, so a phrase is found by `includes(' a b ')`. */
export const stemLine = (text: string): string => ` ${englishStems(text).join(' ')} `;

/** Folded words joined with spaces and padded, for phrases whose last word is still being typed. */
export const wordLine = (text: string): string => ` ${englishTextWords(text).join(' ')} `;

/**
 * Whether the text holds the words as a phrase: `stems` is its stemLine. While typing (`words`
 * is its wordLine), the last word may be the start of a word, which its stem need not be
 * ("retireme" is no stem of "retirement"), so raw words are compared.
 */
export function hasPhrase(lines: { stems: string; words: string }, query: string[], prefix = false): boolean {
  if (query.length === 0) return false;
  return prefix ? lines.words.includes(` ${query.join(' ')}`) : lines.stems.includes(` ${query.map(stem).join(' ')} `);
}

/** A phrase to mark in English text: its words' stems, the last one matched as typed so far when `prefix`. */
export interface EnglishPhrase {
  stems: string[];
  prefix?: string;
}

/** The phrase for words as a user typed them. */
export function phraseOf(words: string[], prefix = false): EnglishPhrase | null {
  if (words.length === 0) return null;
  return prefix ? { stems: words.slice(0, -1).map(stem), prefix: words[words.length - 1]! } : { stems: words.map(stem) };
}

/** Ranges of `text` (UTF-16 offsets) where any phrase occurs, word for word by stem; overlapping and adjacent ones merged. */
export function englishRanges(text: string, phrases: EnglishPhrase[]): [number, number][] {
  if (phrases.length === 0) return [];
  const { toks, st } = analyse(text);
  // Phrases by their first stem (or, for a lone prefix, by nothing): one lookup per word of the text.
  const byFirst = new Map<string, EnglishPhrase[]>();
  const prefixOnly: EnglishPhrase[] = [];
  for (const p of phrases) {
    if (p.stems.length === 0) prefixOnly.push(p);
    else byFirst.set(p.stems[0]!, [...(byFirst.get(p.stems[0]!) ?? []), p]);
  }
  const found: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    for (const p of [...(byFirst.get(st[i]!) ?? []), ...prefixOnly]) {
      const n = p.stems.length + (p.prefix !== undefined ? 1 : 0);
      if (i + n > toks.length) continue;
      if (!p.stems.every((s, k) => st[i + k] === s)) continue;
      if (p.prefix !== undefined && !toks[i + n - 1]!.word.startsWith(p.prefix)) continue;
      found.push([toks[i]!.start, toks[i + n - 1]!.end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    // Overlapping, or only spaces between: one mark.
    if (last && (r[0] <= last[1] || /^\s+$/.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
