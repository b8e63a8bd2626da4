import { LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { localeOf, localePath } from '@/i18n/navigation';
import { routes } from '@/lib/links/routes';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentText } from '@/components/DocumentText';
import { isDocumentId } from '@/lib/plan/ids';
import { placeLine } from '@/lib/format/place';
import { origin, paragraph } from '@/lib/site/portal';

type Props = { params: Promise<{ lang: string; id: string }> };

const load = (id: string) => (isDocumentId(id) ? paragraph(id) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, id } = await params;
  const found = load(id);
  if (!found) return { robots: { index: false } };
  const l = localeOf(lang);
  const place = placeLine(found.doc, l, 'chapter') || found.plan.title[l];
  return { robots: { index: false }, title: `${place} — ${found.plan.title[l]}` };
}

/**
 * A compact card of one paragraph, made to be framed: text, place in the plan, link back.
 * The card fills whatever height its frame declares: the text gives way (faded) and the source line
 * and link always show. It also tells the host page its full height (browser/embed-resize.ts).
 */
export default async function EmbedCard({ params }: Props) {
  const { lang: segment, id } = await params;
  const lang = localeOf(segment);
  const found = load(id);
  if (!found) notFound();
  const t = await getTranslations({ locale: lang, namespace: 'Embed' });
  const tt = await getTranslations({ locale: lang, namespace: 'Translation' });
  const href = `${await origin()}${localePath(lang, routes.permalink(id))}`;
  // In another language than the plan's, the card quotes the project's translation where there is one, labelled.
  const translation = lang !== SOURCE_LOCALE && found.doc.kind !== 'heading' ? found.doc.translations?.[lang] : undefined;
  // A card in another language than the plan's that can only show the original says so.
  const untranslated = lang !== SOURCE_LOCALE && found.doc.kind !== 'heading' && !translation;
  return (
    <article id="card" data-embed-id={id} className="m-0 flex h-full flex-col overflow-hidden rounded-lg border border-stone-300 bg-white p-4 font-sans shadow-sm">
      <div id="card-text" className="relative min-h-0 flex-1 overflow-hidden">
        {translation ? (
          <p lang={LOCALES[lang].html} className="whitespace-pre-line text-base leading-relaxed" data-translation={lang}>
            {translation}
          </p>
        ) : (
          <DocumentText doc={found.doc} needles={[]} lang={lang} className="text-base leading-relaxed" />
        )}
        <div id="card-fade" aria-hidden="true" className="pointer-events-none absolute inset-x-0 bottom-0 h-6 bg-gradient-to-t from-white" />
      </div>
      {/* Whose text this is, and where in the plan, always shown whole: it wraps, the text above gives way. */}
      <footer className="mt-3 shrink-0 border-t border-stone-200 pt-2 text-xs leading-snug text-stone-600">
        <p>{placeLine(found.doc, lang, 'chapter')}</p>
        <p className="mt-1 flex flex-wrap justify-between gap-x-2" data-attribution>
          <span className="min-w-0">
            {translation && <>{t('unofficial')} · </>}
            {untranslated && (
              <>
                <span className="font-medium text-amber-900" data-untranslated>
                  {tt('embed')}
                </span>
                {' · '}
              </>
            )}
            {t('from', { title: found.plan.title[lang] })}
          </span>
          <a href={href} target="_blank" rel="noopener" className="shrink-0 font-medium text-sky-800 underline">
            {t('open')}
          </a>
        </p>
      </footer>
    </article>
  );
}
