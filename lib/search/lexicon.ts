/**
 * The vocabulary that turns English and toneless pinyin into Chinese search terms:
 * the glossary, the gazetteer, the outline's English titles and the jieba user dictionary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { normalize } from './text';

const GlossarySchema = z.array(z.object({ zh: z.string().min(1), en: z.array(z.string().min(1)).min(1), kind: z.string() }));
const TitleMap = z.record(z.string(), z.object({ zh: z.string(), en: z.string() }));
const TitlesFile = z.object({ parts: TitleMap, chapters: TitleMap, sections: TitleMap, boxes: TitleMap });
const Gazetteer = z.object({ districts: z.array(z.object({ zh: z.string(), en: z.string(), names: z.array(z.string()) })) });
const Manifest = z.object({ documents: z.array(z.object({ titles: z.string() })) });

export interface Lexicon {
  /** Normalised English phrase (words joined by one space) → Chinese terms. */
  english: Map<string, string[]>;
  /** Toneless pinyin, syllables joined without spaces → Chinese terms. */
  pinyin: Map<string, string[]>;
  /** Longest English phrase in words, to bound the greedy match. */
  maxEnglishWords: number;
}

/** English words as a user types them: lower case, letters and digits, & kept inside words (R&D). */
export function englishWords(s: string): string[] {
  return normalize(s)
    .replace(/[’']/g, '')
    .split(/[^a-z0-9&]+/)
    .map((w) => w.replace(/^&+|&+$/g, ''))
    .filter(Boolean);
}

/** A plural's singular, for matching "Dianchi lakes" to "Dianchi Lake". */
export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export const phraseKey = (words: string[]) => words.map(singular).join(' ');

function add(map: Map<string, string[]>, key: string, zh: string) {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.includes(zh)) list.push(zh);
  map.set(key, list);
}

export function toneless(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('');
}

export function buildLexicon(corpusDir: string): Lexicon {
  const read = (f: string) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8'));
  const glossary = GlossarySchema.parse(read('glossary.json'));
  const gazetteer = Gazetteer.parse(read('districts.json'));
  const english = new Map<string, string[]>();
  const pinyinMap = new Map<string, string[]>();
  const chinese = new Set<string>();

  for (const g of glossary) {
    for (const en of g.en) add(english, phraseKey(englishWords(en)), g.zh);
    chinese.add(g.zh);
  }
  for (const d of gazetteer.districts) {
    add(english, phraseKey(englishWords(d.en)), d.names[d.names.length - 1]!);
    for (const n of d.names) chinese.add(n);
  }
  for (const m of Manifest.parse(read('manifest.json')).documents) {
    const t = TitlesFile.parse(read(m.titles));
    for (const group of [t.parts, t.chapters, t.sections, t.boxes]) {
      for (const { zh, en } of Object.values(group)) add(english, phraseKey(englishWords(en)), zh);
    }
  }
  for (const line of readFileSync(join(corpusDir, 'userdict.txt'), 'utf8').split('\n')) {
    const word = line.trim().split(/\s+/)[0];
    if (word) chinese.add(word);
  }
  for (const zh of chinese) {
    if (Array.from(zh).length >= 2) add(pinyinMap, toneless(zh), zh);
  }
  const maxEnglishWords = Math.max(...[...english.keys()].map((k) => k.split(' ').length));
  return { english, pinyin: pinyinMap, maxEnglishWords };
}

let cached: Lexicon | null = null;
export function lexicon(): Lexicon {
  cached ??= buildLexicon(join(process.cwd(), 'corpus'));
  return cached;
}
