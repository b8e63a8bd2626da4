import { describe, expect, it } from 'vitest';
import { buildShareFonts, shareText } from './share-fonts';

describe('share image fonts', () => {
  it('cover the characters asked for at each weight, Latin always, and are kept for the same request', async () => {
    const made = await buildShareFonts({ 400: '滇池水质Ⅳ类', 700: '规划检索' });
    const covered = (w: 400 | 700) => new Set(made.covered[w]);
    for (const ch of '滇池水质类AZaz09…“”〓') expect(covered(400).has(ch), ch).toBe(true);
    for (const ch of '规划检索Plan') expect(covered(700).has(ch), ch).toBe(true);
    expect(covered(700).has('滇')).toBe(false);
    // Noto Sans SC has no Roman numeral Ⅳ: it is not claimed (the image draws IV instead).
    expect(covered(400).has('Ⅳ')).toBe(false);
    // TrueType fonts, one per slice of the package and weight.
    for (const f of made.fonts) expect(Buffer.from(f.data, 'base64').readUInt32BE(0)).toBe(0x00010000);
    expect(await buildShareFonts({ 400: '池滇水质Ⅳ类', 700: '规划检索' }, made)).toBe(made);
    expect(await buildShareFonts({ 400: '滇池水质Ⅳ类。', 700: '规划检索' }, made)).not.toBe(made);
  });

  it('asks for every character of the texts, translations, outline and messages', () => {
    const text = shareText([{ text: '滇池', translations: { en: 'Dianchi' } }], { title: '纲要' }, [{ a: '规划' }], ['规划检索', 'Plan Search']);
    for (const ch of '滇池Dianch纲要规划') expect(text[400]).toContain(ch);
    expect(text[700]).toBe('规划检索Plan Search');
  });
});
