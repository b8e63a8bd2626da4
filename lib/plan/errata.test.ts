import { describe, expect, it } from 'vitest';
import { ingested, source } from '../../test/helpers';
import { CELL_ERRATA, errataOf } from './errata';

const row = (id: string) => ingested().documents.find((d) => d.id === id)!;
const cell = (id: string, column: string) => row(id).table!.cells[row(id).table!.columns.indexOf(column)];

describe('evident errors of the source', () => {
  it('rows 18–19 print "%" for incomes that chapter 1 gives in yuan', () => {
    const [erratum] = CELL_ERRATA;
    const line = source().split('\n')[erratum!.evidence.line - 1]!;
    // 城乡居民人均可支配收入分别达48018元和17719元: the 2020 values of rows 18 and 19, in 元.
    expect(line).toContain(`城乡居民人均可支配收入分别达${cell('km14-ind-18', '2020年')}元和${cell('km14-ind-19', '2020年')}元`);
    expect(cell('km14-ind-18', '指标名称')).toBe('城镇居民人均可支配收入');
    expect(cell('km14-ind-19', '指标名称')).toBe('农村居民人均可支配收入');
    expect(erratum!.must.zh).toBe('元');
    // Line 167 is in chapter 1, section 1 (发展基础).
    expect(ingested().documents.find((d) => d.lines[0] <= 167 && d.lines[1] >= 167)!.chapter!.no).toBe(erratum!.evidence.chapter);
  });

  it('is found on the rows that still print the error, and on no other', () => {
    expect(errataOf(row('km14-ind-18')).map((e) => e.column)).toEqual(['单位']);
    expect(errataOf(row('km14-ind-19'))).toHaveLength(1);
    expect(errataOf(row('km14-ind-20'))).toEqual([]);
    const fixed = { ...row('km14-ind-18'), table: { ...row('km14-ind-18').table!, cells: row('km14-ind-18').table!.cells.map((c) => (c === '%' ? '元' : c)) } };
    expect(errataOf(fixed)).toEqual([]);
  });
});
