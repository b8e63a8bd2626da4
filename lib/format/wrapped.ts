/**
 * Titles that wrap in the source. A heading printed over two lines (km14-c13-s1: 第十五次 / 缔约方大会)
 * is one title: shown, quoted and described on one line. The document keeps its lines (`text`,
 * `lines`); only what people read is joined.
 */
import type { PlanDocument } from '../plan/model';

/** Kinds whose line breaks are where the printed page ran out of width, not breaks of the text. */
const TITLE_KINDS = new Set<PlanDocument['kind']>(['heading', 'toc-entry']);

export const isTitle = (d: Pick<PlanDocument, 'kind'>) => TITLE_KINDS.has(d.kind);

/** Letters and digits of alphabetic scripts: two of them either side of a break were two words. */
const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

/** The last visible character before `at` and the first from `at`, skipping markup tags (<mark>). */
function neighbours(s: string, from: number, to: number): [string, string] {
  let a = from - 1;
  while (a >= 0 && s[a] === '>') a = s.lastIndexOf('<', a) - 1;
  let b = to;
  while (b < s.length && s[b] === '<') b = s.indexOf('>', b) + 1 || s.length;
  return [s[a] ?? '', s[b] ?? ''];
}

/**
 * `s` with its line breaks joined: nothing between Chinese characters (第十五次缔约方大会), a space
 * between two words of an alphabetic script. Works on highlighted markup too: tags are skipped when
 * looking at the characters either side.
 */
export function joinWrapped(s: string): string {
  return s.replace(/[ \t\u3000]*\n\s*/g, (match, at: number) => {
    const [before, after] = neighbours(s, at, at + match.length);
    return SPACED.test(before) && SPACED.test(after) ? ' ' : '';
  });
}

/** A document's text (or its highlighted text) as read: a title on one line, anything else as printed. */
export function readText(d: Pick<PlanDocument, 'kind'>, text: string): string {
  return isTitle(d) ? joinWrapped(text) : text;
}
