/** The title, description, OpenGraph and Twitter tags of one page, built in one place. */
import { type Locale, LOCALES } from '../../i18n/routing';
import type { Metadata } from 'next';

export function socialMeta({
  locale,
  siteName,
  title,
  description,
  type = 'website',
  url,
}: {
  locale: Locale;
  siteName: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
  url?: string;
}): Metadata {
  return {
    title,
    description,
    openGraph: { type, title, description, siteName, locale: LOCALES[locale].og, ...(url ? { url } : {}) },
    twitter: { card: 'summary', title, description },
  };
}
