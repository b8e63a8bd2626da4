/**
 * What a query asks for, apart from what it is about. "How many smart communities will be built by
 * 2025?" asks for a figure about smart communities: the words that only say "a figure" (how many,
 * target, goal, will be built) would otherwise be required words no clause holds, so they leave the
 * required terms and the ranking prefers paragraphs and indicator rows that state figures instead.
 * The place a plan governs (Kunming, 昆明) goes without saying in that plan: a query naming it with
 * other words needs no paragraph to repeat it. Both become optional terms, which lift a paragraph
 * that holds them but never narrow the matches.
 */

export type Asks = 'figure';

/** English that asks for a figure: how many/much, a target, a goal. */
const ASKS_FIGURE_EN = /\b(how (many|much|big|large|high|fast|far|long)|what (share|proportion|percentage|rate|level|size)|targets?|targeted|goals?|objectives?|aims?)\b/;
/** Chinese that asks for a figure: 多少, 几个, 目标, 指标. */
const ASKS_FIGURE_ZH = /多少|几[个家条所座项]|目标|指标/;

/**
 * Words that, in a question for a figure, say only that: a single English word typed alone (never a
 * part of a longer phrase the lexicon knows, such as "binding targets") or a Chinese word.
 */
const FIGURE_WORDS = new Set([
  'big',
  'large',
  'high',
  'fast',
  'far',
  'long',
  'target',
  'targets',
  'targeted',
  'goal',
  'goals',
  'objective',
  'objectives',
  'aim',
  'aims',
  'reach',
  'reached',
  'achieve',
  'achieved',
  'built',
  'build',
  'planned',
  'expected',
  'projected',
  'set',
  'annual',
  'annually',
  'yearly',
  'per',
  'year',
  'years',
  'level',
  'amount',
  '多少',
  '几个',
  '目标',
  '指标',
  '达到',
  '实现',
]);

/** What intent needs of a query term (query.ts's Term, which imports this module). */
interface Term {
  input: string;
  alternatives: string[];
  via: string;
}

export interface Intent<T extends Term> {
  /** The terms every match must hold. */
  terms: T[];
  /** Terms that lift a paragraph holding them and narrow nothing. */
  optional: T[];
  asks?: Asks;
}

/** `places`: the normalised names of the places the plans govern (昆明, 昆明市, kunming). */
export function readIntent<T extends Term>(text: string, terms: T[], places: ReadonlySet<string>): Intent<T> {
  const asks: Asks | undefined = ASKS_FIGURE_EN.test(text) || ASKS_FIGURE_ZH.test(text) ? 'figure' : undefined;
  const isPlace = (t: Term) =>
    t.via !== 'phrase' && t.alternatives.every((a) => places.has(a) || a === t.input) && (places.has(t.input) || t.alternatives.some((a) => places.has(a)));
  const isFigureWord = (t: Term) => asks !== undefined && t.via !== 'phrase' && FIGURE_WORDS.has(t.input);
  const required = terms.filter((t) => !isPlace(t) && !isFigureWord(t));
  // Only such words typed: they are what is searched for ("targets", "昆明").
  if (required.length === 0) return { terms, optional: [], ...(asks ? { asks } : {}) };
  // A Chinese 目标 or 指标 still lifts the paragraph that names it; an English "target" is glossed by
  // the dictionary with senses (对象, 针对) that would lift the wrong ones, so it only sets `asks`.
  const optional = terms.filter((t) => !required.includes(t) && (isPlace(t) || t.via === 'chinese'));
  return { terms: required, optional, ...(asks ? { asks } : {}) };
}
