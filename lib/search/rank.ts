/**
 * Re-ranking after bm25: the engines' bm25 sees words, not order. These boosts lift an exact
 * phrase, terms close together, headings that name the query, and paragraphs whose place in the
 * outline names it. Shared by both engines so they rank alike.
 */
import { hasPhrase, stemLine, wordLine } from './english';
import type { Term } from './query';
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
export function boost(doc: RankInput, terms: Term[], weights: number[] = terms.map(() => 1)): number {
  if (terms.length === 0) return 1;
  let m = 1;
  const en = { stems: doc.enStems, words: doc.enWords };
  const inEnglish = (t: Term) => t.en !== undefined && hasPhrase(en, t.en, t.prefix === true);
  const has = terms.map((t) => t.alternatives.some((a) => doc.text.includes(a)) || inEnglish(t));
  const present = terms.filter((_, k) => has[k]);
  const total = weights.reduce((a, b) => a + b, 0);
  // Relaxed matches: a document with more of the terms, or the rarer ones, ranks above one with fewer.
  m *= (weights.reduce((a, w, k) => a + (has[k] ? w : 0), 0) / total) ** 2;
  m *= KIND_WEIGHT[doc.kind] ?? 1;
  if (doc.kind === 'heading' && present.length === terms.length) m *= 1.6;
  if (terms.some((t) => t.alternatives.some((a) => doc.context.includes(a)))) m *= 1.15;
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
