import { translator } from '@/i18n/translator';
import { type Locale } from '@/i18n/routing';
import { levelLabel } from '@/lib/format/place';
import { CELL_ERRATA, errataOf } from '@/lib/plan/errata';
import type { PlanDocument } from '@/lib/plan/model';

/** The marker a cell with an evident source error carries, pointing at its note. */
export function ErratumMark({ row, column, noteId, label }: { row: Pick<PlanDocument, 'id' | 'table'>; column: string; noteId: string; label: string }) {
  if (!errataOf(row).some((e) => e.column === column)) return null;
  return (
    <a href={`#${noteId}`} aria-label={label} className="ml-0.5 align-super text-xs font-semibold text-accent no-underline hover:underline" data-erratum-mark>
      *
    </a>
  );
}

/**
 * What the source prints wrongly and what it must be, in the page's language: for one row (its
 * permalink, a search hit) or for the rows of a table (under the table, the rows named).
 */
export function ErratumNote({ rows, lang, id, className = '' }: { rows: Pick<PlanDocument, 'id' | 'table'>[]; lang: Locale; id?: string; className?: string }) {
  const t = translator(lang, 'Errata');
  const found = CELL_ERRATA.filter((e) => rows.some((r) => errataOf(r).includes(e)));
  if (found.length === 0) return null;
  const numbers = (e: (typeof CELL_ERRATA)[number]) => rows.filter((r) => errataOf(r).includes(e)).map((r) => r.table?.cells[r.table.columns.indexOf('序号')] ?? r.id);
  return (
    <div id={id} role="note" className={`rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 ${className}`} data-erratum>
      {found.map((e) => {
        const values = { printed: e.printed, must: e.must[lang], chapter: levelLabel('chapter', e.evidence.chapter, lang), line: e.evidence.line };
        const nos = numbers(e);
        return <p key={e.rows.join()}>{rows.length === 1 ? t('unitRow', values) : t('unitRows', { ...values, from: nos[0]!, to: nos[nos.length - 1]! })}</p>;
      })}
    </div>
  );
}
