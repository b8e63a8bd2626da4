import { localeOf } from '@/i18n/navigation';
import { LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { Metadata } from 'next';
import { socialMeta } from '@/lib/format/social';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ChapterList, ChapterPager, type ChapterNavLabels } from '@/components/ChapterNav';
import { ChapterText } from '@/components/ChapterText';
import { levelLabel, titledLabel } from '@/lib/format/place';
import { chapter, figures, origin } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';
import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { englishMarksForHl, needlesForHl } from '@/lib/search/respond';

type Props = { params: Promise<{ locale: string; n: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A whole number 1–999 written plainly (no sign, no leading zero), or nothing. */
function load(n: string) {
  return /^[1-9]\d{0,2}$/.test(n) ? chapter(Number(n)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, n } = await params;
  const locale = localeOf(segment);
  const found = load(n);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const title = t('chapterTitle', { label: levelLabel('chapter', found.outline.no, locale), title: found.outline[locale] });
  const description = `${found.plan.title[locale]} · ${title}`;
  return {
    ...socialMeta({ locale, siteName: t('siteName'), title, description, type: 'article' }),
    alternates: alternates(await origin(), locale, (l) => localePath(l, routes.chapter(found.outline.no))),
  };
}

export default async function ChapterPage({ params, searchParams }: Props) {
  const { locale: segment, n } = await params;
  const locale = localeOf(segment);
  const hl = (await searchParams).hl;
  const needles = needlesForHl(hl);
  const marks = englishMarksForHl(hl);
  setRequestLocale(locale);
  const found = load(n);
  if (!found) notFound();
  const { plan, part, outline, partIntro, documents } = found;
  const t = await getTranslations('Chapter');
  const tt = await getTranslations('Translation');
  // Headings read in the outline's titles; the note above the text promises only what the rest has.
  const text = locale === SOURCE_LOCALE ? [] : [...partIntro, ...documents].filter((d) => d.kind !== 'heading');
  const missing = text.filter((d) => !d.translations?.[locale]).length;
  // In another language than the plan's, translated paragraphs stand beside their original: a wider column.
  const parallel = missing < text.length;
  const labels: ChapterNavLabels = { nav: t('nav'), chapters: t('chapters'), previous: t('previous'), next: t('next'), absentMark: t('absentMark') };

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-10">
      <article className={`min-w-0 ${parallel ? 'max-w-6xl' : 'max-w-3xl'}`}>
        <header className="mb-6">
          <p id={partIntro.length > 0 ? part.id : undefined} className="mb-1 text-sm text-stone-600">
            {titledLabel('part', part, locale)}
          </p>
          <h1 id={outline.id} className="text-2xl font-bold leading-snug sm:text-3xl">
            <span lang={LOCALES[locale].html}>{titledLabel('chapter', outline, locale)}</span>
          </h1>
          {/* Other languages show the printed title under their own. */}
          {locale !== SOURCE_LOCALE && (
            <p lang={LOCALES[SOURCE_LOCALE].html} className="mt-1 text-lg text-stone-700">
              {titledLabel('chapter', outline, SOURCE_LOCALE)}
            </p>
          )}
          {locale !== SOURCE_LOCALE && outline.present && (
            <p className="mt-2 text-sm font-medium text-stone-700" data-translation-note>
              {!parallel ? tt('chapterNone') : missing > 0 ? tt('chapterSome', { missing }) : t('translationNote')}
            </p>
          )}
        </header>

        <details className="mb-6 rounded-lg border border-stone-300 bg-white lg:hidden print:hidden">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-sky-800">{t('chapters')}</summary>
          <div className="max-h-[60vh] overflow-y-auto border-t border-stone-200 px-3 py-3">
            <ChapterList plan={plan} current={outline.no} lang={locale} labels={labels} />
          </div>
        </details>

        {partIntro.length > 0 && (
          <div className="mb-8 border-b border-stone-200 pb-4 text-stone-800">
            <ChapterText documents={partIntro} lang={locale} needles={needles} marks={marks} />
          </div>
        )}

        {outline.present ? (
          <ChapterText documents={documents} lang={locale} needles={needles} marks={marks} />
        ) : (
          <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
            <h2 className="mb-1 font-semibold">{t('absentHeading')}</h2>
            <p>{t('absent', { last: figures().lastChapter })}</p>
          </div>
        )}

        <div className="print:hidden">
          <ChapterPager plan={plan} current={outline.no} lang={locale} labels={labels} />
        </div>
      </article>

      <div className="hidden lg:block print:hidden">
        <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto pr-1">
          <h2 id="chapter-list" className="mb-2 text-sm font-semibold text-stone-800">
            {t('chapters')}
          </h2>
          <ChapterList plan={plan} current={outline.no} lang={locale} labels={labels} headingId="chapter-list" />
        </div>
      </div>
    </div>
  );
}
