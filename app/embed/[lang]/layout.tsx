import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LOCALES, routing } from '@/i18n/routing';
import { IslandsScript } from '@/components/IslandsScript';
import '../../globals.css';

export const dynamic = 'force-dynamic';

/**
 * Its own root layout: the card is framed by other sites and carries no site chrome. `/embed/p/{id}?lang=`
 * is rewritten here (next.config.js) so that the language is known to the whole document, `<html lang>` included.
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  setRequestLocale(lang);
  return (
    <html lang={LOCALES[lang].html} className="h-full">
      <body className="h-full bg-transparent text-stone-900">
        {children}
        <IslandsScript />
      </body>
    </html>
  );
}
