import { describe, expect, it } from 'vitest';
import { drawable, MISSING } from './fonts';

const fonts = (chars: string) => ({ covers: (_w: number, ch: string) => chars.includes(ch) });

describe('drawable text', () => {
  it('keeps what the fonts draw and line breaks', () => {
    expect(drawable('滇池 水质\n达标', fonts('滇池 水质达标'))).toBe('滇池 水质\n达标');
  });

  it('draws a Roman numeral the font lacks in Latin letters, and a character nothing draws as 〓', () => {
    // The plan writes water quality classes as Ⅳ类 and names 石林县㱔卜所物流中心 (source line 1201).
    expect(drawable('Ⅳ类', fonts('IV类'))).toBe('IV类');
    expect(drawable('石林县㱔卜所', fonts(`石林县卜所${MISSING}`))).toBe(`石林县${MISSING}卜所`);
  });
});
