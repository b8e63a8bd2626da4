/**
 * The share image's fonts, made at ingest: Noto Sans SC from the @fontsource-variable/noto-sans-sc
 * package (OFL-1.1), cut down to the characters the data and the UI use and fixed at the weights
 * drawn. The package ships the font as WOFF2 slices by Unicode range, which the renderer cannot
 * read, and as a variable font, which it draws at one weight only: harfbuzz (subset-font) makes a
 * static TrueType font of each slice the text needs, at each weight. About 1,800 characters, 0.6 MB.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { ShareFontsFile, Weight } from '../lib/share/fonts';
import { MISSING } from '../lib/share/fonts';

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource-variable/noto-sans-sc';

/** Characters every image may draw whatever the text: Latin, the ellipsis, the place separator, quotation marks, the missing-glyph mark. */
const ALWAYS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, k) => 32 + k))}…›·“”‘’—–${MISSING}`;

type Range = [number, number];
const parseRanges = (css: string): Range[] =>
  css.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });

/** Changed when what this module makes of the same characters changes, so that ingest makes it afresh. */
const FORMAT = 4;

/** The key of a request: the characters, the weights, and the versions of the font, the subsetter and this module. */
function keyOf(text: Record<Weight, string>): string {
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const h = createHash('sha256').update(`${FORMAT} ${PACKAGE}@${version(PACKAGE)} subset-font@${version('subset-font')}`);
  for (const w of [400, 700] as const) h.update(`\n${w}:${[...new Set(text[w] + ALWAYS)].sort().join('')}`);
  return h.digest('hex').slice(0, 32);
}

/**
 * The fonts drawing `text[weight]` at each weight, or `previous` when it was made for the same
 * characters from the same font (a second ingest of the same corpus costs nothing).
 */
export async function buildShareFonts(text: Record<Weight, string>, previous?: ShareFontsFile | null): Promise<ShareFontsFile> {
  const key = keyOf(text);
  if (previous?.key === key) return previous;
  const dir = dirname(require.resolve(`${PACKAGE}/package.json`));
  const slices = Object.entries(JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>)
    .map(([name, css]) => ({
      // "[21]" is the 21st slice of the CJK ideographs; "latin", "cyrillic" … are named.
      slice: name.replace(/^\[(\d+)\]$/, '$1'),
      ranges: parseRanges(css),
    }))
    // Punctuation both kinds of slice hold (“ ” …) from the Latin ones, whose glyphs are proportional:
    // an English quote then opens without a full-width gap.
    .sort((a, b) => Number(/^\d+$/.test(a.slice)) - Number(/^\d+$/.test(b.slice)));
  const fonts: ShareFontsFile['fonts'] = [];
  const covered: Record<Weight, string> = { 400: '', 700: '' };
  for (const weight of [400, 700] as const) {
    const wanted = new Set([...new Set(text[weight] + ALWAYS)].filter((c) => !/[\n\r\t]/.test(c)).map((c) => c.codePointAt(0)!));
    for (const { slice, ranges } of slices) {
      // Some slices overlap (Latin in more than one): each character from the first that has it.
      const mine = [...wanted].filter((cp) => ranges.some(([a, b]) => cp >= a && cp <= b));
      mine.forEach((cp) => wanted.delete(cp));
      if (mine.length === 0) continue;
      const woff2 = readFileSync(join(dir, 'files', `noto-sans-sc-${slice}-wght-normal.woff2`));
      const chars = String.fromCodePoint(...mine);
      const ttf = await subsetFont(woff2, chars, { targetFormat: 'truetype', variationAxes: { wght: weight } });
      fonts.push({ slice, weight, data: ttf.toString('base64') });
      covered[weight] += chars;
    }
  }
  return { key, fonts, covered };
}

/** What the share image draws, by weight: every text of the documents and the outline in every language, and the UI's messages; the site's name in bold. */
export function shareText(
  documents: { text: string; translations?: Partial<Record<string, string>> }[],
  outline: unknown,
  messages: unknown[],
  siteNames: string[],
): Record<Weight, string> {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const c of s) chars.add(c);
  };
  for (const d of documents) {
    add(d.text);
    for (const t of Object.values(d.translations ?? {})) if (t) add(t);
  }
  add(JSON.stringify(outline));
  for (const m of messages) add(JSON.stringify(m));
  return { 400: [...chars].join(''), 700: siteNames.join('') };
}
