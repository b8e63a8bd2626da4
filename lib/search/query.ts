/**
 * Query processing shared by both engines: normalise, split quoted phrases and exclusions,
 * expand English and toneless pinyin into Chinese through the lexicon, segment Chinese with jieba.
 * The result is plain data; engines turn it into their own syntax with every token quoted.
 */
import { readIntent, type Asks } from './intent';
import { amountForms, takeAmounts, writtenNumbers } from './numbers';
import { englishWords, lexicon, phraseKey, singular, type Lexicon } from './lexicon';
import { hasHan, normalize } from './text';

export interface Term {
  /** What the user typed for this term. */
  input: string;
  /** Normalised forms, any of which satisfies the term (OR); all terms are required (AND). */
  alternatives: string[];
  /** How the term was obtained. */
  via: 'chinese' | 'english' | 'pinyin' | 'literal' | 'phrase';
  /** Match the last word as a prefix (search as you type). */
  prefix?: boolean;
  /** English words typed for this term: it is also met where the English text holds them as a phrase (stemmed). */
  en?: string[];
}

export interface ParsedQuery {
  /** Every match holds all of these. */
  terms: Term[];
  /** Words that lift a paragraph holding them and narrow nothing: the plan's own place, a Chinese 目标 in a question (intent.ts). */
  optional: Term[];
  /** What the query asks for beyond its subject: a figure ("how many", "target"). */
  asks?: Asks;
  excluded: Term[];
  /** True when some term was translated from English or pinyin, or converted from traditional characters. */
  expanded: boolean;
}

export const MAX_QUERY_LENGTH = 1000;
const MAX_TERMS = 32;

/** Function words that carry no search meaning on their own. */
const ZH_STOP = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '等', '对', '为', '把', '被', '之', '并', '中', '有']);
/**
 * English words that say nothing on their own: dropped from the query even when typed alone ("the"
 * finds nothing rather than every paragraph), kept inside a known phrase ("rule of law", "new energy").
 */
const EN_STOP = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'at',
  'or',
  'its',
  'is',
  'are',
  'be',
  'from',
  'as',
  'into',
  'about',
  'new',
  'what',
  'which',
  'how',
  'does',
  'do',
  'did',
  'was',
  'were',
  'will',
  's',
  'number',
  'this',
  'that',
  'there',
  'their',
  'it',
  'many',
  'much',
  'have',
  'has',
  'had',
  'been',
  'would',
  'should',
  'could',
  'can',
]);

interface Chunk {
  text: string;
  quoted: boolean;
  negated: boolean;
}

