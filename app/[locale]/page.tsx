import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { localeOf } from '@/i18n/navigation';
import { LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchBox } from '@/components/SearchBox';
import { titledLabel } from '@/lib/format/place';
import { figures, mainPlan, origin } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';
import type { Metadata } from 'next';
import { compareHref } from '@/lib/links/compare-url';
import { EXAMPLE_QUERIES as EXAMPLES } from '@/lib/links/examples';

/** The layout's title and social tags, and the home page in each language. */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  return { alternates: alternates(await origin(), locale, (l) => localePath(l, routes.home())) };
}

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const tb = await getTranslations('SearchBox');
  const tc = await getTranslations('Compare');
  const plan = mainPlan();
  const f = figures();
  return (
    <div className="space-y-8">
      <section className="max-w-3xl">
        <h1 className="mb-2 text-2xl font-bold leading-snug sm:text-3xl">
          <span lang={LOCALES[SOURCE_LOCALE].html}>{plan.title[SOURCE_LOCALE]}</span>
        </h1>
        {locale !== SOURCE_LOCALE && <p className="mb-2 text-stone-700">{plan.title[locale]}</p>}
        <p className="mb-4 text-stone-700">{t('intro')}</p>
        <SearchBox
          action={localePath(locale, routes.search())}
          defaultValue=""
          labels={{ label: tb('label'), placeholder: tb('placeholder'), submit: tb('submit'), hint: tb('hint') }}
        />
        <p className="mt-3 text-sm text-stone-700">
          {t('tryHeading')}:{' '}
          {EXAMPLES.map((q, k) => (
            <span key={q}>
              {k > 0 && ' · '}
              <a className="text-sky-800 underline" href={localePath(locale, routes.search([['q', q]]))}>
                {q}
              </a>
            </span>
          ))}
        </p>
        <p className="mt-3 text-sm text-stone-600">{t('figures', f)}</p>
      </section>

      <section aria-labelledby="outline-heading">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="outline-heading" className="text-xl font-semibold">
            {t('outline')}
          </h2>
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            <a href={localePath(locale, routes.indicators())} className="text-sm text-sky-800 underline">
              {t('indicatorsLink')}
            </a>
            <a href={compareHref(locale, { view: 'topics', q: '' })} className="text-sm text-sky-800 underline">
              {tc('homeLink')}
            </a>
          </span>
        </div>
        <ol className="grid gap-4 md:grid-cols-2">
          {plan.parts.map((part) => (
            <li key={part.no} className="rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="mb-2 font-semibold">{titledLabel('part', part, locale)}</h3>
              <ol className="space-y-1 text-sm">
                {part.chapters.map((c) => (
                  <li key={c.no}>
                    <a href={localePath(locale, routes.chapter(c.no))} className={c.present ? 'text-sky-800 hover:underline' : 'text-stone-600 hover:underline'}>
                      {titledLabel('chapter', c, locale)}
                    </a>
                    {!c.present && <span className="ml-1 text-xs text-stone-600">({t('absent')})</span>}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
