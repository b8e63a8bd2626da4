/**
 * Text forms the engines index and match: normalisation, the character-gram stream, and folding
 * with an offset map so that matches found in normalised text can be marked in the original.
 */
import * as OpenCC from 'opencc-js';
import { memoised, processWide } from '../process-wide';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const isHan = (ch: string) => HAN.test(ch);
export const hasHan = (s: string) => HAN.test(s);

const toSimplified = () => processWide('opencc-t2cn', () => OpenCC.Converter({ from: 't', to: 'cn' }));

/** Width, case and traditional → simplified; the form both queries and documents are compared in. */
export function normalize(s: string): string {
  return toSimplified()(s.normalize('NFKC').toLowerCase());
}

/**
 * The gram stream of a text: each run of Han characters as overlapping bigrams plus its last
 * character alone (so every character starts some gram and a prefix query finds it anywhere),
 * each run of other letters and digits as one word. Two adjacent grams of a query, searched as a
 * phrase, therefore match any substring of the text: 网络 inside 网络覆盖, 处理 inside 待处理.
 */
export function grams(text: string): string[] {
  const out: string[] = [];
  let run = '';
  let word = '';
  const flushRun = () => {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    if (chars.length > 0) out.push(chars[chars.length - 1]!);
    run = '';
  };
  const flushWord = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of normalize(text)) {
    if (isHan(ch)) {
      flushWord();
      run += ch;
    } else if (WORD_CHAR.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return out;
}

/**
 * The grams a query string must match as a phrase: its own gram stream, less the final single
 * character of a Han run that ends the query (the bigram before it already covers that character).
 * Inner single characters stay: they hold the positions between runs (河（湖）长制 → 河 湖 长制).
 * A query of one Han character matches as a prefix, so it is found inside any bigram.
 */
export function queryGrams(s: string): { grams: string[]; prefixLast: boolean } {
  const all = grams(s);
  if (all.length === 1 && Array.from(all[0]!).length === 1 && isHan(all[0]!)) return { grams: all, prefixLast: true };
  const last = all[all.length - 1];
  const before = all[all.length - 2];
  const trailing =
    last !== undefined && before !== undefined && Array.from(last).length === 1 && isHan(last) && isHan(before) && Array.from(before).length === 2 && before.endsWith(last);
  return { grams: trailing ? all.slice(0, -1) : all, prefixLast: false };
}

/** A plan uses a few thousand distinct characters: each is folded once (OpenCC per character is slow). */
const foldPoint = memoised('folded-points', 50_000, normalize);

/**
 * Folds text one code point at a time (so lengths stay mappable) and returns the folded string
 * with, for each UTF-16 unit of it, the offset of the code point it came from in the original.
 */
// The same few thousand paragraphs are marked again and again: each is folded once.
export const fold = memoised('folded-texts', 5000, foldText);

function foldText(text: string): { folded: string; origin: number[] } {
  // Usually folding keeps every character in place (no surrogate pairs, nothing that widens or
  // narrows): then the whole text folds at once, four times faster than one point at a time.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    const whole = normalize(text);
    if (whole.length === text.length) return { folded: whole, origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const cp of text) {
    const f = foldPoint(cp);
    for (let k = 0; k < f.length; k++) origin.push(at);
    folded += f;
    at += cp.length;
  }
  origin.push(at);
  return { folded, origin };
}
