import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale, SOURCE_LOCALE } from '@/i18n/routing';
import { INDICATOR_COLUMNS, type PlanDocument } from '@/lib/plan/model';

import { TranslatedCell, type CellLabels } from './ChapterTable';
import { ErratumMark } from './ErratumNote';

type Column = (typeof INDICATOR_COLUMNS)[number];

interface IndicatorTableLabels {
  caption: string;
  headers: Record<Column, string>;
  attribute: { binding: string; expected: string };
  link: (no: string) => string;
  cell: CellLabels;
  /** The marker of a cell the source prints wrongly, and the id of the note that says so. */
  erratum: { mark: string; noteId: string };
}

const ATTRIBUTES: Record<string, 'binding' | 'expected'> = { 约束性: 'binding', 预期性: 'expected' };

/**
 * On phones each row is a card: the indicator's name across, then unit, 2020 and 2025 side by
 * side, each cell labelled with its column (the header row is not shown there), so that no figure
 * sits off-screen in a table that scrolls sideways.
 */
const STACKED_LABEL = 'max-sm:before:block max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-stone-600 max-sm:before:content-[attr(data-label)]';
const stacked = (span: 1 | 2 | 3 = 1) => `${STACKED_LABEL} max-sm:min-w-0 max-sm:p-0 ${span === 3 ? 'max-sm:col-span-3' : span === 2 ? 'max-sm:col-span-2' : ''}`;

/**
 * The 25 main indicators as printed: cells verbatim (Chinese), headers in the page language, each
 * row linked to its permalink. On other pages than the plan's language, each cell's translation
 * (`english`) stands above the printed cell wherever the two differ.
 */
export function IndicatorTable({
  rows,
  lang,
  labels,
  english,
}: {
  rows: PlanDocument[];
  lang: Locale;
  labels: IndicatorTableLabels;
  english?: (r: PlanDocument, c: Column) => string | null;
}) {
  const cellOf = (r: PlanDocument, c: Column) => {
    const k = r.table?.columns.indexOf(c) ?? -1;
    return { value: k < 0 ? null : (r.table?.cells[k] ?? null), inherited: r.table?.inherited?.includes(c) ?? false };
  };
  const cell = (r: PlanDocument, c: Column) => <TranslatedCell {...cellOf(r, c)} labels={labels.cell} translation={english?.(r, c)} locale={lang} />;
  const th = (c: Column, className = '') => (
    <th key={c} scope="col" className={`border-b-2 border-stone-300 px-2 py-2 text-left align-bottom font-semibold ${className}`}>
      {labels.headers[c]}
      {/* In English the printed column name stays beside the translation: the cells below are Chinese. */}
      {lang !== SOURCE_LOCALE && (
        <span lang="zh-CN" className="block text-xs font-normal text-stone-600">
          {c}
        </span>
      )}
    </th>
  );
  return (
    <div tabIndex={0} role="region" aria-labelledby="indicator-caption" className="relative overflow-x-auto rounded-lg border border-stone-300 bg-white" data-indicator-table>
      <table className="w-full min-w-[52rem] border-collapse text-sm max-sm:block max-sm:min-w-0">
        <caption id="indicator-caption" className="border-b border-stone-300 bg-stone-100 px-3 py-2 text-left font-semibold max-sm:block">
          {labels.caption}
        </caption>
        <thead className="max-sm:hidden">
          <tr className="bg-stone-50">
            {th('序号', 'w-12')}
            {th('类别', 'whitespace-nowrap')}
            {th('指标名称')}
            {th('单位', 'whitespace-nowrap')}
            {th('2020年', 'whitespace-nowrap')}
            {th('2025年')}
            {th('属性', 'whitespace-nowrap')}
            {th('数据来源')}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((r) => {
            const no = cellOf(r, '序号').value ?? '';
            const attribute = cellOf(r, '属性').value;
            const key = attribute ? ATTRIBUTES[attribute] : undefined;
            return (
              <tr
                key={r.id}
                id={r.id}
                className="border-b border-stone-200 align-top last:border-b-0 hover:bg-stone-50 max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:px-3 max-sm:py-3"
              >
                <td data-label={labels.headers['序号']} className={`px-2 py-2 tabular-nums max-sm:before:mr-1 max-sm:before:inline ${STACKED_LABEL} max-sm:col-span-3 max-sm:p-0`}>
                  <a href={localePath(lang, routes.permalink(r.id))} aria-label={labels.link(no)} className="text-sky-800 underline underline-offset-2 hover:text-accent">
                    {no}
                  </a>
                </td>
                <td data-label={labels.headers['类别']} className={`px-2 py-2 sm:whitespace-nowrap max-sm:order-2 ${stacked(3)}`}>
                  {cell(r, '类别')}
                </td>
                <th scope="row" className="min-w-[12rem] px-2 py-2 text-left font-medium max-sm:order-1 max-sm:col-span-3 max-sm:min-w-0 max-sm:p-0 max-sm:text-base">
                  {cell(r, '指标名称')}
                </th>
                <td data-label={labels.headers['单位']} className={`whitespace-nowrap px-2 py-2 max-sm:order-3 max-sm:whitespace-normal ${stacked()}`}>
                  {cell(r, '单位')}
                  <ErratumMark row={r} column="单位" noteId={labels.erratum.noteId} label={labels.erratum.mark} />
                </td>
                <td data-label={labels.headers['2020年']} className={`whitespace-nowrap px-2 py-2 tabular-nums max-sm:order-3 max-sm:whitespace-normal ${stacked()}`}>
                  {cell(r, '2020年')}
                </td>
                <td data-label={labels.headers['2025年']} className={`min-w-[8rem] px-2 py-2 tabular-nums max-sm:order-3 ${stacked()}`}>
                  {cell(r, '2025年')}
                </td>
                <td data-label={labels.headers['属性']} className={`whitespace-nowrap px-2 py-2 max-sm:order-4 ${stacked()}`}>
                  {key ? (
                    <span className={key === 'binding' ? 'rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950' : 'text-stone-800'}>{labels.attribute[key]}</span>
                  ) : (
                    cell(r, '属性')
                  )}
                </td>
                <td data-label={labels.headers['数据来源']} className={`min-w-[9rem] px-2 py-2 max-sm:order-4 ${stacked(2)}`}>
                  {cell(r, '数据来源')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
