/**
 * The share image of one paragraph (og:image): 1200×630, the quote as large as it fits, its place in
 * the outline above it, the site's name and the paragraph's number below. On a page in another
 * language than the plan's, the translation is quoted and labelled unofficial. What it says is
 * decided here; draw.ts lays it out, render.ts turns it into a PNG.
 */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';
import { cutAtSentence, emWidth } from '../format/excerpt';
import { crumbs, locator, placeLine } from '../format/place';

import { BOX, lineHeight, PLACE_SIZE, type ShareCard } from './draw';

export type { ShareCard } from './draw';

/** Type sizes tried from the largest down. */
const SIZES = [60, 52, 46, 40, 36];

/** How many ems of text a size fits in the box (a line wraps a little short of the full width). */
const capacity = (size: number, lang: string) => Math.floor(BOX.height / (size * lineHeight(lang))) * (BOX.width / size) * 0.9;

/**
 * The quote and its size: the largest size at which it fits whole; else it is cut at a sentence to
 * fit the smallest size, and set at the largest size that still holds all of what is kept.
 */
export function fitQuote(text: string, lang: string): { quote: string; size: number } {
  // Chinese quotation marks in Chinese; straight ones in English, as the translation writes them (the font's “ ” are full-width).
  const [open, close] = lang.startsWith('zh') ? ['“', '”'] : ['"', '"'];
  const marks = emWidth(open + close);
  const room = (size: number) => capacity(size, lang) - marks;
  const smallest = SIZES[SIZES.length - 1]!;
  const kept = cutAtSentence(text, room(smallest), lang).text;
  const size = SIZES.find((s) => emWidth(kept) <= room(s)) ?? smallest;
  return { quote: `${open}${kept}${close}`, size };
}

/** The place from the chapter down, or, where that does not fit on the line, the innermost level alone (the footer numbers the rest). */
function placeOf(doc: Parameters<typeof placeLine>[0], locale: Locale): string {
  const whole = placeLine(doc, locale, 'chapter');
  if (emWidth(whole) * PLACE_SIZE <= BOX.width) return whole;
  return crumbs(doc, locale).at(-1)?.text ?? whole;
}

export function shareCard({
  doc,
  plan,
  locale,
  labels,
}: {
  doc: Pick<PlanDocument, 'id' | 'doc' | 'kind' | 'text' | 'part' | 'chapter' | 'section' | 'box' | 'translations'>;
  plan: Pick<OutlineDocument, 'title'>;
  locale: Locale;
  labels: { siteName: string; translation: string; original: string };
}): ShareCard {
  const translated = locale === SOURCE_LOCALE ? undefined : doc.translations?.[locale];
  const lang = translated ? LOCALES[locale].html : LOCALES[SOURCE_LOCALE].html;
  const label = locale === SOURCE_LOCALE ? null : translated ? labels.translation : labels.original;
  return {
    lang,
    ...fitQuote(translated ?? doc.text, lang),
    place: placeOf(doc, locale) || plan.title[locale],
    locator: locator(doc, locale),
    siteName: labels.siteName,
    label,
  };
}
