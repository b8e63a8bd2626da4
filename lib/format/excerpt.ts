/**
 * A long paragraph shortened to fit a fixed space (the share image), cut where a reader expects it:
 * after a sentence, else after a clause, else between words; the cut marked with an ellipsis.
 */
import { quoteLines } from './quote';

/** Chinese characters and full-width marks take a full em; Latin letters, digits and spaces about half of one (Noto Sans). */
const WIDE = /[\p{Script=Han}\u2E80-\u303F\u3400-\u4DBF\uFF00-\uFF60\uFFE0-\uFFE6“”‘’…—]/u;

/** How wide `s` is drawn, in ems. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 1 : 0.55;
  return w;
}

/**
 * The ellipsis of each written language: Chinese doubles it (……); English text here keeps to plain
 * ASCII punctuation, as the translation's house style does (straight quotes), and a CJK font draws
 * … as centred dots.
 */
export const ellipsisOf = (locale: string) => (locale.startsWith('zh') ? '……' : ' ...');

/** Clause ends within a sentence: Chinese and Latin commas, semicolons, colons and enumeration commas. */
const CLAUSE_END = /(?<=[，；：、,;:])/u;

/** A period that ends an abbreviation, not a sentence: "No. 9 Water Purification Plant". */
const ABBREVIATION = /(?:^|[\s(])(?:No|Nos|Art|Vol|St|Mr|Mrs|Dr|vs|etc|e\.g|i\.e|approx)\.\s*$/i;

/**
 * Sentences as Intl.Segmenter finds them, rejoined where it broke after an abbreviation or before a
 * number or a lower-case word (ICU breaks "the No. 14 Water Plant" after "No.").
 */
function sentences(line: string, locale: string): string[] {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(line)) {
    const last = out.length - 1;
    if (last >= 0 && (ABBREVIATION.test(out[last]!) || /^[\p{Ll}\p{N}]/u.test(segment))) out[last] += segment;
    else out.push(segment);
  }
  return out;
}

/** The longest run of whole `parts` from the start that fits `max` ems, or '' when the first does not. */
function fitting(parts: string[], max: number): string {
  let out = '';
  for (const p of parts) {
    if (emWidth(out + p) > max) break;
    out += p;
  }
  return out;
}

/**
 * `text` on one line (its lines joined by " / ") and, when wider than `max` ems, cut at the last
 * sentence end that fits, else the last clause end, else the last word (a character in Chinese),
 * with the language's ellipsis after it. `cut` says whether anything was left out.
 */
export function cutAtSentence(text: string, max: number, locale: string): { text: string; cut: boolean } {
  const line = quoteLines(text);
  if (emWidth(line) <= max) return { text: line, cut: false };
  const ellipsis = ellipsisOf(locale);
  const room = max - emWidth(ellipsis);
  let kept = fitting(sentences(line, locale), room);
  if (!kept) kept = fitting(line.split(CLAUSE_END), room).replace(/[，；：、,;:]$/u, '');
  if (!kept)
    kept = locale.startsWith('zh')
      ? fitting([...line], room)
      : fitting(
          [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(line)].map((w) => w.segment),
          room,
        );
  return { text: kept.trimEnd() + ellipsis, cut: true };
}
