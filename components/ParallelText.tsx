import { DocumentText } from './DocumentText';
import { cellTranslations } from '@/lib/format/table-translation';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { PlanDocument } from '@/lib/plan/model';
import type { EnglishPhrase } from '@/lib/search/english';
import { highlightEnglish } from '@/lib/search/highlight';

export interface ParallelLabels {
  /** "Unofficial translation by Plan Search" */
  translation: string;
  /** "Original (Chinese)" */
  original: string;
  /** "English (unofficial translation)", the disclosure on pages in the plan's own language */
  offer: string;
  /** "No English text for this paragraph yet: the Chinese original is shown." */
  untranslated: string;
}

/**
 * A paragraph with its translation. In another language than the plan's: the translation first,
 * the original beside it (side by side on wide screens, stacked on narrow ones), or the original
 * alone, said to be so, where there is no translation yet. In the plan's own language: the original,
 * and the translation offered below. Headings show their titles instead; a table row shows its
 * translation as a table labelled like the original's.
 */
export function ParallelText({
  doc,
  needles,
  marks = [],
  locale,
  labels,
  className = '',
  cells,
}: {
  doc: PlanDocument;
  needles: string[];
  /** The search terms as they read in the translation. */
  marks?: EnglishPhrase[];
  locale: Locale;
  labels: ParallelLabels;
  className?: string;
  /** A table row's translation cell by cell, merged cells included (lib/format/table-translation.ts `rowTranslation`). */
  cells?: (string | null)[] | null;
}) {
  const original = <DocumentText doc={doc} needles={needles} lang={locale} className={className} />;
  const otherLocale = (Object.keys(LOCALES) as Locale[]).find((l) => l !== SOURCE_LOCALE && doc.translations?.[l]);
  const translation = doc.kind === 'heading' ? undefined : doc.translations?.[locale === SOURCE_LOCALE ? (otherLocale ?? locale) : locale];
  if (!translation) {
    if (locale === SOURCE_LOCALE || doc.kind === 'heading') return original;
    return (
      <div>
        <p className="mb-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-untranslated>
          {labels.untranslated}
        </p>
        {original}
      </div>
    );
  }
  const shown = locale === SOURCE_LOCALE ? otherLocale! : locale;
  const rowCells = doc.table ? (cells ?? cellTranslations(doc, shown)) : null;
  const text = rowCells ? (
    // A table row reads as a table in translation too, its cells under the labels of the original's.
    <DocumentText doc={doc} needles={[]} lang={locale} translated={{ locale: shown, cells: rowCells, show: 'translation' }} className={className} />
  ) : (
    /* Escaped text with <mark> tags only (lib/search/highlight.ts). */
    <p
      lang={LOCALES[shown].html}
      className={`whitespace-pre-line ${className}`}
      data-translation={shown}
      dangerouslySetInnerHTML={{ __html: highlightEnglish(translation, marks, Infinity) }}
    />
  );
  if (locale === SOURCE_LOCALE) {
    return (
      <div>
        {original}
        <details className="mt-3 rounded border border-stone-200 bg-stone-50 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-sky-800">{labels.offer}</summary>
          <div className="mt-2 text-base">{text}</div>
        </details>
      </div>
    );
  }
  return (
    <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
      <div>
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">{labels.translation}</p>
        {text}
      </div>
      <div className="border-t border-stone-200 pt-3 lg:border-l lg:border-t-0 lg:pl-4 lg:pt-0 print:border-l print:border-t-0 print:pl-4 print:pt-0">
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">{labels.original}</p>
        {original}
      </div>
    </div>
  );
}
