/** The share image as a PNG answer: the card drawn by next/og (satori and resvg) with the fonts made at ingest. */
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import { cardElement, HEIGHT, type ShareCard, WIDTH } from './draw';
import { drawableCard, type RenderFont, type ShareFonts } from './fonts';

/** An element drawn at the card's size with exactly these fonts. */
export const imageOf = (element: ReactElement, fonts: RenderFont[]) => new ImageResponse(element, { width: WIDTH, height: HEIGHT, fonts });

/** The card with every text made drawable by the fonts (lib/share/fonts.ts says why), as a PNG. */
export const renderShareImage = (card: ShareCard, fonts: ShareFonts): ImageResponse => imageOf(cardElement(drawableCard(card, fonts), fonts.fonts[0]!.name), fonts.fonts);