/** Splits a normalised query into quoted phrases and bare words, each possibly negated with a leading -. */
function chunks(q: string): Chunk[] {
  // An unmatched quote is ordinary text, not the start of a phrase.
  const balanced = (q.match(/"/g)?.length ?? 0) % 2 === 0 ? q : q.replace(/"(?=[^"]*$)/, ' ');
  const out: Chunk[] = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  for (let m = re.exec(balanced); m; m = re.exec(balanced)) {
    if (m[3] !== undefined) {
      const negated = m[3].length > 1 && m[3].startsWith('-');
      out.push({ text: negated ? m[3].slice(1) : m[3], quoted: false, negated });
    } else if (m[2]!.trim()) {
      out.push({ text: m[2]!, quoted: true, negated: m[1] === '-' });
    }
  }
  return out;
}

/**
 * Greedy longest match of English phrases, then pinyin syllable runs, then literal words.
 * While typing, the words from here to the end may also be the start of a phrase or of pinyin.
 */
function expandLatin(typed: string[], lex: Lexicon, lastIsPrefix: boolean): Term[] {
  const terms: Term[] = [];
  const words = joinNumbered(typed, lex);
  const complete = (i: number): boolean => {
    const head = words.slice(i).join(' ');
    const zh = completions(lex, head);
    if (zh.length) terms.push({ input: head, alternatives: zh, via: 'english', prefix: true, en: words.slice(i) });
    return zh.length > 0;
  };
  for (let i = 0; i < words.length;) {
    // Several words still being typed: prefer their completion to an exact match of the first one.
    if (lastIsPrefix && words.length - i >= 2 && complete(i)) break;
    // A stop word alone is no phrase, even where a dictionary glosses it ("new" → 新).
    const exact = longest(words, i, lex.maxEnglishWords, (ws) => (ws.length === 1 && EN_STOP.has(ws[0]!) ? undefined : lex.english.get(phraseKey(ws))));
    // A lone English word is not read as pinyin ("women", "care"); several words may be (kunming xueyuan).
    const py = longest(words, i, 6, (ws) => (ws.length === 1 && lex.englishWords.has(singular(ws[0]!)) ? undefined : lex.pinyin.get(ws.join(''))));
    // The longer reading wins; on a tie, English.
    if (exact && (!py || exact.end >= py.end)) {
      // The English itself stays an alternative: the text writes some terms in Latin (GDP, 5G, R&D).
      terms.push({ input: exact.input, alternatives: [...exact.zh, exact.input], via: 'english', en: words.slice(i, exact.end) });
      i = exact.end;
      continue;
    }
    if (py) {
      // Names read in pinyin are written so in the English too (dianchi, chenggong).
      terms.push({ input: py.input, alternatives: py.zh, via: 'pinyin', en: words.slice(i, py.end) });
      i = py.end;
      continue;
    }
    if (lastIsPrefix && complete(i)) break;
    const w = words[i]!;
    if (!EN_STOP.has(w)) {
      const term: Term = { input: w, alternatives: [w], via: 'literal', en: [w] };
      if (lastIsPrefix && i === words.length - 1 && /^[a-z]/.test(w)) term.prefix = true;
      terms.push(term);
    }
    i++;
  }
  return terms;
}

/** "COP 15" typed apart is COP15: a word and the number after it join where the lexicon knows them joined. */
function joinNumbered(words: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = `${words[i]}${words[i + 1] ?? ''}`;
    if (/^[a-z]+$/.test(words[i]!) && /^[0-9]+$/.test(words[i + 1] ?? '') && lex.english.has(joined)) {
      out.push(joined);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/** The longest run of words from `i` (at most `max`) that `find` knows. */
function longest(words: string[], i: number, max: number, find: (ws: string[]) => string[] | undefined) {
  for (let j = Math.min(words.length, i + max); j > i; j--) {
    const zh = find(words.slice(i, j));
    if (zh) return { zh, end: j, input: words.slice(i, j).join(' ') };
  }
  return null;
}

const MAX_COMPLETIONS = 8;

/** Chinese terms whose English phrase or pinyin starts with `head` (the last words typed), with the typed text last. */
function completions(lex: Lexicon, head: string): string[] {
  if (head.length < 3) return [];
  const out = new Set<string>();
  const joined = head.replace(/ /g, '');
  for (const [key, zh] of lex.english) if (key.startsWith(head)) zh.forEach((z) => out.add(z));
  for (const [key, zh] of lex.pinyin) if (key.startsWith(joined)) zh.forEach((z) => out.add(z));
  if (out.size === 0 || out.size > MAX_COMPLETIONS) return [];
  return [...out, head];
}

/** Whether the query ends in a Latin word that could be unfinished (not a stop word: "the" is not the start of "theatre"). */
export function endsMidWord(raw: string): boolean {
  if (/\s$/.test(raw)) return false;
  const last = /([\p{L}\p{N}]+)$/u.exec(raw.normalize('NFKC'))?.[1];
  return last !== undefined && !hasHan(last) && !EN_STOP.has(last.toLowerCase());
}

function expandChunk(chunk: Chunk, lex: Lexicon, lastIsPrefix: boolean): Term[] {
  const text = normalize(chunk.text);
  if (chunk.quoted) {
    // A quoted phrase is matched as written; spaces between Chinese characters do not count.
    const phrase = text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').trim();
    if (!phrase) return [];
    // A quoted English phrase is matched as a phrase in the English text too.
    const en = hasHan(phrase) ? undefined : englishWords(phrase);
    return [{ input: chunk.text, alternatives: [phrase], via: 'phrase', ...(en?.length ? { en } : {}) }];
  }
  const terms: Term[] = [];
  // Runs of Chinese and of Latin letters/digits are handled by their own rules.
  for (const run of text.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (hasHan(run)) {
      terms.push(...expandHan(run, lex));
    } else {
      terms.push(...expandLatin(englishWords(run), lex, lastIsPrefix));
    }
  }
  return terms;
}

/**
 * A run of Chinese: an everyday or short word the text does not use (双创, 共享单车) is searched as
 * any of the forms the text uses, or itself; the rest is cut into words by jieba.
 */
function expandHan(run: string, lex: Lexicon): Term[] {
  for (const [short, forms] of lex.abbreviations) {
    const at = run.indexOf(short);
    if (at < 0) continue;
    return [...expandHan(run.slice(0, at), lex), { input: short, alternatives: [...forms, short], via: 'chinese' }, ...expandHan(run.slice(at + short.length), lex)];
  }
  return lex.segment.forQuery(run).flatMap((w): Term[] => (ZH_STOP.has(w) ? [] : [{ input: w, alternatives: [w], via: 'chinese' }]));
}

export function parseQuery(raw: string, opts: { typing?: boolean; lex?: Lexicon } = {}): ParsedQuery {
  const lex = opts.lex ?? lexicon();
  // Years and percentages as the plan prints them (二〇二五年 → 2025年, 百分之九十八 → 98%).
  const q = writtenNumbers(raw.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' '));
  // Amounts outside quotes are searched in every form the texts print them (4500亿 is 450 billion).
  const quoted = q.includes('"');
  const { rest, amounts } = quoted ? { rest: q, amounts: [] } : takeAmounts(q);
  const all = chunks(rest);
  const terms: Term[] = [];
  const excluded: Term[] = [];
  // Words of Latin text are joined across chunks so that English phrases and pinyin runs span spaces.
  let latin: string[] = [];
  const flushLatin = (prefix: boolean) => {
    terms.push(...expandLatin(latin, lex, prefix));
    latin = [];
  };
  all.forEach((c, k) => {
    const last = k === all.length - 1;
    if (c.negated) {
      excluded.push(...expandChunk({ ...c, negated: false }, lex, false));
    } else if (!c.quoted && !hasHan(c.text)) {
      latin.push(...englishWords(c.text));
      if (last) flushLatin(opts.typing === true && !/\s$/.test(raw));
    } else {
      flushLatin(false);
      terms.push(...expandChunk(c, lex, false));
    }
  });
  flushLatin(opts.typing === true && !/\s$/.test(raw));
  for (const a of amounts) {
    const forms = amountForms(a.value);
    terms.push({ input: a.input, alternatives: forms.zh, via: 'literal', en: forms.en });
  }

  const unique = dedupe(terms).slice(0, MAX_TERMS);
  const expanded = unique.some((t) => t.via === 'english' || t.via === 'pinyin') || normalize(raw) !== raw.normalize('NFKC').toLowerCase();
  const intent = readIntent(normalize(q), unique, lex.places);
  return { terms: intent.terms, optional: intent.optional, ...(intent.asks ? { asks: intent.asks } : {}), excluded: dedupe(excluded), expanded };
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.alternatives.join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The terms as the UI shows them ("searched for 滇池 水质"): each term's Chinese forms joined by /. */
export function displayTerms(p: ParsedQuery): string[] {
  return p.terms.map((t) => (t.via === 'english' ? t.alternatives.slice(0, -1) : t.alternatives).join('/'));
}

/** The words a Chinese compound is made of (居家养老 → 居家 养老), or null when it is one word. */
function parts(word: string, lex: Lexicon): string[] | null {
  const cut = lex.segment.forQuery(word);
  if (cut.length > 1) return cut;
  // jieba knows the compound as one word: its cut-for-search sub-words that tile it.
  const subs = lex.segment.forIndex(word).filter((w) => w.length < word.length);
  const tiling: string[] = [];
  let rest = word;
  while (rest) {
    // Where jieba has no sub-word (a name such as 长水), two characters stand for one.
    const next = subs.filter((w) => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0] ?? Array.from(rest).slice(0, 2).join('');
    tiling.push(next);
    rest = rest.slice(next.length);
  }
  return tiling.length > 1 ? tiling : null;
}

/**
 * The query with its Chinese compounds split into their words, for a second strict try when the
 * compounds as written find few or no documents (社区居家养老 is written 社区居家健康养老).
 * Null when nothing splits.
 */
export function splitCompounds(p: ParsedQuery, lex: Lexicon = lexicon()): ParsedQuery | null {
  let changed = false;
  const terms = p.terms.flatMap((t) => {
    const han = t.alternatives.filter(hasHan);
    const words = t.via !== 'phrase' && han.length === 1 && !lex.names.has(han[0]!) ? parts(han[0]!, lex) : null;
    if (!words) return [t];
    changed = true;
    return words.filter((w) => !ZH_STOP.has(w)).map((w): Term => ({ input: w, alternatives: [w], via: 'chinese' }));
  });
  return changed ? { ...p, terms: dedupe(terms).slice(0, MAX_TERMS) } : null;
}
