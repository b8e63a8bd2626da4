import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale, SOURCE_LOCALE } from '@/i18n/routing';
import { INDICATOR_COLUMNS, type PlanDocument } from '@/lib/plan/model';

import { TranslatedCell, type CellLabels } from './ChapterTable';

type Column = (typeof INDICATOR_COLUMNS)[number];

interface IndicatorTableLabels {
  caption: string;
  headers: Record<Column, string>;
  attribute: { binding: string; expected: string };
  link: (no: string) => string;
  cell: CellLabels;
}

const ATTRIBUTES: Record<string, 'binding' | 'expected'> = { 约束性: 'binding', 预期性: 'expected' };

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
    <div tabIndex={0} role="region" aria-labelledby="indicator-caption" className="relative overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full min-w-[52rem] border-collapse text-sm">
        <caption id="indicator-caption" className="border-b border-stone-300 bg-stone-100 px-3 py-2 text-left font-semibold">
          {labels.caption}
        </caption>
        <thead>
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
        <tbody>
          {rows.map((r) => {
            const no = cellOf(r, '序号').value ?? '';
            const attribute = cellOf(r, '属性').value;
            const key = attribute ? ATTRIBUTES[attribute] : undefined;
            return (
              <tr key={r.id} id={r.id} className="border-b border-stone-200 align-top last:border-b-0 hover:bg-stone-50">
                <td className="px-2 py-2 tabular-nums">
                  <a href={localePath(lang, routes.permalink(r.id))} aria-label={labels.link(no)} className="text-sky-800 underline underline-offset-2 hover:text-accent">
                    {no}
                  </a>
                </td>
                <td className="px-2 py-2">{cell(r, '类别')}</td>
                <th scope="row" className="min-w-[12rem] px-2 py-2 text-left font-medium">
                  {cell(r, '指标名称')}
                </th>
                <td className="whitespace-nowrap px-2 py-2">{cell(r, '单位')}</td>
                <td className="whitespace-nowrap px-2 py-2 tabular-nums">{cell(r, '2020年')}</td>
                <td className="min-w-[8rem] px-2 py-2 tabular-nums">{cell(r, '2025年')}</td>
                <td className="whitespace-nowrap px-2 py-2">
                  {key ? (
                    <span className={key === 'binding' ? 'rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950' : 'text-stone-800'}>{labels.attribute[key]}</span>
                  ) : (
                    cell(r, '属性')
                  )}
                </td>
                <td className="min-w-[9rem] px-2 py-2">{cell(r, '数据来源')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
