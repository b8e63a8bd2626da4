/** The title, description, OpenGraph and Twitter tags of one page, built in one place. */
import type { Metadata } from 'next';

export function socialMeta({
  locale,
  siteName,
  title,
  description,
  type = 'website',
  url,
}: {
  locale: string;
  siteName: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
  url?: string;
}): Metadata {
  return {
    title,
    description,
    openGraph: { type, title, description, siteName, locale: locale === 'zh' ? 'zh_CN' : 'en_US', ...(url ? { url } : {}) },
    twitter: { card: 'summary', title, description },
  };
}
