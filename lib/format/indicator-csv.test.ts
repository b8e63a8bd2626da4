import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { indicatorCsv } from './indicator-csv';

const rows = () => ingested().documents.filter((d) => d.kind === 'indicator');
const parsed = () =>
  parseCsv(
    indicatorCsv(rows(), (id) => `https://example.org/zh/p/${id}`),
    { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] },
  ) as Record<string, string>[];

describe('the indicator table as CSV', () => {
  it('has the 25 rows with the printed cells (row 1 as the source prints it)', () => {
    const all = parsed();
    expect(all).toHaveLength(25);
    // Source lines 262–268: 经济发展 / 地区生产总值 / 亿元 / 6733.79 / 突破10000，年均增长7.5-8% / 预期性 / 市统计局.
    expect(all[0]).toMatchObject({
      序号: '1',
      类别: '经济发展',
      指标名称: '地区生产总值',
      单位: '亿元',
      '2020年': '6733.79',
      '2025年': '突破10000，年均增长7.5-8%',
      属性: '预期性',
      数据来源: '市统计局',
    });
    // Row 2's category is merged with row 1's in the source: written out again.
    expect(all[1]).toMatchObject({ 序号: '2', 类别: '经济发展', 指标名称: '人均地区生产总值' });
  });

  it('adds the English of translated columns, headed as an unofficial translation', () => {
    const first = parsed()[0]!;
    expect(first['指标名称 (English, unofficial translation by Plan Search)']).toMatch(/GDP|gross/i);
    expect(first.permalink).toBe('https://example.org/zh/p/km14-ind-01');
  });
});
