import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon';
import { editDistance, spellIndex, suggest } from './suggest';

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

  it('finds through its delete index exactly the word that comparing with every known word finds', () => {
    const index = spellIndex(lexicon());
    const sameLength = (k: number, typed: string) => (index.words[k]!.length === typed.length ? 1 : 0);
    // The rule by brute force: fewest edits, then most used, then same length, then alphabetical.
    const brute = (typed: string) => {
      const cap = typed.length >= 7 ? 2 : 1;
      let best: { k: number; d: number } | null = null;
      index.words.forEach((w, k) => {
        const d = editDistance(typed, w, cap);
        if (d > cap) return;
        const b = best;
        const order = b ? d - b.d || index.uses[b.k]! - index.uses[k]! || sameLength(b.k, typed) - sameLength(k, typed) || (w < index.words[b.k]! ? -1 : 1) : -1;
        if (order < 0) best = { k, d };
      });
      return best ? index.words[(best as { k: number }).k]! : null;
    };
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let tried = 0;
    while (tried < 300) {
      const chars = index.words[random(index.words.length)]!.split('');
      for (let e = 1 + random(2); e > 0; e--) {
        const at = random(chars.length);
        const op = random(3);
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars[at] = 'qxzjk'[random(5)]!;
        else chars.splice(at, 0, 'aeiou'[random(5)]!);
      }
      const typo = chars.join('');
      if (typo.length < 4 || index.known.has(typo) || /&/.test(typo)) continue;
      tried++;
      expect(suggest(typo), typo).toBe(brute(typo));
    }
  });
});
