import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { PlanDocument } from '@/lib/plan/model';
import { DocumentText } from './DocumentText';

/**
 * One paragraph around a permalink's, compact. In another language than the plan's it reads in
 * that language where it has a translation (the printed text beside it, or under it on narrow
 * screens), and says so
 * where it has none yet; a table row shows each cell's translation over its printed value.
 */
export function ContextEntry({
  doc,
  lang,
  needles,
  cells,
  untranslated,
}: {
  doc: PlanDocument;
  lang: Locale;
  needles: string[];
  /** A table row's translation cell by cell, merged cells included. */
  cells?: (string | null)[] | null;
  /** "No English yet" */
  untranslated: string;
}) {
  if (lang === SOURCE_LOCALE || doc.kind === 'heading') return <DocumentText doc={doc} needles={needles} lang={lang} />;
  if (doc.table && cells) return <DocumentText doc={doc} needles={needles} lang={lang} translated={{ locale: lang, cells, show: 'both' }} />;
  const translation = doc.translations?.[lang];
  if (!translation)
    return (
      <div>
        <DocumentText doc={doc} needles={needles} lang={lang} />
        <p className="mt-1 text-xs font-medium text-amber-900" data-untranslated>
          {untranslated}
        </p>
      </div>
    );
  return (
    <div className="grid gap-x-6 gap-y-1 lg:grid-cols-2">
      <p lang={LOCALES[lang].html} className="whitespace-pre-line" data-translation={lang}>
        {translation}
      </p>
      <DocumentText doc={doc} needles={needles} lang={lang} className="text-stone-600" />
    </div>
  );
}
