/**
 * The share image's fonts: Noto Sans SC cut down at ingest to the characters the plan, its English
 * and the UI use (ingest/share-fonts.ts), kept in data/ beside the documents they draw. Read from
 * there, never fetched: the renderer would otherwise ask a font service on the network for any
 * glyph it lacks, so what the fonts do not cover is replaced before drawing (`drawable`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileStamp } from '../http/data-version';
import { DataUnavailableError } from '../plan/data-error';
import { SHARE_FONTS } from '../plan/store';
import { processWideLatest } from '../process-wide';
import type { ShareCard } from './draw';

/** The weights drawn: the text, and the site's name. */
export type Weight = 400 | 700;

/** data/share-fonts.json as ingest writes it. */
export interface ShareFontsFile {
  /** What the fonts were made from (characters asked for, font and subsetter versions): an unchanged key lets ingest keep the file. */
  key: string;
  /** One font per slice of Noto Sans SC (fontsource slices it by Unicode ranges) and weight; `data` is a TrueType font, base64. */
  fonts: { slice: string; weight: Weight; data: string }[];
  /** Every character some font of each weight draws. */
  covered: Record<Weight, string>;
}

/** A font as the renderer (satori, through next/og) takes it. */
export interface RenderFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export interface ShareFonts {
  fonts: RenderFont[];
  covers: (weight: Weight, ch: string) => boolean;
}

/** The fonts of a parsed file; each slice is a family of its own, so the renderer looks for a glyph in all of them. */
export function shareFonts(file: ShareFontsFile): ShareFonts {
  const covered = { 400: new Set(file.covered[400]), 700: new Set(file.covered[700]) };
  return {
    fonts: file.fonts.map((f) => ({ name: `plan-${f.slice}`, data: Buffer.from(f.data, 'base64'), weight: f.weight, style: 'normal' as const })),
    covers: (weight, ch) => covered[weight].has(ch),
  };
}

/** The fonts of a data folder, read once per version of the file (an ingest renames a new one over it). */
export function loadShareFonts(dataDir: string): ShareFonts {
  const file = join(/*turbopackIgnore: true*/ dataDir, SHARE_FONTS);
  let stamp: string;
  try {
    stamp = fileStamp(file);
  } catch {
    throw new DataUnavailableError(file, 'file not found', 'npm run ingest');
  }
  return processWideLatest('share-fonts', `${file}@${stamp}`, () => {
    let parsed: ShareFontsFile;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as ShareFontsFile;
    } catch {
      throw new DataUnavailableError(file, 'is not JSON', 'npm run ingest');
    }
    if (!Array.isArray(parsed?.fonts) || parsed.fonts.length === 0 || typeof parsed.covered?.[400] !== 'string')
      throw new DataUnavailableError(file, 'holds no fonts', 'npm run ingest');
    return shareFonts(parsed);
  });
}

/** Drawn where the fonts have no glyph: the geta mark, which Chinese typesetting prints for a character it lacks. */
export const MISSING = '〓';

/**
 * `text` with every character the fonts cannot draw replaced: by its compatibility form where that
 * can be drawn (Ⅳ, the Roman numeral the plan uses for water quality classes, as IV), else by 〓.
 * Only the picture changes; the text itself is never altered.
 */
export function drawable(text: string, fonts: Pick<ShareFonts, 'covers'>, weight: Weight = 400): string {
  let out = '';
  for (const ch of text) {
    if (/[\n\r\t]/.test(ch) || fonts.covers(weight, ch)) out += ch;
    else {
      const compat = ch.normalize('NFKC');
      out += compat !== ch && [...compat].every((c) => fonts.covers(weight, c)) ? compat : MISSING;
    }
  }
  return out;
}

/** Every text of a card made drawable; the site's name is set in bold. */
export function drawableCard(card: ShareCard, fonts: Pick<ShareFonts, 'covers'>): ShareCard {
  const regular = (s: string) => drawable(s, fonts);
  return {
    ...card,
    quote: regular(card.quote),
    place: regular(card.place),
    locator: regular(card.locator),
    label: card.label && regular(card.label),
    siteName: drawable(card.siteName, fonts, 700),
  };
}
