/**
 * The vocabulary that turns English and toneless pinyin into Chinese search terms:
 * the glossary, the gazetteer, the outline's English titles and the jieba user dictionary.
 */
import { pinyin } from 'pinyin-pro';
import { currentCorpus, type Corpus } from '../corpus/load';
import { serverEnv } from '../env';
import { readQueryDictionary } from '../plan/store';
import { servedDataVersion } from '../http/data-version';
import { processWideLatest } from '../process-wide';
import { segmenter, type Segmenter } from './segment';
import { hasHan, normalize } from './text';

export interface Lexicon {
  /** Normalised English phrase (words joined by one space) → Chinese terms. */
  english: Map<string, string[]>;
  /** Toneless pinyin, syllables joined without spaces → Chinese terms. */
  pinyin: Map<string, string[]>;
  /** Longest English phrase in words, to bound the greedy match. */
  maxEnglishWords: number;
  /** Every word of the curated English: a lone word found here is English, not pinyin ("women", "care"). */
  englishWords: Set<string>;
  /** The corpus's segmenter (its jieba user dictionary), for queries. */
  segment: Segmenter;
  /** How often each Chinese word occurs in the plans (jieba's words): the commoner reading wins a tie. */
  frequency: Map<string, number>;
  /** Everyday and short Chinese words → the forms the text uses (corpus/abbreviations.json), longest key first. */
  abbreviations: [string, string[]][];
  /** The places the plans govern, normalised (昆明, kunming): a query naming one needs no paragraph to repeat it. */
  places: Set<string>;
  /** Names of places and institutions (districts.json, glossary kinds place and institution): one name, never split into words (滇中新区 is not 滇中 + 新区, which 高新区 holds). */
  names: Set<string>;
}

/** Latin words as a user types them: lower case, letters and digits, & kept inside words (R&D), tone marks dropped (diānchí, lǜ → lv). */
export function englishWords(s: string): string[] {
  return (
    normalize(s)
      .replace(/ü|ǖ|ǘ|ǚ|ǜ/g, 'v')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Kunming's is Kunming; other apostrophes join (xi'an).
      .replace(/[’']s\b/g, '')
      .replace(/[’']/g, '')
      .split(/[^a-z0-9&]+/)
      .map((w) => w.replace(/^&+|&+$/g, ''))
      .filter(Boolean)
  );
}

/** A plural's singular, for matching "Dianchi lakes" to "Dianchi Lake". */
export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export const phraseKey = (words: string[]) => words.map(singular).join(' ');

/** Chinese terms are stored in the normalised form the text is compared in (（ → (). */
function add(map: Map<string, string[]>, key: string, term: string) {
  if (!key) return;
  const zh = normalize(term);
  const list = map.get(key) ?? [];
  if (!list.includes(zh)) list.push(zh);
  map.set(key, list);
}

export function toneless(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('');
}

const MAX_READINGS = 16;

/**
 * Every toneless reading of a word, joined: the word-level reading first, then the combinations of
 * each character's readings (都 is dou or du: 春城花都 is chunchenghuadu), ü written v and u.
 */
function readings(zh: string): string[] {
  const out = new Set([toneless(zh)]);
  let combos = [''];
  for (const ch of zh) {
    const options = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
    combos = combos.flatMap((c) => options.map((o) => c + o)).slice(0, MAX_READINGS);
  }
  for (const c of combos) out.add(c);
  for (const r of [...out]) if (r.includes('v')) out.add(r.replace(/v/g, 'u'));
  return [...out];
}

/** `dictionary`: jieba's, or the part of it the plans use (the same cuts of their words in less memory). */
export function buildLexicon(corpus: Corpus, dictionary?: Uint8Array): Lexicon {
  const segment = segmenter(corpus.userdict, dictionary);
  const english = new Map<string, string[]>();
  const pinyinMap = new Map<string, string[]>();
  const chinese = new Set<string>();

  for (const g of corpus.glossary) {
    // Units label table cells; as search words they would map "people" to 人 and "years" to 年.
    if (g.kind === 'unit') continue;
    for (const en of g.en) add(english, phraseKey(englishWords(en)), g.zh);
    chinese.add(g.zh);
  }
  for (const d of corpus.gazetteer.districts) {
    add(english, phraseKey(englishWords(d.en)), d.names[d.names.length - 1]!);
    for (const n of d.names) chinese.add(n);
  }
  for (const t of new Set(corpus.plans.map((p) => p.titles))) {
    for (const group of [t.parts, t.chapters, t.sections, t.boxes]) {
      for (const { zh, en } of Object.values(group)) add(english, phraseKey(englishWords(en)), zh);
    }
  }
  // Words of the curated English, before the dictionary adds its own: a lone one is never pinyin.
  const englishVocabulary = new Set([...english.keys()].flatMap((k) => k.split(' ')));
  // Then CC-CEDICT's English for the corpus's words, where the curated data has nothing (walnut → 核桃).
  for (const [key, zh] of Object.entries(corpus.cedict?.english ?? {})) if (!english.has(key)) zh.forEach((z) => add(english, key, z));
  for (const line of corpus.userdict.split('\n')) {
    const word = line.trim().split(/\s+/)[0];
    if (word) chinese.add(word);
  }
  // The plans' own words, so that any word of the text can be typed in pinyin (xueyuan → 学院).
  const frequency = new Map<string, number>();
  for (const source of new Set(corpus.plans.map((p) => p.source))) {
    for (const w of segment.forQuery(source)) {
      if (!/^\p{Script=Han}{2,8}$/u.test(w)) continue;
      chinese.add(w);
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
    }
  }
  for (const zh of chinese) {
    if (Array.from(zh).length >= 2) for (const r of readings(zh)) add(pinyinMap, r, zh);
  }
  const maxEnglishWords = Math.max(...[...english.keys()].map((k) => k.split(' ').length));
  const abbreviations = corpus.abbreviations.map((a): [string, string[]] => [a.zh, a.forms]).sort((a, b) => b[0].length - a[0].length);
  const places = new Set(corpus.plans.flatMap((p) => p.entry.place?.names ?? []).map((n) => (hasHan(n) ? normalize(n) : englishWords(n).join(' '))));
  const names = new Set(
    [...corpus.gazetteer.districts.flatMap((d) => d.names), ...corpus.glossary.filter((g) => g.kind === 'place' || g.kind === 'institution').map((g) => g.zh)].map(normalize),
  );
  return { english, pinyin: pinyinMap, maxEnglishWords, englishWords: englishVocabulary, segment, frequency, abbreviations, places, names };
}

/**
 * The served lexicon, built again when the data version changes (an ingest wrote a new query
 * dictionary, from a corpus that may have changed): the did-you-mean index, kept per lexicon, follows.
 */
export const lexicon = (): Lexicon => processWideLatest('lexicon', servedDataVersion(), () => buildLexicon(currentCorpus(), readQueryDictionary(serverEnv().PLAN_DATA_DIR)));
