/**
 * The main-indicator table as CSV: each printed column verbatim (headers as printed), then the
 * project's English of the columns it translates, headed as an unofficial translation, and the
 * row's permalink. A merged cell is written out in every row it covers, as the table on the page
 * shows it.
 */
import { INDICATOR_COLUMNS, type PlanDocument } from '../plan/model';

import { toCsv } from './csv';
import { tableTranslations } from './table-translation';

export function indicatorCsv(rows: PlanDocument[], permalink: (id: string) => string): string {
  const english = tableTranslations(rows, 'en');
  const translated = INDICATOR_COLUMNS.filter((c) => rows.some((r) => english(r, c) !== null));
  const header = ['id', ...INDICATOR_COLUMNS, ...translated.map((c) => `${c} (English, unofficial translation by Plan Search)`), 'permalink'];
  const body = rows.map((r) => [
    r.id,
    ...INDICATOR_COLUMNS.map((c) => r.table?.cells[r.table.columns.indexOf(c)] ?? null),
    ...translated.map((c) => english(r, c)),
    permalink(r.id),
  ]);
  return toCsv(header, body);
}
