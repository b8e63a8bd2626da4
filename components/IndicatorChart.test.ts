import { describe, expect, it } from 'vitest';
import { plottable } from './IndicatorChart';
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
