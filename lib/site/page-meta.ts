/**
 * Titles and social tags that more than one renderer needs: the site's title template (the layout's
 * metadata) and the tags of search and not-found pages, for Next's pages and the production
 * server's (server/own-pages.tsx) alike.
 */
import type { Metadata } from 'next';
import type { Locale } from '../../i18n/routing';
import { translator } from '../../i18n/translator';
import { socialMeta } from '../format/social';

/** The tab title of a page titled `title`: `title · Plan Search`. */
export function siteTitle(locale: Locale, title: string): string {
  return `${title} · ${translator(locale, 'Metadata')('siteName')}`;
}

/** The layout's defaults: the site's name and tagline, and the template every page's title goes into. */
export function layoutMetadata(locale: Locale): Metadata {
  const t = translator(locale, 'Metadata');
  return {
    // Pages with their own title set their own social tags (lib/format/social.ts); these are the defaults.
    ...socialMeta({ locale, siteName: t('siteName'), title: t('siteName'), description: t('tagline') }),
    title: { default: t('siteName'), template: siteTitle(locale, '%s') },
  };
}

/** A search page's title (the query, cut at 80 characters) and tags; never indexed (every query is a page). */
export function searchMetadata(locale: Locale, q: string | string[] | undefined): Metadata & { title: string; description: string } {
  const t = translator(locale, 'Metadata');
  const title = typeof q === 'string' && q ? t('searchTitle', { q: q.slice(0, 80) }) : t('searchTitleEmpty');
  const description = t('tagline');
  return { ...socialMeta({ locale, siteName: t('siteName'), title, description }), title, description, robots: { index: false } };
}

/** A not-found page: its own title, never indexed. */
export function notFoundMetadata(locale: Locale): Metadata & { title: string } {
  return { title: translator(locale, 'NotFound')('title'), description: translator(locale, 'Metadata')('tagline'), robots: { index: false } };
}
