/**
 * Highlighting on the original text: find the matched terms in folded text, map the offsets back,
 * escape everything, wrap matches in <mark>, and crop long paragraphs around the best match.
 */
import { englishRanges, type EnglishPhrase } from './english';
import { fold, hasHan } from './text';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Range = [start: number, end: number];

const WORD = /[\p{L}\p{N}]/u;

/** Ranges of the original text (UTF-16 offsets, whole code points) where any needle occurs, merged. */
export function matchRanges(text: string, needles: string[]): Range[] {
  const { folded, origin } = fold(text);
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    const latin = !hasHan(needle);
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      // A Latin word matches at a word start only (gdp in "GDP", not in "xgdp").
      if (latin && at > 0 && WORD.test(folded[at - 1]!) && !hasHan(folded[at - 1]!)) continue;
      const start = origin[at]!;
      const end = origin[at + needle.length]!;
      // A needle that ends inside one original character (half a surrogate pair, the f of ﬁ) maps
      // to an empty range: marking it would give an empty <mark> (found by lib/search/fuzz.test.ts).
      if (end > start) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const SNIPPET_CHARS = 160;

/** The escaped text with <mark>s, cropped to about `max` characters around the densest matches. */
export function highlight(text: string, needles: string[], max = SNIPPET_CHARS): string {
  return markup(text, matchRanges(text, needles), max);
}

/** English runs about three times as many characters as Chinese for the same content. */
const ENGLISH_SNIPPET_CHARS = 3 * SNIPPET_CHARS;

/** English text with <mark>s on the query's words (by stem) and phrases, cropped like `highlight`. */
export function highlightEnglish(text: string, phrases: EnglishPhrase[], max = ENGLISH_SNIPPET_CHARS): string {
  return markup(text, englishRanges(text, phrases), max, true);
}

const LETTER = /[\p{L}\p{N}]/u;
const inWord = (text: string, at: number) => at > 0 && at < text.length && LETTER.test(text[at - 1]!) && LETTER.test(text[at]!);

/**
 * The text escaped, `ranges` wrapped in <mark>, cropped to about `max` code points around the
 * densest ranges; with `words`, the crop never cuts a word ("…tiful mountains").
 */
export function markup(text: string, ranges: Range[], max: number, words = false): string {
  let from = 0;
  let to = text.length;
  if (Array.from(text).length > max) {
    [from, to] = cropWindow(text, ranges, max);
    if (words) {
      while (inWord(text, from)) from++;
      while (inWord(text, to)) to--;
      while (from < to && /\s/.test(text[from]!)) from++;
    }
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const ss = Math.max(s, from);
    const ee = Math.min(e, to);
    out += escapeHtml(text.slice(at, ss)) + '<mark>' + escapeHtml(text.slice(ss, ee)) + '</mark>';
    at = ee;
  }
  out += escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
  return out;
}

/** A window of about `max` code points that holds the most match ranges, starting a little before the first. */
function cropWindow(text: string, ranges: Range[], max: number): Range {
  const points = Array.from(text);
  const offsets: number[] = [];
  let o = 0;
  for (const p of points) {
    offsets.push(o);
    o += p.length;
  }
  offsets.push(o);
  const indexOf = (utf16: number) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < utf16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let bestStart = 0;
  let bestCount = 0;
  for (const [s] of ranges) {
    const start = indexOf(s);
    const count = ranges.filter(([a, b]) => indexOf(a) >= start && indexOf(b) <= start + max).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  const lead = bestCount > 0 ? Math.min(20, Math.floor(max / 5)) : 0;
  let start = Math.max(0, bestStart - lead);
  const end = Math.min(points.length, start + max);
  start = Math.max(0, end - max);
  return [offsets[start]!, offsets[end]!];
}
