/**
 * Re-ranking after bm25: the engines' bm25 sees words, not order, and favours the shortest texts.
 * These boosts rank by how specifically a paragraph is about the query: an exact phrase, neighbouring
 * terms next to each other (in the Chinese or the English), a lead that names the term, the rarer
 * terms of a relaxed query, headings and places in the outline that name it, the plan's own place,
 * and for a question asking for a figure, indicator rows and clauses that state figures; a text's
 * length is weighed back against bm25's pull to one-line lists. Shared by both engines' in-process path.
 */
import { hasPhrase, stem, stemLine, wordLine } from './english';
import type { ParsedQuery, Term } from './query';
import { normalize } from './text';

export interface RankInput {
  /** Normalised text of the document. */
  text: string;
  /** Normalised zh titles of its part, chapter, section and box. */
  context: string;
  kind: string;
  /** The English text's stems and its words, each padded and space-joined (english.ts); blank where untranslated. */
  enStems: string;
  enWords: string;
}

/**
 * Headings that hold every term name the thing searched for; contents entries repeat headings and
 * table headers, notices and title lines say little, so they give way to the text itself.
 */
const KIND_WEIGHT: Record<string, number> = { 'toc-entry': 0.5, 'table-header': 0.4, notice: 0.7, title: 0.7 };

/** An optional term held (the plan's own place, 目标 in a question). */
const OPTIONAL = 1.15;
/** A question for a figure: an indicator row, a clause with figures. */
const FIGURE_ROW = 1.6;
const FIGURE = 1.3;

/** A text's length against a paragraph's, softening bm25's pull towards short texts (lists of zones, one-line items). */
const TYPICAL_LENGTH = 110;
const LENGTH_POWER = 0.25;
const SHORT_MIN = 0.6;
const LONG_MAX = 1.3;

/** The lead of a text that opens with a label ending in ：or 。 within its first characters, else ''. */
const LEAD_MAX = 24;
const LEAD = 1.3;
function leadOf(text: string): string {
  const end = text.slice(0, LEAD_MAX).search(/[：:。]/);
  return end > 0 ? text.slice(0, end) : '';
}

/** Two neighbouring terms of the query found next to each other, close together, or apart. */
const PAIR = { next: 1.4, close: 1.2, apart: 1 } as const;
/** How far apart two neighbouring terms may be and still read as one phrase: characters of Chinese, words of English. */
const NEAR_ZH = 4;
const NEAR_EN = 2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How closely `b` follows `a` in the Chinese or the English of the document, whichever is closer. */
function near(doc: RankInput, a: Term, b: Term): keyof typeof PAIR {
  let gap = Infinity;
  for (const x of a.alternatives) {
    for (let at = doc.text.indexOf(x); at >= 0 && gap > 0; at = doc.text.indexOf(x, at + 1)) {
      const after = doc.text.slice(at + x.length, at + x.length + NEAR_ZH + Math.max(...b.alternatives.map((y) => y.length)));
      for (const y of b.alternatives) if (after.indexOf(y) >= 0) gap = Math.min(gap, after.indexOf(y));
    }
  }
  if (gap > 0 && a.en && b.en && !a.prefix && doc.enStems.trim()) {
    const phrase = (ws: string[]) => ws.map((w) => escape(stem(w))).join(' ');
    const end = b.prefix ? '' : ' ';
    if (doc.enStems.includes(` ${phrase(a.en)} ${phrase(b.en)}${end}`)) gap = 0;
    else if (new RegExp(` ${phrase(a.en)} (?:\\S+ ){1,${NEAR_EN}}${phrase(b.en)}${end}`).test(doc.enStems)) gap = Math.min(gap, 1);
  }
  return gap === 0 ? 'next' : gap <= NEAR_ZH ? 'close' : 'apart';
}

/** Where each term first occurs in `text` (normalised), or -1 per alternative set. */
function positions(text: string, t: Term): number[] {
  const out: number[] = [];
  for (const a of t.alternatives) for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) out.push(at);
  return out;
}

