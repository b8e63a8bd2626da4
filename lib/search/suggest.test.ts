import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest';

describe('spelling suggestions', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('citty', 'city')).toBe(1);
    expect(editDistance('infnat', 'infant')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('corrects unknown English and pinyin words to the closest known one', () => {
    expect(suggest('sponge citty')).toBe('sponge city');
    expect(suggest('infnat mortality')).toBe('infant mortality');
    expect(suggest('dainchi')).toBe('dianchi');
  });

  it('prefers, among equally close words, the one the plan uses most', () => {
    // dianshen and dianchi are both two edits from dianchee; 滇池 is named dozens of times, 殿深 never.
    expect(suggest('dianchee')).toBe('dianchi');
    expect(suggest('kunmin')).toBe('kunming');
  });

  it('leaves known words, short words, numbers and Chinese alone', () => {
    expect(suggest('sponge city')).toBeNull();
    expect(suggest('滇池')).toBeNull();
    expect(suggest('5G gdp')).toBeNull();
    expect(suggest('zzzqqq')).toBeNull();
  });
});
