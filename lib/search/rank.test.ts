import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { boost, rankInput } from './rank';

/** Texts adapted from the plan (box 3, box 5, box 19, indicator row 24) to isolate one signal each. */
describe('re-ranking: how specifically a paragraph is about the query', () => {
  it('neighbouring terms found next to each other lift a paragraph above one holding them apart', () => {
    const q = parseQuery('tourism revenue');
    const together = rankInput('旅游业总收入突破4500亿元。', [], 'box-item', 'Raise total tourism revenue to over 450 billion yuan.');
    const apart = rankInput(
      '发展健康旅游，提高服务质量，增加农民收入。',
      [],
      'box-item',
      'Develop health tourism, improve service quality and raise the income and revenue of farmers.',
    );
    expect(boost(together, q)).toBeGreaterThan(boost(apart, q));
  });

  it('a text whose lead names the term is about it; a passing mention is not', () => {
    const q = parseQuery('数字经济');
    const pad = '加快推进新型信息基础设施建设，实施设施建设、资源汇聚共享、新兴技术引领示范。';
    const lead = rankInput(`数字经济产业。${pad}`, [], 'box-item');
    const passing = rankInput(`信息产业。${pad}培育数字经济。`, [], 'box-item');
    // Longer, so the length of the text does not decide it.
    expect(passing.text.length).toBeGreaterThan(lead.text.length);
    expect(boost(lead, q)).toBeGreaterThan(boost(passing, q));
  });

  it('softens bm25’s pull towards one-line lists: a short text gains less than a full clause', () => {
    const q = parseQuery('新能源汽车');
    const list = rankInput('新能源汽车产业功能区。', [], 'box-item');
    const clause = rankInput(`新能源汽车产业。${'培育壮大新能源汽车产业，以纯电驱动为主方向，建设整车生产基地。'.repeat(4)}`, [], 'box-item');
    expect(boost(clause, q) / boost(list, q)).toBeGreaterThan(1.5);
  });

  it('a question for a figure prefers the indicator row, then a clause that states figures', () => {
    const q = parseQuery('What is the annual grain output target?');
    expect(q.asks).toBe('figure');
    const row = rankInput('24\n安全保障\n粮食总产量\n万吨\n100\n>95\n预期性', [], 'indicator');
    const figures = rankInput('确保每年粮食总产量95万吨以上，稳定粮食播种面积，调整种植结构，保障粮食安全。', [], 'box-item');
    const words = rankInput('稳定粮食总产量，调整粮食种植结构，开展粮食节约行动，保障粮食安全和重要农产品供给。', [], 'box-item');
    expect(boost(row, q)).toBeGreaterThan(boost(figures, q));
    expect(boost(figures, q)).toBeGreaterThan(boost(words, q));
    // The same words asked without a question: figures earn (almost) nothing.
    const plain = parseQuery('grain output');
    expect(boost(figures, q) / boost(words, q)).toBeGreaterThan((1.2 * boost(figures, plain)) / boost(words, plain));
  });

  it('the plan’s own place lifts a paragraph that names it without being required', () => {
    const q = parseQuery('昆明 充电基础设施');
    expect(q.terms.map((t) => t.input)).toEqual(['充电基础设施']);
    const named = rankInput('到2025年昆明市范围内实现充电基础设施全覆盖。', [], 'box-item');
    const unnamed = rankInput('到2025年全市范围内实现充电基础设施全覆盖。', [], 'box-item');
    expect(boost(named, q)).toBeGreaterThan(boost(unnamed, q));
  });
});
