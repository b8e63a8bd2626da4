/**
 * Chinese word segmentation with jieba and the project's user dictionary.
 * Ingest and query processing share this module so that indexed and searched words agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { processWide } from './process-wide';

export const USER_DICT = join(process.cwd(), 'corpus', 'userdict.txt');

const instance = (): Jieba =>
  processWide('jieba', () => {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(readFileSync(USER_DICT));
    return jieba;
  });

/** A token worth indexing: CJK, letters or digits; punctuation and spaces are dropped. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Cut-for-search tokens of a text: sub-words too (网络 inside 网络覆盖), lower-cased. */
export function segmentForIndex(text: string): string[] {
  return instance()
    .cutForSearch(text, true)
    .filter((t) => WORDLIKE.test(t))
    .map((t) => t.toLowerCase());
}

/** Precise-mode words of a query, without HMM guesses at unknown words. */
export function segmentQuery(text: string): string[] {
  return instance()
    .cut(text, false)
    .filter((t) => WORDLIKE.test(t));
}
