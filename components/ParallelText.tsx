import { DocumentText } from './DocumentText';
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
}

/**
 * A paragraph with its translation. In another language than the plan's: the translation first,
 * the original beside it (side by side on wide screens, stacked on narrow ones). In the plan's own
 * language: the original, and the translation offered below. Headings show their titles instead.
 */
export function ParallelText({
  doc,
  needles,
  marks = [],
  locale,
  labels,
  className = '',
}: {
  doc: PlanDocument;
  needles: string[];
  /** The search terms as they read in the translation. */
  marks?: EnglishPhrase[];
  locale: Locale;
  labels: ParallelLabels;
  className?: string;
}) {
  const original = <DocumentText doc={doc} needles={needles} lang={locale} className={className} />;
  const otherLocale = (Object.keys(LOCALES) as Locale[]).find((l) => l !== SOURCE_LOCALE && doc.translations?.[l]);
  const translation = doc.kind === 'heading' ? undefined : doc.translations?.[locale === SOURCE_LOCALE ? (otherLocale ?? locale) : locale];
  if (!translation) return original;
  const shown = locale === SOURCE_LOCALE ? otherLocale! : locale;
  const text = (
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
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">{labels.translation}</p>
        {text}
      </div>
      <div className="border-t border-stone-200 pt-3 lg:border-l lg:border-t-0 lg:pl-4 lg:pt-0">
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">{labels.original}</p>
        {original}
      </div>
    </div>
  );
}
