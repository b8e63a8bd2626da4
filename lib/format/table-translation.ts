/**
 * A table row's translation cell by cell. The English of a row is curated line for line with its
 * printed Chinese (a test holds it so); a cell may span several printed lines (安全 / 保障), and
 * empty or merged cells print none. Walking the lines against the cells recovers each cell's English.
 */
import type { Locale } from '../../i18n/routing';
import type { PlanDocument } from '../plan/model';

const bare = (s: string) => s.replace(/\s+/g, '');

/** One translation (or null) per column of `doc.table`; null overall when the row has no translation or its lines do not fit the cells. */
export function cellTranslations(doc: Pick<PlanDocument, 'table' | 'text' | 'translations'>, locale: Locale): (string | null)[] | null {
  const table = doc.table;
  const english = doc.translations?.[locale];
  if (!table || !english) return null;
  const zh = doc.text.split('\n');
  const en = english.split('\n');
  if (zh.length !== en.length) return null;
  let line = 0;
  const out: (string | null)[] = [];
  for (const [k, cell] of table.cells.entries()) {
    if (cell === null || table.inherited?.includes(table.columns[k]!)) {
      out.push(null);
      continue;
    }
    const from = line;
    let printed = '';
    while (line < zh.length && bare(printed) !== bare(cell)) printed += zh[line++];
    if (bare(printed) !== bare(cell)) return null;
    out.push(en.slice(from, line).join(' '));
  }
  return line === zh.length ? out : null;
}

/**
 * A lookup of the translation of any cell of `rows` (one table, in order) by column name; a merged
 * cell takes the translation of the row it was merged from, as its printed value does.
 */
export function tableTranslations(rows: PlanDocument[], locale: Locale): (row: PlanDocument, column: string) => string | null {
  const byRow = new Map<string, (string | null)[]>();
  const last = new Map<string, string>();
  for (const r of rows) {
    const cells = cellTranslations(r, locale);
    const filled = (r.table?.columns ?? []).map((c, k) => {
      const own = cells?.[k] ?? null;
      if (own !== null) last.set(c, own);
      return own ?? (r.table?.inherited?.includes(c) ? (last.get(c) ?? null) : null);
    });
    byRow.set(r.id, filled);
  }
  return (row, column) => byRow.get(row.id)?.[row.table?.columns.indexOf(column) ?? -1] ?? null;
}

/** One row's translation cell by cell, merged cells included (from the rows of its table, in order); null when it has none. */
export function rowTranslation(rows: PlanDocument[], row: PlanDocument, locale: Locale): (string | null)[] | null {
  if (!row.table) return null;
  const cell = tableTranslations(rows.includes(row) ? rows : [row], locale);
  const cells = row.table.columns.map((c) => cell(row, c));
  return cells.some((c) => c !== null) ? cells : null;
}
