/**
 * ParsedQuery → SQLite FTS5 MATCH expression. Every token comes from grams() (letters, digits and
 * Han characters only) and is double-quoted, so nothing a user types is read as FTS5 syntax.
 */
import { stem } from './english';
import type { ParsedQuery, Term } from './query';
import { grams, hasHan, queryGrams } from './text';

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/** One alternative: its grams as a phrase in the text, or, for ranking, the whole word in jieba's tokens. */
function alternative(alt: string, prefix: boolean): string | null {
  const { grams: g, prefixLast } = queryGrams(alt);
  if (g.length === 0) return null;
  const star = prefix || prefixLast ? '*' : '';
  const phrase = g.length === 1 ? `${quote(g[0]!)}${star}` : `${quote(g.join(' '))}${star}`;
  const parts = [`grams : ${phrase}`];
  // The word column adds no matches (every word is also a substring) but lifts whole-word hits in bm25.
  if (hasHan(alt) && g.length > 1 && grams(alt).length === g.length + 1) parts.push(`words : ${quote(alt)}`);
  return parts.join(' OR ');
}

/**
 * The English words of a term as a phrase of the English text: Porter stems in `en`; while typing,
 * the words as typed in `enw`, the last one as a prefix (a partial word's stem is not a prefix of the word's).
 */
function english(words: string[], prefix: boolean): string | null {
  if (words.length === 0) return null;
  return prefix ? `enw : ${quote(words.join(' '))}*` : `en : ${quote(words.map(stem).join(' '))}`;
}

function term(t: Term): string | null {
  const alts = t.alternatives.map((a) => alternative(a, t.prefix === true)).filter((a): a is string => a !== null);
  const en = t.en ? english(t.en, t.prefix === true) : null;
  if (en) alts.push(en);
  return alts.length ? `(${alts.join(' OR ')})` : null;
}

/** `all` requires every term; otherwise any term will do (the relaxed query). */
export function toFtsMatch(q: ParsedQuery, mode: 'all' | 'any'): string | null {
  const terms = q.terms.map(term).filter((t): t is string => t !== null);
  if (terms.length === 0) return null;
  let expr = terms.join(mode === 'all' ? ' AND ' : ' OR ');
  const excluded = q.excluded.map(term).filter((t): t is string => t !== null);
  if (excluded.length) expr = `(${expr}) NOT (${excluded.join(' OR ')})`;
  return expr;
}
