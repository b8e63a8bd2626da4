import type { ReactNode } from 'react';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { cellTranslations } from '@/lib/format/table-translation';
import type { PlanDocument } from '@/lib/plan/model';

export interface CellLabels {
  /** What an empty cell shows ("—"). */
  dash: string;
  /** Why the cell is empty. */
  empty: string;
  /** That the value comes from a merged cell above. */
  inherited: string;
}

/** One source cell: line breaks kept, an empty cell as "—" with its explanation, a merged-cell value marked. */
export function TableCell({ value, inherited, labels }: { value: string | null; inherited: boolean; labels: CellLabels }) {
  if (value === null)
    return (
      <abbr title={labels.empty} className="cursor-help text-stone-600">
        {labels.dash}
        <span className="sr-only"> ({labels.empty})</span>
      </abbr>
    );
  const lines = value.split('\n').map((line, k) => (
    <span key={k}>
      {k > 0 && <br />}
      {line}
    </span>
  ));
  if (!inherited) return <span lang="zh-CN">{lines}</span>;
  return (
    <span title={labels.inherited} className="text-stone-600">
      <span lang="zh-CN">{lines}</span>
      <span className="sr-only"> ({labels.inherited})</span>
    </span>
  );
}

/** Whether a cell's translation says more than its printed value: not a number the translation only groups (6733.79 → 6,733.79). */
export const saysMore = (translation: string | null | undefined, value: string | null): translation is string =>
  !!translation && translation.replace(/(\d),(?=\d{3})/g, '$1') !== value;

/**
 * A cell with its translation above the printed value, where there is one and it says more than
 * the printed value (a number the translation only groups, 6733.79 → 6,733.79, is shown once).
 */
export function TranslatedCell({
  value,
  inherited,
  labels,
  translation,
  locale,
}: {
  value: string | null;
  inherited: boolean;
  labels: CellLabels;
  translation: string | null | undefined;
  locale: Locale;
}) {
  const printed = <TableCell value={value} inherited={inherited} labels={labels} />;
  if (!saysMore(translation, value)) return printed;
  return (
    <>
      <span lang={LOCALES[locale].html} className="block" data-translation={locale}>
        {translation}
      </span>
      <span className="block text-xs font-normal text-stone-600">{printed}</span>
    </>
  );
}

/** Short cells (序号, 预期性, 呈贡区; "Anticipatory") stay on one line instead of breaking between characters. */
const short = (v: string | null | undefined, max = 8) => !v || v.split('\n').every((line) => line.length <= max);

/**
 * A table rebuilt by ingest (a box table, the main-indicator table): one <tr> per source row, each
 * with the document's id so that permalinks and search hits can point at it.
 */
export function ChapterTable({
  id,
  caption,
  captionHidden = false,
  header,
  rows,
  notes = [],
  labels,
  english,
}: {
  id?: string;
  caption: ReactNode;
  captionHidden?: boolean;
  header: PlanDocument | undefined;
  rows: PlanDocument[];
  notes?: PlanDocument[];
  labels: CellLabels;
  /** Each cell's translation (lib/format/table-translation.ts), on pages in another language than the plan's. */
  english?: { locale: Locale; cell: (row: PlanDocument, column: string) => string | null };
}) {
  // The rows know every column, the printed header may not (the indicator header has no 类别 cell).
  const columns = rows[0]?.table?.columns ?? header?.table?.columns ?? [];
  const captionId = `${rows[0]?.id ?? id}-caption`;
  const headerEnglish = english && header ? cellTranslations(header, english.locale) : null;
  const headerCell = (c: string) => headerEnglish?.[header!.table!.columns.indexOf(c)] ?? null;
  return (
    <div id={id} className="my-4">
      {/* Focusable so that keyboard users can scroll a table wider than the screen. */}
      <div tabIndex={0} role="region" aria-labelledby={captionId} className="relative overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption id={captionId} className={captionHidden ? 'sr-only' : 'border-b border-stone-300 bg-stone-100 px-3 py-2 text-left font-semibold'}>
            {caption}
          </caption>
          <thead>
            <tr id={header?.id} className="bg-stone-50">
              {columns.map((c) => (
                <th key={c} scope="col" className="whitespace-nowrap border-b border-stone-300 px-2 py-1.5 text-left align-bottom font-semibold">
                  {english && headerCell(c) && (
                    <span lang={LOCALES[english.locale].html} className="block" data-translation={english.locale}>
                      {headerCell(c)}
                    </span>
                  )}
                  <span lang="zh-CN" className={english && headerCell(c) ? 'block text-xs font-normal text-stone-600' : undefined}>
                    {c}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr id={r.id} key={r.id} className="border-b border-stone-200 align-top last:border-b-0">
                {columns.map((c, k) => (
                  <td key={c} className={`px-2 py-1.5 ${short(r.table?.cells[k]) && short(english?.cell(r, c), 16) ? 'whitespace-nowrap' : 'min-w-[8rem]'}`}>
                    <TranslatedCell
                      value={r.table?.cells[k] ?? null}
                      inherited={r.table?.inherited?.includes(c) ?? false}
                      labels={labels}
                      translation={english?.cell(r, c)}
                      locale={english?.locale ?? SOURCE_LOCALE}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((n) => {
        const translation = english ? n.translations?.[english.locale] : undefined;
        return (
          <p key={n.id} id={n.id} className="mt-1 text-sm text-stone-700">
            {translation && english && (
              <span lang={LOCALES[english.locale].html} className="block" data-translation={english.locale}>
                {translation}
              </span>
            )}
            <span lang="zh-CN">{n.text}</span>
          </p>
        );
      })}
    </div>
  );
}
