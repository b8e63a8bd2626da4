import { describe, expect, it } from 'vitest';
import { buildShareFonts } from '../../ingest/share-fonts';
import { docWith, ingested } from '../../test/helpers';
import { offline } from '../../test/offline';
import { differing, ink, readPng } from '../../test/png';
import { shareCard } from './card';
import { cardElement } from './draw';
import { shareFonts } from './fonts';
import { imageOf, renderShareImage } from './render';

const png = async (r: Response) => readPng(Buffer.from(await r.arrayBuffer()));

describe('the share image', () => {
  it('is a 1200×630 PNG whose Chinese is drawn, not left out as it is without the font', async () => {
    const doc = docWith('坚持将滇池保护治理作为“一把手”工程');
    const card = shareCard({ doc, plan: ingested().outline.documents[0]!, locale: 'zh', labels: { siteName: '规划检索', translation: '', original: '' } });
    const fonts = shareFonts(await buildShareFonts({ 400: card.quote + card.place + card.locator, 700: card.siteName }));
    // With its fonts the renderer asks the network for nothing.
    const drawn = await offline(async () => png(renderShareImage(card, fonts)));
    expect(drawn.asked).toEqual([]);
    expect([drawn.value.width, drawn.value.height]).toEqual([1200, 630]);
    // The same card with the Latin fonts only: every Chinese character is missing (and asked for, in vain).
    const latin = fonts.fonts.filter((f) => f.name === 'plan-latin');
    const missing = await offline(async () => png(imageOf(cardElement(card, 'plan-latin'), latin)));
    expect(missing.asked.length).toBeGreaterThan(0);
    // The quote's rows (below the place line, above the footer's rule): ink where the characters are.
    expect(ink(drawn.value, 120, 500)).toBeGreaterThan(10 * ink(missing.value, 120, 500));
    expect(differing(drawn.value, missing.value)).toBeGreaterThan(0.03);
  });
});
