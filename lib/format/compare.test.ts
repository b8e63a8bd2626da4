import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../search/compare';
import { axisLabel, compareCsv, compareDisposition } from './compare';

const chenggong = { facet: 'district', value: 'chenggong', label: { zh: '呈贡区', en: 'Chenggong District' } } as const;
const anning = { facet: 'district', value: 'anning', label: { zh: '安宁市', en: 'Anning City' } } as const;
const digital = { facet: 'topic', value: 'digital', label: { zh: '数字经济与智慧城市', en: 'Digital Economy & Smart City' } } as const;
const ecology = { facet: 'topic', value: 'ecology', label: { zh: '生态环境', en: 'Ecology & Environment' } } as const;
const c30 = { facet: 'chapter', value: '30', label: { zh: '实施碧水行动', en: 'Clean Water' } } as const;

const topics: Matrix = {
  view: 'topics',
  q: '',
  rows: [chenggong, anning],
  columns: [digital, ecology],
  counts: [
    [3, 0],
    [1, 5],
  ],
  totals: [17, 20],
  max: 5,
};

describe('comparison CSV', () => {
  it('reads back with its Chinese intact: names in both languages, the counts, the totals', () => {
    const csv = compareCsv(topics);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual([
      [
        '代码 / Code',
        '名称',
        'Name (English: unofficial translation)',
        '数字经济与智慧城市 / Digital Economy & Smart City',
        '生态环境 / Ecology & Environment',
        '全部主题 / All topics',
      ],
      ['chenggong', '呈贡区', 'Chenggong District', '3', '0', '17'],
      ['anning', '安宁市', 'Anning City', '1', '5', '20'],
    ]);
  });

  it('puts the whole-plan totals in a last row under the chapters', () => {
    const chapters: Matrix = { view: 'chapters', q: '滇池', rows: [c30], columns: [chenggong, anning], counts: [[2, 0]], totals: [4, 1], max: 2 };
    const rows = parse(compareCsv(chapters), { bom: true }) as string[][];
    expect(rows[1]).toEqual(['30', '第三十章 实施碧水行动', 'Chapter 30: Clean Water', '2', '0']);
    expect(rows[2]).toEqual(['', '全文', 'Whole plan', '4', '1']);
    expect(rows[0]!.slice(3)).toEqual(['呈贡区 / Chenggong District', '安宁市 / Anning City']);
  });

  it('quotes what needs quoting', () => {
    const odd = { ...topics, rows: [{ ...chenggong, label: { zh: '甲,"乙"', en: 'A, "B"' } }], counts: [[1, 2]], totals: [3] };
    expect((parse(compareCsv(odd), { bom: true }) as string[][])[1]!.slice(1, 3)).toEqual(['甲,"乙"', 'A, "B"']);
  });

  it('names chapters as the outline does', () => {
    expect(axisLabel(c30, 'zh')).toBe('第三十章 实施碧水行动');
    expect(axisLabel(chenggong, 'en')).toBe('Chenggong District');
  });

  it('names the download by its table, and by its query for clients that read filename*', () => {
    expect(compareDisposition({ view: 'topics', q: '' })).toBe('attachment; filename="compare-districts-topics.csv"');
    expect(compareDisposition({ view: 'chapters', q: '数字 经济/"x"' })).toBe(
      `attachment; filename="compare-chapters-districts.csv"; filename*=UTF-8''${encodeURIComponent('compare-chapters-districts-数字-经济-x.csv')}`,
    );
  });
});
