import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import { englishFor } from '@/lib/corpus/glossary';
import { INDICATOR_COLUMNS, type PlanDocument } from '@/lib/plan/model';

import { headingTitle } from '@/lib/format/place';
import { highlight } from '@/lib/search/highlight';

const INDICATOR_KEYS: Record<(typeof INDICATOR_COLUMNS)[number], string> = {
  序号: 'no',
  类别: 'category',
  指标名称: 'name',
  单位: 'unit',
  '2020年': 'y2020',
  '2025年': 'y2025',
  属性: 'attribute',
  数据来源: 'source',
};

/**
 * A document's source text, marked where it matches `needles`: escaped text and <mark> only.
 * Table rows show as their cells, labelled in the page language; on English pages a heading shows
 * its English title with the printed Chinese under it.
 */
export async function DocumentText({ doc, needles, lang = SOURCE_LOCALE, className = '' }: { doc: PlanDocument; needles: string[]; lang?: Locale; className?: string }) {
  if (doc.table && (doc.kind === 'indicator' || doc.kind === 'table-row')) {
    const t = await getTranslations({ locale: lang, namespace: 'Indicators' });
    const label = (col: string) => {
      if (lang === SOURCE_LOCALE) return col;
      if (col in INDICATOR_KEYS) return t(INDICATOR_KEYS[col as keyof typeof INDICATOR_KEYS]);
      return englishFor(col) ?? col;
    };
    return (
      <table className={`text-sm ${className}`}>
        <tbody>
          {doc.table.columns.map((col, k) => (
            <tr key={col} className="align-top">
              <th scope="row" lang={LOCALES[lang].html} className="pr-3 text-left font-medium text-stone-600">
                {label(col)}
              </th>
              <td lang="zh-CN" className="whitespace-pre-line" dangerouslySetInnerHTML={{ __html: highlight(doc.table!.cells[k] ?? '—', needles, Infinity) }} />
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const english = lang === SOURCE_LOCALE ? null : headingTitle(doc, lang);
  const source = (
    <p
      lang="zh-CN"
      className={`whitespace-pre-line ${english ? 'text-sm text-stone-600' : className}`}
      dangerouslySetInnerHTML={{ __html: highlight(doc.text, needles, Infinity) }}
    />
  );
  if (!english) return source;
  return (
    <div className={className}>
      <p lang="en" className="font-medium">
        {english}
      </p>
      {source}
    </div>
  );
}
