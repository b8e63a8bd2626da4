import { localeOf } from '@/i18n/navigation';
import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { PATH_HEADER, splitPath } from '@/lib/site/request-path';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LOCALES, routing } from '@/i18n/routing';
import { SiteChrome, SiteHead } from '@/components/SiteChrome';
import { islandsScript } from '@/lib/site/islands';
import { planAbout } from '@/lib/site/portal';
import { layoutMetadata } from '@/lib/site/page-meta';
import '../globals.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return layoutMetadata(localeOf((await params).locale));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = localeOf((await params).locale);
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const here = splitPath((await headers()).get(PATH_HEADER));
  return (
    <html lang={LOCALES[locale].html}>
      <head>
        <SiteHead locale={locale} />
      </head>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        {/* The footer names the plan; when data/ cannot be read the page below says so (error.tsx) and the footer is left out. */}
        <SiteChrome locale={locale} here={here} about={planAbout()} script={islandsScript()}>
          <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>{children}</NextIntlClientProvider>
        </SiteChrome>
      </body>
    </html>
  );
}
