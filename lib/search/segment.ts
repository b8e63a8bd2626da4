/**
 * Chinese word segmentation with jieba and a corpus's user dictionary.
 * Ingest and query processing share this module so that indexed and searched words agree.
 */
import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { processWide } from '../process-wide';

/** A token worth indexing: CJK, letters or digits; punctuation and spaces are dropped. */
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface Segmenter {
  /** Cut-for-search tokens of a text: sub-words too (网络 inside 网络覆盖), lower-cased. */
  forIndex(text: string): string[];
  /** Precise-mode words of a query, without HMM guesses at unknown words. */
  forQuery(text: string): string[];
}

/** The segmenter for one user dictionary (its text), built once per process. */
export function segmenter(userdict: string): Segmenter {
  const key = createHash('sha256').update(userdict).digest('hex').slice(0, 16);
  return processWide(`jieba:${key}`, () => {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(userdict, 'utf8'));
    return {
      forIndex: (text) =>
        jieba
          .cutForSearch(text, true)
          .filter((t) => WORDLIKE.test(t))
          .map((t) => t.toLowerCase()),
      forQuery: (text) => jieba.cut(text, false).filter((t) => WORDLIKE.test(t)),
    };
  });
}
