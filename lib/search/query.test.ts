import { describe, expect, it } from 'vitest';
import { toFtsMatch } from './fts-query';
import { displayTerms, parseQuery } from './query';
import { grams, queryGrams } from './text';

const terms = (q: string, typing = false) => displayTerms(parseQuery(q, { typing }));

describe('query processing', () => {
  it('segments Chinese with the plan dictionary and drops function words', () => {
    expect(terms('滇中城市群的发展')).toEqual(['滇中城市群', '发展']);
    expect(terms('昆明学院 更名')).toEqual(['昆明学院', '更名']);
  });

  it('normalises width, case and traditional characters', () => {
    expect(terms('ＧＤＰ')).toEqual(terms('gdp'));
    expect(terms('體育公園')).toEqual(['体育公园']);
    expect(parseQuery('體育公園').expanded).toBe(true);
    expect(parseQuery('体育公园').expanded).toBe(false);
  });

  it('maps English phrases through the glossary and titles, singular or plural', () => {
    expect(terms('Dianchi Lake water quality')).toEqual(['滇池', '水质']);
    expect(terms('infant mortality rate')).toEqual(['婴儿死亡率']);
    expect(terms('Tea Trading Center?')).toEqual(['茶叶交易中心']);
    expect(terms('sponge cities')).toEqual(['海绵城市']);
    expect(parseQuery('sponge city').expanded).toBe(true);
  });

  it('maps toneless pinyin, joined or spaced, to Chinese words', () => {
    expect(terms('dianchi')).toEqual(['滇池']);
    expect(terms('kafei')).toEqual(['咖啡']);
    expect(terms('shuzi jingji')).toEqual(['数字经济']);
    expect(terms('Songming')[0]!.split('/')).toContain('嵩明');
  });

  it('reads pinyin with tone marks or ü, polyphonic characters, and any word of the text', () => {
    expect(terms('diānchí')).toEqual(['滇池']);
    expect(terms('lüse shipin')).toEqual(['绿色食品']);
    expect(terms('lvse shipin')).toEqual(['绿色食品']);
    expect(terms('chunchenghuadu')).toEqual(['春城花都']);
    expect(terms('kunming xueyuan')).toEqual(['昆明学院']);
  });

  it('does not read a lone English word as pinyin', () => {
    expect(terms('women')).toEqual(['women']);
  });

  it('keeps unmapped Latin words as literal terms and drops English stop words', () => {
    expect(terms('5G').map((t) => t.toLowerCase())).toEqual(['5g']);
    expect(terms('the zzzqqq of')).toEqual(['zzzqqq']);
  });

  it('completes the last word while typing', () => {
    expect(terms('digital eco', true)[0]).toContain('数字经济');
    expect(terms('infant mort', true)[0]).toContain('婴儿死亡率');
    expect(terms('infant mort', false)).not.toContain('婴儿死亡率');
  });

  it('reads quoted phrases and exclusions', () => {
    const p = parseQuery('"滇池 保护" -水质 治理');
    expect(p.terms.map((t) => [t.via, t.alternatives[0]])).toEqual([
      ['phrase', '滇池保护'],
      ['chinese', '治理'],
    ]);
    expect(p.excluded.map((t) => t.alternatives[0])).toEqual(['水质']);
  });

  it('treats an unmatched quote as text', () => {
    expect(terms('"滇池 水质')).toEqual(['滇池', '水质']);
  });
});

describe('FTS5 expression', () => {
  it('quotes every token, so operators typed by a user are plain words', () => {
    const expr = toFtsMatch(parseQuery('NEAR(滇池 OR "水质") AND -x*'), 'all')!;
    // Every bare word in the expression is an FTS5 operator we wrote, a column name, or inside quotes.
    const outsideQuotes = expr.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).toMatch(/^[\s()*:]*(?:(?:AND|OR|NOT|grams|words|en|enw)[\s()*:]*)*$/);
    expect(expr).toContain('"near"');
  });

  it('requires all terms, or any when relaxed, and excludes with NOT', () => {
    const p = parseQuery('滇池 水质 -治理');
    expect(toFtsMatch(p, 'all')).toMatch(/\) AND \(/);
    expect(toFtsMatch(p, 'any')).toMatch(/\) OR \(/);
    expect(toFtsMatch(p, 'all')).toMatch(/NOT \(\(grams : "治理"/);
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsMatch(parseQuery('。，！？ 😀'), 'all')).toBeNull();
  });
});

describe('grams', () => {
  it('turns Han runs into bigrams plus a final character and other runs into words', () => {
    expect(grams('提升4G网络覆盖')).toEqual(['提升', '升', '4g', '网络', '络覆', '覆盖', '盖']);
    expect(grams('（R&D）')).toEqual(['r', 'd']);
  });

  it('queries a substring as adjacent bigrams and a single character as a prefix', () => {
    expect(queryGrams('网络覆盖')).toEqual({ grams: ['网络', '络覆', '覆盖'], prefixLast: false });
    expect(queryGrams('茶')).toEqual({ grams: ['茶'], prefixLast: true });
  });
});

describe('query grams across runs', () => {
  it('keeps the positions between runs so a phrase spans brackets and Latin', () => {
    expect(queryGrams('河（湖）长制').grams).toEqual(['河', '湖', '长制']);
    expect(queryGrams('网络5G').grams).toEqual(['网络', '络', '5g']);
    expect(queryGrams('5G网络').grams).toEqual(['5g', '网络']);
    expect(queryGrams('滇池').grams).toEqual(['滇池']);
  });
});
