/**
 * Evident errors of the printed source, kept as printed (the text is never altered) and noted where
 * they are shown. Each names the cell, what the source prints there and what it must be, and the
 * source line that shows it.
 */
import type { Localized, PlanDocument } from './model';

export interface CellErratum {
  /** Document ids of the rows. */
  rows: string[];
  column: string;
  /** What the source prints (the note is shown only while it still does). */
  printed: string;
  /** What the cell must be, in every UI language. */
  must: Localized;
  /** Where the source gives the right value: its chapter and line. */
  evidence: { chapter: number; line: number };
}

export const CELL_ERRATA: CellErratum[] = [
  {
    // Rows 18–19 of the main indicators print "%" for the urban and rural per capita disposable
    // incomes (48018 and 17719); chapter 1 gives the same figures in yuan: 城乡居民人均可支配收入分别达48018元和17719元.
    rows: ['km14-ind-18', 'km14-ind-19'],
    column: '单位',
    printed: '%',
    must: { zh: '元', en: 'yuan (元)' },
    evidence: { chapter: 1, line: 167 },
  },
];

/** The errata of a table row's cells whose printed value is still the error. */
export function errataOf(row: Pick<PlanDocument, 'id' | 'table'>): CellErratum[] {
  return CELL_ERRATA.filter((e) => e.rows.includes(row.id) && row.table?.cells[row.table.columns.indexOf(e.column)] === e.printed);
}
