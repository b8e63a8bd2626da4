/**
 * Chinese word segmentation with jieba and a corpus's user dictionary.
 * Ingest and query processing share this module so that indexed and searched words agree.
 */
import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Corpus } from '../corpus/load';
import { processWide } from '../process-wide';

/** A token worth indexing: CJK, letters or digits; punctuation and spaces are dropped. */
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface Segmenter {
  /** Cut-for-search tokens of a text: sub-words too (网络 inside 网络覆盖), lower-cased. */
  forIndex(text: string): string[];
  /** Precise-mode words of a query, without HMM guesses at unknown words. */
  forQuery(text: string): string[];
}

/**
 * The segmenter for one user dictionary (its text), built once per process, on jieba's whole
 * dictionary or on a query dictionary made from it (`queryDictionary`).
 */
export function segmenter(userdict: string, dictionary: Uint8Array = dict): Segmenter {
  const key = createHash('sha256').update(userdict).update(dictionary).digest('hex').slice(0, 16);
  const kept = processWide('jieba', () => new Map<string, Segmenter>());
  const hit = kept.get(key);
  if (hit) return hit;
  const jieba = jiebaWith(dictionary, userdict);
  const made: Segmenter = {
    forIndex: (text) =>
      jieba
        .cutForSearch(text, true)
        .filter((t) => WORDLIKE.test(t))
        .map((t) => t.toLowerCase()),
    forQuery: (text) => jieba.cut(text, false).filter((t) => WORDLIKE.test(t)),
  };
  // Each ingest writes a new query dictionary: a server that sees many keeps the last few, not all.
  if (kept.size >= KEEP_SEGMENTERS) kept.delete(kept.keys().next().value!);
  kept.set(key, made);
  return made;
}

/** Whole and query dictionary, the previous ingest's and the current one's. */
const KEEP_SEGMENTERS = 4;

/** Jieba on a dictionary, with a corpus's user dictionary loaded on top. */
function jiebaWith(dictionary: Uint8Array, userdict: string): Jieba {
  const jieba = Jieba.withDict(dictionary);
  jieba.loadDict(Buffer.from(userdict, 'utf8'));
  return jieba;
}

/** A word no text contains (a private-use character), which carries the frequency of the words left out. */
const REST = '\uE000';

/**
 * The part of jieba's dictionary that matters for searching a corpus (its plans and its curated
 * vocabulary): every word found in them (jieba's full mode lists each dictionary word at each
 * place), every single character, and one word no text contains carrying the frequency of all the
 * others. Jieba picks the path of greatest probability, word frequency over the total: with the
 * total unchanged and every word of the texts kept, it cuts the texts exactly as with the whole
 * dictionary (and a query the same way wherever its words occur in the plans), in some 18,000
 * words instead of 349,000, which saves each server process about 40 MB.
 */
export function queryDictionary(corpus: Corpus): string {
  const texts = [...corpus.plans.map((p) => p.source), ...corpus.glossary.map((g) => g.zh), ...corpus.gazetteer.districts.flatMap((d) => d.names)];
  const jieba = jiebaWith(dict, corpus.userdict);
  const found = new Set<string>();
  for (const t of texts) for (const w of jieba.cutAll(t)) found.add(w);
  const kept: string[] = [];
  let rest = 0;
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !freq) continue;
    if (found.has(word) || Array.from(word).length === 1) kept.push(line);
    else rest += Number(freq);
  }
  if (rest > 0) kept.push(`${REST} ${rest} x`);
  return kept.join('\n') + '\n';
}
