import { describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { cellTranslations, rowTranslation } from './table-translation';

const row = (id: string) => ingested().documents.find((d) => d.id === id)!;
const column = (id: string, name: string) => {
  const d = row(id);
  return cellTranslations(d, 'en')?.[d.table!.columns.indexOf(name)];
};

describe('a table row translated cell by cell', () => {
  it('gives each printed cell its own English line', () => {
    // Source row 9: 对外开放 | 缔结国际友好城市（国际友好交流城市）数量 | 个 | 44 | 49 | 预期性 | 市外办
    expect(column('km14-ind-09', '指标名称')).toMatch(/sister cities/i);
    expect(column('km14-ind-09', '2025年')).toBe('49');
    expect(column('km14-ind-09', '数据来源')).toMatch(/Foreign Affairs Office/);
  });

  it('joins a cell printed over two lines, and leaves empty and merged cells without English', () => {
    // Row 24 prints its category 安全保障 as 安全 / 保障; row 14 has no 2025 value and inherits 生态环境.
    expect(column('km14-ind-24', '类别')).toMatch(/^\S.*\S$/);
    expect(column('km14-ind-24', '指标名称')).toMatch(/grain/i);
    expect(column('km14-ind-14', '2025年')).toBeNull();
    expect(column('km14-ind-14', '类别')).toBeNull();
  });

  it('has English for every cell of every indicator row that prints one', () => {
    const rows = ingested().documents.filter((d) => d.kind === 'indicator');
    expect(rows.length).toBe(25);
    for (const d of rows) {
      const cells = cellTranslations(d, 'en');
      expect(cells, d.id).not.toBeNull();
      d.table!.cells.forEach((c, k) => {
        if (c !== null && !d.table!.inherited?.includes(d.table!.columns[k]!)) expect(cells![k], `${d.id} ${d.table!.columns[k]}`).toBeTruthy();
      });
    }
  });
});

describe('one row in translation, with its table', () => {
  it('takes a merged cell from the row it was merged from, as its printed value does', () => {
    // Row 5 (户籍人口城镇化率) prints no category: the 经济发展 cell of row 1 spans it; row 1's English line is Economic Development.
    const rows = ingested().documents.filter((d) => d.kind === 'indicator');
    const five = row('km14-ind-05');
    expect(five.table!.inherited).toContain('类别');
    const cells = rowTranslation(rows, five, 'en')!;
    expect(cells[five.table!.columns.indexOf('类别')]).toBe('Economic Development');
    expect(cells[five.table!.columns.indexOf('2025年')]).toBe('About 72');
    // Alone, the row cannot know its merged cell.
    expect(rowTranslation([five], five, 'en')![five.table!.columns.indexOf('类别')]).toBeNull();
  });
});
