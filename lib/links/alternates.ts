/**
 * A page's address in every UI language, for `<link rel="canonical">` and `<link rel="alternate"
 * hreflang>`: absolute (search engines and Lighthouse refuse relative hreflang targets), on the origin
 * the visitor reached (lib/site/portal.ts `origin()`), with `x-default` for visitors whose language
 * is none of them: the default locale (i18n/routing.ts), the plan's own language.
 */
import { LOCALES, routing, type Locale } from '../../i18n/routing';

export interface Alternates {
  canonical: string;
  languages: Record<string, string>;
}

/** `pathIn(l)` is the page's path in locale `l` (`(l) => localePath(l, routes.chapter(2))`). */
export function alternates(origin: string, locale: Locale, pathIn: (l: Locale) => string): Alternates {
  const base = origin.replace(/\/+$/, '');
  const url = (l: Locale) => `${base}${pathIn(l)}`;
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [LOCALES[l].html, url(l)])),
      'x-default': url(routing.defaultLocale),
    },
  };
}
