import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { localeOf } from '@/i18n/navigation';
import type { Metadata } from 'next';
import { socialMeta } from '@/lib/format/social';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { PATH_HEADER, splitPath } from '@/lib/site/request-path';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { LOCALES, routing } from '@/i18n/routing';
import { HeaderSearch } from '@/components/HeaderSearch';
import { IslandsScript } from '@/components/IslandsScript';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { figures, mainPlan } from '@/lib/site/portal';
import { isDataUnavailableError } from '@/lib/plan/data-error';
import '../globals.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    // Pages with their own title set their own social tags (lib/social.ts); these are the defaults.
    ...socialMeta({ locale, siteName: t('siteName'), title: t('siteName'), description: t('tagline') }),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
  };
}

/** The plan and its figures, or null when data/ cannot be read. */
function planAbout() {
  try {
    return { plan: mainPlan(), figures: figures() };
  } catch (e) {
    if (isDataUnavailableError(e)) return null;
    throw e;
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = localeOf((await params).locale);
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const meta = await getTranslations('Metadata');
  const ls = await getTranslations('LocaleSwitcher');
  const tb = await getTranslations('SearchBox');
  // The footer names the plan; when data/ cannot be read the page below says so (error.tsx) and the footer is left out.
  const about = planAbout();
  const messages = await getMessages();
  const here = splitPath((await headers()).get(PATH_HEADER));
  return (
    <html lang={LOCALES[locale].html}>
      <head>
        {/* Lets browsers offer the portal as an address-bar search engine. */}
        <link rel="search" type="application/opensearchdescription+xml" href={`/opensearch.xml?lang=${locale}`} title={meta('openSearchName')} />
      </head>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t('skipToContent')}
        </a>
        <header className="border-b border-stone-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href={localePath(locale, routes.home())} className="text-lg font-bold text-accent" aria-label={t('home')}>
              {meta('siteName')}
            </Link>
            <nav className="flex gap-4 text-sm">
              <Link href={localePath(locale, routes.search())} className="text-stone-700 hover:text-accent">
                {t('navSearch')}
              </Link>
              <Link href={localePath(locale, routes.chapter(1))} className="text-stone-700 hover:text-accent">
                {t('navChapters')}
              </Link>
              <Link href={localePath(locale, routes.indicators())} className="text-stone-700 hover:text-accent">
                {t('navIndicators')}
              </Link>
            </nav>
            <HeaderSearch
              action={localePath(locale, routes.search())}
              path={here.path}
              ownBox={[localePath(locale, routes.home()), localePath(locale, routes.search())]}
              labels={{ label: tb('label'), placeholder: tb('placeholder'), submit: tb('submit'), hint: tb('hint') }}
            />
            <div className="ml-auto">
              <LocaleSwitcher
                current={localePath(locale, routes.home())}
                here={here}
                label={ls('label')}
                locales={routing.locales.map((l) => ({ home: localePath(l, routes.home()), name: ls('locale', { locale: l }), lang: LOCALES[l].html }))}
              />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>{children}</NextIntlClientProvider>
        </main>
        {about && (
          <footer className="mx-auto max-w-6xl px-4 pb-10 pt-6 text-xs text-stone-600 print:hidden">
            <p>{t('footer', { title: about.plan.title[locale], issuer: about.plan.issuer[locale], date: about.plan.issued })}</p>
            {about.plan.truncated && <p className="mt-1">{t('sourceTruncated', { chapter: about.figures.lastChapter })}</p>}
            <p className="mt-1">
              <a href={localePath(locale, routes.data())} className="underline hover:text-accent">
                {t('footerData')}
              </a>
            </p>
          </footer>
        )}
        <IslandsScript />
      </body>
    </html>
  );
}
