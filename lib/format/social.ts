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
  image,
}: {
  locale: Locale;
  siteName: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
  url?: string;
  /** A picture of the page (a paragraph's share image): absolute URL, size and what it shows. */
  image?: { url: string; width: number; height: number; alt: string };
}): Metadata {
  return {
    title,
    description,
    openGraph: { type, title, description, siteName, locale: LOCALES[locale].og, ...(url ? { url } : {}), ...(image ? { images: [{ ...image, type: 'image/png' }] } : {}) },
    // With a picture, cards show it large.
    twitter: image ? { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] } : { card: 'summary', title, description },
  };
}
