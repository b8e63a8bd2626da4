import { describe, expect, it } from 'vitest';
import { plottable, wrapLabel } from './IndicatorChart';
import { ingested } from '../test/helpers';

describe('indicator chart data', () => {
  const pairs = () => plottable(ingested().documents.filter((d) => d.kind === 'indicator'));

  it('plots only rows whose 2020 value and 2025 target are both plain numbers, as printed', () => {
    const byName = new Map(pairs().map((p) => [p.name, p]));
    expect(byName.get('人均地区生产总值')).toMatchObject({ from: '1.3', to: '1.8', unit: '万美元' });
    expect(byName.get('全市电力装机容量')).toMatchObject({ from: '800', to: '1025', unit: '万千瓦' });
    // "突破10000，年均增长7.5-8%", "72左右", "[7500]", ">98", "52以上" and empty targets are not numbers to draw.
    for (const name of ['地区生产总值', '户籍人口城镇化率', '累计实际引进市外资金', '城市空气质量优良天数比例', '森林覆盖率', '单位GDP二氧化碳排放降低']) {
      expect(byName.has(name), name).toBe(false);
    }
    expect(pairs().length).toBe(11);
  });
});

describe('chart labels', () => {
  it('break long English between words and keep every character', () => {
    const label = 'Number of international sister cities (international friendship exchange cities) (Cities)';
    const lines = wrapLabel(label, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });

  it('break long Chinese anywhere, keep short labels on one line', () => {
    const label = '数字经济核心产业增加值占地区生产总值比重比重比重 (%)';
    const lines = wrapLabel(label, 14, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    expect(wrapLabel('Life expectancy (Years)', 12)).toEqual(['Life expectancy (Years)']);
  });
});