/** The shortest span of text holding one occurrence of every term (Infinity when one is missing). */
function minimalSpan(text: string, terms: Term[]): number {
  const occ = terms.map((t) => positions(text, t));
  if (occ.some((o) => o.length === 0)) return Infinity;
  const events = occ.flatMap((o, k) => o.map((p) => [p, k] as const)).sort((a, b) => a[0] - b[0]);
  const count = new Array<number>(terms.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (const [p, k] of events) {
    if (count[k]!++ === 0) covered++;
    while (covered === terms.length) {
      const [lp, lk] = events[lo]!;
      best = Math.min(best, p - lp);
      if (--count[lk]! === 0) covered--;
      lo++;
    }
  }
  return best;
}

/**
 * `weights` (one per term, e.g. idf) make a rare term count for more when a relaxed query finds
 * documents with only some of the terms; by default every term counts the same.
 */
export function boost(doc: RankInput, query: Pick<ParsedQuery, 'terms' | 'optional' | 'asks'>, weights: number[] = query.terms.map(() => 1)): number {
  const { terms } = query;
  if (terms.length === 0) return 1;
  let m = 1;
  const en = { stems: doc.enStems, words: doc.enWords };
  const inEnglish = (t: Term) => t.en !== undefined && hasPhrase(en, t.en, t.prefix === true);
  const holds = (t: Term) => t.alternatives.some((a) => doc.text.includes(a)) || inEnglish(t);
  const has = terms.map(holds);
  for (const t of query.optional) if (holds(t)) m *= OPTIONAL;
  // bm25 favours the shortest texts: a one-line list naming the term would outrank the clause about it.
  m *= Math.min(LONG_MAX, Math.max(SHORT_MIN, (doc.text.length / TYPICAL_LENGTH) ** LENGTH_POWER));
  // A box item or paragraph whose lead names the term (农村供水保障工程：…, 数字经济产业。…) is about it.
  const lead = leadOf(doc.text);
  if (lead && terms.some((t) => t.alternatives.some((a) => lead.includes(a)))) m *= LEAD;
  // A question for a figure is answered by an indicator row, else by a clause that states figures.
  if (query.asks === 'figure') m *= doc.kind === 'indicator' ? FIGURE_ROW : /\d/.test(doc.text) ? FIGURE : 1;
  const present = terms.filter((_, k) => has[k]);
  const total = weights.reduce((a, b) => a + b, 0);
  // Relaxed matches: a document with more of the terms, or the rarer ones, ranks above one with fewer.
  m *= (weights.reduce((a, w, k) => a + (has[k] ? w : 0), 0) / total) ** 2;
  m *= KIND_WEIGHT[doc.kind] ?? 1;
  if (doc.kind === 'heading' && present.length === terms.length) m *= 1.6;
  if (terms.some((t) => t.alternatives.some((a) => doc.context.includes(a)))) m *= 1.15;
  // Each pair of neighbouring query terms found together, in either text, says the paragraph is about
  // what the words mean together ("tourism revenue"), not about each apart.
  for (let k = 1; k < terms.length; k++) if (has[k - 1] && has[k]) m *= PAIR[near(doc, terms[k - 1]!, terms[k]!)];
  if (terms.length > 1 && present.length === terms.length) {
    const phrase = terms.map((t) => t.alternatives[0]).join('');
    const length = terms.reduce((n, t) => n + t.alternatives[0]!.length, 0);
    const english = terms.every((t) => t.en) ? terms.flatMap((t) => t.en!) : null;
    if (doc.text.includes(phrase) || (english && hasPhrase(en, english, terms[terms.length - 1]!.prefix === true))) m *= 1.5;
    else if (minimalSpan(doc.text, terms) <= length + 12) m *= 1.25;
  }
  return m;
}

export const rankInput = (text: string, titles: (string | undefined)[], kind: string, english = ''): RankInput => ({
  text: normalize(text),
  context: normalize(titles.filter(Boolean).join(' ')),
  kind,
  enStems: stemLine(english),
  enWords: wordLine(english),
});
