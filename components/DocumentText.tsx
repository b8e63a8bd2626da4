import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { PlanDocument } from '@/lib/plan/model';
import { columnLabel } from '@/lib/format/column-label';
import { saysMore } from './ChapterTable';

import { headingTitle } from '@/lib/format/place';
import { readText } from '@/lib/format/wrapped';
import { highlight } from '@/lib/search/highlight';

/** A table row's cells in translation (lib/format/table-translation.ts), one per column, null where a cell has none. */
export interface RowTranslation {
  locale: Locale;
  cells: (string | null)[];
  /** `translation`: the translated cells alone (the printed ones stand beside them); `both`: each translation over its printed cell. */
  show: 'translation' | 'both';
}

/**
 * A document's source text, marked where it matches `needles`: escaped text and <mark> only.
 * Table rows show as their cells, labelled in the page language (in translation with `translated`);
 * on English pages a heading shows its English title with the printed Chinese under it. A title
 * the source wraps over two lines reads as one.
 */
export function DocumentText({
  doc,
  needles,
  lang = SOURCE_LOCALE,
  className = '',
  translated,
}: {
  doc: PlanDocument;
  needles: string[];
  lang?: Locale;
  className?: string;
  translated?: RowTranslation;
}) {
  if (doc.table && (doc.kind === 'indicator' || doc.kind === 'table-row')) {
    return (
      <table className={`text-sm ${className}`}>
        <tbody>
          {doc.table.columns.map((col, k) => (
            <tr key={col} className="align-top">
              <th scope="row" lang={LOCALES[lang].html} className="whitespace-nowrap pr-3 text-left align-top font-medium text-stone-600">
                {columnLabel(col, lang)}
              </th>
              {translated?.cells[k] ? (
                <td>
                  <span lang={LOCALES[translated.locale].html} className="block" data-translation={translated.locale}>
                    {translated.cells[k]}
                  </span>
                  {translated.show === 'both' && saysMore(translated.cells[k], doc.table!.cells[k] ?? null) && (
                    <span lang="zh-CN" className="block whitespace-pre-line text-xs text-stone-600">
                      {doc.table!.cells[k] ?? '—'}
                    </span>
                  )}
                </td>
              ) : (
                <td lang="zh-CN" className="whitespace-pre-line" dangerouslySetInnerHTML={{ __html: highlight(doc.table!.cells[k] ?? '—', needles, Infinity) }} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  // A heading of the outline reads "Chapter 30: …"; the others (目录, the indicator table's title) their own translation.
  const english = lang === SOURCE_LOCALE ? null : (headingTitle(doc, lang) ?? (doc.kind === 'heading' ? (doc.translations?.[lang] ?? null) : null));
  const source = (
    <p
      lang="zh-CN"
      className={`whitespace-pre-line ${english ? 'text-sm text-stone-600' : className}`}
      dangerouslySetInnerHTML={{ __html: highlight(readText(doc, doc.text), needles, Infinity) }}
    />
  );
  if (!english) return source;
  return (
    <div className={className}>
      <p lang={LOCALES[lang].html} className="font-medium">
        {english}
      </p>
      {source}
    </div>
  );
}
