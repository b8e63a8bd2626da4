import { describe, expect, it } from 'vitest';
import { displayTerms, parseQuery } from './query';

const read = (q: string) => {
  const p = parseQuery(q);
  return { terms: displayTerms(p), optional: p.optional.map((t) => t.input), asks: p.asks };
};

describe('what a query asks for, apart from what it is about', () => {
  it('a question for a figure keeps its subject and drops the words that only ask for a figure', () => {
    const r = read('How many smart communities will be built by 2025?');
    expect(r.asks).toBe('figure');
    // "many", "will", "be built" are in no clause; smart communities and the year are.
    expect(r.terms.join(' ')).not.toMatch(/many|built|不少/);
    expect(r.terms).toContain('2025');
    expect(r.terms.some((t) => t.includes('社区'))).toBe(true);
  });

  it('"target", "goal" and "what share" ask for a figure and are not searched as words', () => {
    for (const q of ['GDP growth target', 'forest coverage goals', 'What share of GDP should core digital economy industries reach by 2025?']) {
      const r = read(q);
      expect(r.asks, q).toBe('figure');
      expect(r.terms.join(' '), q).not.toMatch(/对象|瞄准|针对|target|goal|reach/);
    }
    expect(read('forest coverage').asks).toBeUndefined();
  });

  it('a Chinese question keeps 目标 as an optional word and drops 多少', () => {
    const r = read('2025年粮食总产量目标是多少');
    expect(r.asks).toBe('figure');
    expect(r.optional).toContain('目标');
    expect(r.terms).not.toContain('目标');
    expect(r.terms).not.toContain('多少');
    expect(r.terms).toContain('粮食总产量');
  });

  it('the plan’s own place goes without saying beside other words, and is searched when typed alone', () => {
    const r = read("services for expats living in Kunming's city centre");
    expect(r.optional).toEqual(['kunming']);
    expect(r.terms.join(' ')).not.toMatch(/昆明/);
    expect(read('昆明 滇池').optional).toEqual(['昆明']);
    expect(read('昆明').terms).toEqual(['昆明']);
    expect(read('Kunming').optional).toEqual([]);
    // A name that holds the place is another place: Kunming airport is Changshui.
    expect(read('Kunming airport').terms[0]).toContain('长水国际机场');
    expect(read('昆明学院 更名').terms).toEqual(['昆明学院', '更名']);
  });

  it('the words of a known phrase stay whole even when one of them asks for a figure', () => {
    // "How many air routes": routes is glossed as 航线 (air routes), and the question words go.
    const r = read('How many air routes will Kunming airport have by 2025?');
    expect(r.terms[0]).toContain('航线');
    expect(r.terms.join(' ')).not.toMatch(/空气|气质|have|many/);
  });
});

describe('names stay whole', () => {
  it('a place name is never split into its words for the second try (滇中新区 is not 滇中 + 新区, which 高新区 holds)', async () => {
    const { splitCompounds } = await import('./query');
    expect(splitCompounds(parseQuery('滇中新区'))).toBeNull();
    // An ordinary compound still splits: 社区居家养老 is written 社区居家健康养老.
    expect(splitCompounds(parseQuery('居家养老'))?.terms.map((t) => t.input)).toEqual(['居家', '养老']);
  });
});
